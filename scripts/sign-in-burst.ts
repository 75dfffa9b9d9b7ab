// `npx tsx scripts/sign-in-burst.ts [base URL] [guesses]`: the long form of tests/e2e/sign-in-burst.test.ts. Fires
// many wrong sign-ins at one account at once against a running server and, meanwhile, times a visitor's pages.
// Prints how many guesses were evaluated (Auth.js answered "invalid", so the password was checked) and the
// visitor's latencies. Each guess poses as its own address through X-Forwarded-For, which the server believes only
// with RAPPORT_TRUSTED_PROXIES=1; without it they all come from one address and the per-address cap applies too.
const base = process.argv[2] ?? "http://127.0.0.1:3000";
const guesses = Number(process.argv[3] ?? 200);
/** Visitor pages: the home page (the page cache may answer it) and a search (always rendered). */
const VISITOR_PAGES = ["/", "/search?q=tea"];

async function attempt(identifier: string, ip: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { "x-forwarded-for": ip } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: base, "x-forwarded-for": ip },
    body: new URLSearchParams({ identifier, password: `wrong ${Math.random()}`, csrfToken }),
  });
  await response.arrayBuffer();
  return (new URL(response.headers.get("location") ?? "/", base).searchParams.get("code") ?? `status ${response.status}`).split(":")[0]!;
}

async function visitor(until: Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    for (const page of VISITOR_PAGES) {
      const started = performance.now();
      await (await fetch(base + page)).arrayBuffer();
      times.push(performance.now() - started);
    }
  }
  return times;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function main(): Promise<void> {
  const target = `burst_${Date.now().toString(36)}`;
  const started = performance.now();
  const burst = Promise.all(Array.from({ length: guesses }, (_, i) => attempt(target, `198.19.${i >> 8}.${i & 255}`)));
  const times = (await visitor(burst)).sort((a, b) => a - b);
  const codes = await burst;
  const tally = new Map<string, number>();
  for (const code of codes) tally.set(code, (tally.get(code) ?? 0) + 1);
  console.log(`${guesses} parallel wrong sign-ins at one account in ${Math.round(performance.now() - started)} ms`);
  console.log(`  evaluated (password checked): ${tally.get("invalid") ?? 0}/${guesses}; answers: ${JSON.stringify(Object.fromEntries(tally))}`);
  console.log(`  visitor pages during the burst: ${times.length} requests, p50 ${Math.round(quantile(times, 0.5))} ms, p95 ${Math.round(quantile(times, 0.95))} ms, max ${Math.round(times.at(-1) ?? 0)} ms`);
}

void main();
