// HTTP as the harnesses speak it to a running Rapport: a browser's user agent, and where a server action sent its
// writer. Shared by the benchmark (bench/), the load and soak runs (scripts/load/) and the browser tests (tests/e2e/).

/** A browser's user agent: readers are people, so the server takes its real path for them (views are counted). */
export const BROWSER_USER_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/** Where an action redirected: "x-action-redirect: /path;push" (or a plain form's Location), else null. */
export function actionRedirect(headers: Headers): string | null {
  return (headers.get("x-action-redirect") ?? headers.get("location"))?.split(";")[0] ?? null;
}

/** Where a comment landed (lib/actions/landing.ts): `"landed":"/path"` in the action's payload, else null (a refusal). */
export function actionLanded(body: string): string | null {
  const landed = /"landed":("(?:[^"\\]|\\.)*")/.exec(body)?.[1];
  return landed ? (JSON.parse(landed) as string) : null;
}
