// Structured JSON logs through pino. Secrets are redacted by key wherever they appear, and callers log ids,
// never request bodies or headers wholesale.
import pino from "pino";

const REDACTED_KEYS = ["password", "currentPassword", "newPassword", "token", "cookie", "authorization", "secret", "set-cookie"];
const options = { level: process.env.LOG_LEVEL || (process.env.NODE_ENV === "test" ? "silent" : "info"), base: { app: "rapport" } };

/**
 * The one line per request (scripts/server.ts). Its fields are fixed (id, method, path, status, time, action id,
 * user id, cache state), none of them a secret, so it skips the redaction whose wildcard paths cost more than
 * the rest of a cached page's answer.
 */
export const requestLogger = pino(options);

export const logger = pino({
  ...options,
  redact: { paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((key) => `*.${key}`), ...REDACTED_KEYS.map((key) => `*.*.${key}`)], censor: "[redacted]" },
});

/** A URL path fit for the log: one-time tokens in it are replaced, the query string is dropped. */
export function loggablePath(url: string): string {
  const path = url.split("?")[0] ?? "/";
  return path.replace(/^\/(setup|reset-password|verify-email)\/[^/]+/, "/$1/[token]");
}
