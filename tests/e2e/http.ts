// Talking to the server as a browser would, without one: signing in through Auth.js and calling server actions.
import fs from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { inject } from "vitest";
import { ARGON2_OPTIONS } from "@/lib/accounts/passwords";
import { usernameKey } from "@/lib/accounts/usernames";
import { actionLanded, actionRedirect } from "../../scripts/harness/http";
import { serverRun } from "./server-db";

const base = () => inject("baseURL");

function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "").filter(Boolean);
}

export type TestUser = { id: string; username: string; password: string; cookie: string };

/** Creates a user straight in the server's database. */
export async function createUser(
  username: string,
  options: { role?: "member" | "moderator" | "admin"; status?: "active" | "suspended" | "banned"; ageDays?: number } = {},
): Promise<Omit<TestUser, "cookie">> {
  const password = `${username} password 123`;
  const id = crypto.randomUUID();
  await serverRun(
    `INSERT INTO users (id, username, username_key, name, email, password_hash, role, status, status_until, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    id,
    username,
    usernameKey(username),
    username,
    `${username}@example.com`,
    await hash(password, ARGON2_OPTIONS),
    options.role ?? "member",
    options.status ?? "active",
    options.status === "suspended" ? new Date(Date.now() + 86_400_000) : null,
    // Older than a day, so the new-account limits do not apply unless a test asks for a new account.
    new Date(Date.now() - (options.ageDays ?? 30) * 86_400_000),
  );
  return { id, username, password };
}

/** Signs in through the Auth.js credentials endpoint and returns the session cookie. */
export async function signIn(identifier: string, password: string): Promise<string> {
  const csrf = await fetch(`${base()}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesFrom(csrf).join("; "), origin: base() },
    body: new URLSearchParams({ identifier, password, csrfToken, callbackUrl: base() }),
  });
  const session = cookiesFrom(response).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`Sign-in as ${identifier} failed: ${response.status} ${response.headers.get("location")}`);
  return session;
}

/**
 * One sign-in through Auth.js's credentials endpoint as a client at `ip` (the e2e server trusts one proxy), with its
 * own CSRF cookie; the answer is returned read, for the caller to judge.
 */
export async function signInFrom(identifier: string, password: string, ip: string): Promise<Response> {
  const csrf = await fetch(`${base()}/api/auth/csrf`, { headers: { "x-forwarded-for": ip } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesFrom(csrf).join("; "), origin: base(), "x-forwarded-for": ip },
    body: new URLSearchParams({ identifier, password, csrfToken, callbackUrl: base() }),
  });
  await response.arrayBuffer();
  return response;
}

export async function createSignedInUser(username: string, options: Parameters<typeof createUser>[1] = {}): Promise<TestUser> {
  const user = await createUser(username, options);
  // A suspended user signs in like anyone else; the status bites when they act.
  return { ...user, cookie: await signIn(user.username, user.password) };
}

/** The files that define the server actions, for actionId() and callFormAction(). */
export const ACTION_FILES = {
  write: "app/b/[board]/write/actions.ts",
  thread: "app/b/[board]/[postId]/actions.ts",
  edit: "app/b/[board]/[postId]/edit/actions.ts",
  moderation: "app/b/[board]/[postId]/moderation-actions.ts",
  settings: "app/settings/actions.ts",
} as const;

let actionIds: Map<string, string> | undefined;

/** The id Next.js gave a server action in this build, by its file and exported name. */
export function actionId(file: string, name: string): string {
  if (!actionIds) {
    const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
      node: Record<string, { filename: string; exportedName: string }>;
    };
    actionIds = new Map(Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]));
  }
  const id = actionIds.get(`${file}#${name}`);
  if (!id) throw new Error(`No server action ${name} in ${file}`);
  return id;
}

/**
 * Calls a form action the way React does with JavaScript on: (previous state, form data), encoded as a reply.
 * `page` is the page the form is on; `extraHeaders` lets a test forge the origin.
 */
export async function callFormAction(
  page: string,
  file: string,
  name: string,
  fields: Record<string, string>,
  cookie = "",
  extraHeaders: Record<string, string> = {},
  { withState = true } = {},
): Promise<{ status: number; body: string; location: string | null }> {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  // A useActionState action takes (previous state, form); a plain form action takes the form alone.
  body.append("0", JSON.stringify(withState ? [{}, "$K1"] : ["$K1"]));
  const response = await fetch(`${base()}${page}`, {
    method: "POST",
    redirect: "manual",
    headers: { "next-action": actionId(file, name), accept: "text/x-component", cookie, origin: base(), ...extraHeaders },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text, location: actionRedirect(response.headers) ?? actionLanded(text) };
}

/**
 * Submits a form of `page` as a browser without JavaScript does: the form as the server rendered it (React's hidden
 * action fields included), the field `fill` names set, posted to the page with no action header.
 */
export async function postPlainForm(page: string, formField: string, fill: Record<string, string>, cookie: string): Promise<{ status: number; location: string | null }> {
  const html = await (await fetch(`${base()}${page}`, { headers: { cookie } })).text();
  const form = selectAll("form", fromHtml(html)).find((candidate) => select(`[name="${formField}"]`, candidate));
  if (!form) throw new Error(`No form with a ${formField} field on ${page}`);
  const body = new FormData();
  for (const input of selectAll("input[type=hidden]", form)) body.append(String(input.properties.name), String(input.properties.value ?? ""));
  for (const [name, value] of Object.entries(fill)) body.set(name, value);
  const response = await fetch(`${base()}${page}`, { method: "POST", redirect: "manual", headers: { cookie, origin: base() }, body });
  await response.arrayBuffer();
  return { status: response.status, location: response.headers.get("location") };
}

/** Opens a page and reports its status and, for a redirect, where to. */
export async function getPage(page: string, cookie = ""): Promise<{ status: number; location: string | null }> {
  const response = await fetch(`${base()}${page}`, { redirect: "manual", headers: { cookie } });
  await response.arrayBuffer();
  return { status: response.status, location: response.headers.get("location") };
}
