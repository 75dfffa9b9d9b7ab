// The load's HTTP: timed GETs and server-action POSTs to the server under test, every answer and failure tallied.
import { actionLanded, actionRedirect, BROWSER_USER_AGENT } from "../harness/http";
import { recordAnswer, recordFailure, type Tally } from "./tally";

/** A slower answer counts as a failure (a timeout), not a latency sample. */
const REQUEST_TIMEOUT_MS = 30_000;
const BOUNDARY = "----RapportSoakBoundary3vQ8dJ2kLmN0pX";
/** The content type of an actionBody(). */
export const ACTION_CONTENT_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

/** `redirect` and `landed` say where a write sent its writer (see actionRedirect, actionLanded). */
export type Answer = { status: number; redirect: string | null; landed: string | null; body: string };

export type Client = {
  get(path: string, cookie?: string): Promise<Answer | null>;
  /** A form action; `withState` for a useActionState action (previous state, form), else the form alone. */
  action(page: string, actionId: string, fields: Record<string, string>, cookie: string, withState?: boolean): Promise<Answer | null>;
};

/** The multipart body React sends for a form action: the fields as `_1_<name>`, then the argument list. */
export function actionBody(fields: Record<string, string>, withState: boolean): string {
  const parts: [string, string][] = Object.entries(fields).map(([name, value]) => [`_1_${name}`, value]);
  parts.push(["0", JSON.stringify(withState ? [{}, "$K1"] : ["$K1"])]);
  const encoded = parts.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return `${encoded.join("")}--${BOUNDARY}--\r\n`;
}

/**
 * `cutOff` says the test itself has stopped the server: a request that fails then is not the app's failure.
 * Any 4xx or 5xx is a failure: the load only sends requests the app should answer well.
 */
export function createClient(base: string, tally: Tally, cutOff: () => boolean): Client {
  const send = async (path: string, init: RequestInit, label: string): Promise<Answer | null> => {
    const started = performance.now();
    try {
      const response = await fetch(base + path, { ...init, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      const body = await response.text();
      recordAnswer(tally, response.status, performance.now() - started);
      if (response.status >= 400) recordFailure(tally, `HTTP ${response.status}`, `${label} ${path}`);
      return { status: response.status, redirect: actionRedirect(response.headers), landed: actionLanded(body), body };
    } catch (error) {
      if (!cutOff()) {
        const cause = error instanceof Error && error.name === "TimeoutError" ? "timeout" : "connection error";
        recordFailure(tally, cause, `${label} ${path}: ${String((error as Error).cause ?? error)}`);
      }
      return null;
    }
  };
  return {
    get: (path, cookie) => send(path, { headers: { "user-agent": BROWSER_USER_AGENT, ...(cookie ? { cookie } : {}) } }, "GET"),
    action: (page, actionId, fields, cookie, withState = true) =>
      send(
        page,
        {
          method: "POST",
          headers: {
            "next-action": actionId,
            accept: "text/x-component",
            origin: base,
            "content-type": ACTION_CONTENT_TYPE,
            "user-agent": BROWSER_USER_AGENT,
            cookie,
          },
          body: actionBody(fields, withState),
        },
        "POST",
      ),
  };
}
