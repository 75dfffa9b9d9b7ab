// Parallel password guessing against a running server: many wrong sign-ins fired at one account at once, each from
// its own address, while a visitor reads pages. Used by `npx tsx scripts/sign-in-burst.ts` and by the soak's long
// form (`npm run soak -- --sign-in-burst`); tests/e2e/sign-in-burst.test.ts is the short form in `npm test`.
import type { Check } from "./verify";

/** ACCOUNT_FAILURES_BEFORE_LOCK in lib/auth/throttle.ts, which only the server may import. */
export const ACCOUNT_FAILURES_BEFORE_LOCK = 5;
/** Visitor pages: the home page (the page cache answers it) and a search (always rendered). */
export const VISITOR_PAGES = ["/", "/search?q=tea"] as const;
/**
 * The slowest a cached visitor page may be during the burst. Argon2 runs on at most half the cores and the page
 * cache answers before Next.js sees the request, so a reader of a cached page does not queue behind the guesses.
 */
export const CACHED_PAGE_BOUND_MS = 1_000;

type Timing = { count: number; p50: number; p95: number; max: number };
export type BurstResult = {
  guesses: number;
  ms: number;
  /** Answers by code: "invalid" means the password was checked, "throttled" refused before hashing, "status N" otherwise. */
  answers: Record<string, number>;
  evaluated: number;
  visitor: Record<(typeof VISITOR_PAGES)[number], Timing>;
};

/** One wrong sign-in through Auth.js's credentials endpoint, as a browser makes it (CSRF token first). */
export async function signInAttempt(base: string, identifier: string, ip: string): Promise<string> {
  try {
    const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { "x-forwarded-for": ip } });
    if (!csrf.ok) return `status ${csrf.status}`;
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const response = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: base, "x-forwarded-for": ip },
      body: new URLSearchParams({ identifier, password: `wrong ${Math.random()}`, csrfToken }),
    });
    await response.arrayBuffer();
    const code = new URL(response.headers.get("location") ?? "/", base).searchParams.get("code");
    return (code ?? `status ${response.status}`).split(":")[0]!;
  } catch (error) {
    return `failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function timing(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { count: sorted.length, p50: Math.round(quantile(sorted, 0.5)), p95: Math.round(quantile(sorted, 0.95)), max: Math.round(sorted.at(-1) ?? 0) };
}

/** Reads the visitor pages in turn, one at a time, until `until` settles. */
async function readWhile(base: string, until: Promise<unknown>): Promise<BurstResult["visitor"]> {
  const times = new Map<string, number[]>(VISITOR_PAGES.map((page) => [page, []]));
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    for (const page of VISITOR_PAGES) {
      const started = performance.now();
      await (await fetch(base + page)).arrayBuffer();
      times.get(page)!.push(performance.now() - started);
    }
  }
  return Object.fromEntries(VISITOR_PAGES.map((page) => [page, timing(times.get(page)!)])) as BurstResult["visitor"];
}

/**
 * Fires `guesses` wrong sign-ins at `identifier` at once, each from its own address in 198.19.0.0/16 (the server
 * believes X-Forwarded-For only with RAPPORT_TRUSTED_PROXIES=1; without it they share one address and its cap).
 */
export async function signInBurst(base: string, identifier: string, guesses: number): Promise<BurstResult> {
  // Each page once beforehand, so the home page is in the page cache as a visitor would usually find it.
  for (const page of VISITOR_PAGES) await (await fetch(base + page)).arrayBuffer();
  const started = performance.now();
  const burst = Promise.all(Array.from({ length: guesses }, (_, i) => signInAttempt(base, identifier, `198.19.${i >> 8}.${i & 255}`)));
  const visitor = await readWhile(base, burst);
  const codes = await burst;
  const answers: Record<string, number> = {};
  for (const code of codes) answers[code] = (answers[code] ?? 0) + 1;
  return { guesses, ms: Math.round(performance.now() - started), answers, evaluated: answers.invalid ?? 0, visitor };
}

export function describeBurst(result: BurstResult): string[] {
  return [
    `${result.guesses} parallel wrong sign-ins at one account in ${result.ms} ms`,
    `evaluated (password checked): ${result.evaluated}/${result.guesses}; answers: ${JSON.stringify(result.answers)}`,
    ...VISITOR_PAGES.map((page) => {
      const t = result.visitor[page];
      return `visitor ${page} during the burst: ${t.count} requests, p50 ${t.p50} ms, p95 ${t.p95} ms, max ${t.max} ms`;
    }),
  ];
}

/** What the soak checks after a burst: the limit held, nothing failed, and the cached page kept answering. */
export function burstChecks(result: BurstResult): Check[] {
  const failures = Object.entries(result.answers).filter(([code]) => code !== "invalid" && code !== "throttled");
  const home = result.visitor["/"];
  return [
    {
      name: `sign-in burst: at most ${ACCOUNT_FAILURES_BEFORE_LOCK} of ${result.guesses} parallel guesses evaluated (${result.evaluated})`,
      problems: result.evaluated > ACCOUNT_FAILURES_BEFORE_LOCK ? [`${result.evaluated} guesses had their password checked`] : [],
    },
    {
      name: "sign-in burst: every guess answered as invalid or throttled",
      problems: failures.map(([code, n]) => `${n} answered ${code}`),
    },
    {
      name: `sign-in burst: the cached home page answered within ${CACHED_PAGE_BOUND_MS} ms throughout (slowest ${home.max} ms)`,
      problems: home.max > CACHED_PAGE_BOUND_MS ? [`slowest ${home.max} ms (p95 ${home.p95} ms)`] : [],
    },
  ];
}
