// `npx tsx scripts/sign-in-burst.ts [base URL] [guesses]`: parallel wrong sign-ins at one account against a running
// server, timing a visitor's pages meanwhile (scripts/load/sign-in-burst.ts). Prints how many guesses were evaluated
// (Auth.js answered "invalid", so the password was checked) and the visitor's latencies. Each guess poses as its own
// address through X-Forwarded-For, which the server believes only with RAPPORT_TRUSTED_PROXIES=1.
import { describeBurst, signInBurst } from "./load/sign-in-burst";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const guesses = Number(process.argv[3] ?? 200);
// An account that does not exist is guessed at like one that does: the answer and the work are the same.
const result = await signInBurst(base, `burst_${Date.now().toString(36)}`, guesses);
for (const line of describeBurst(result)) console.log(line);
