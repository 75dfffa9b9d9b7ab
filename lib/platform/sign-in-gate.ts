// The production server's door for sign-in traffic: Auth.js's endpoints and the sign-in and registration forms reach
// Next.js a few at a time, the rest waiting here in order. A burst of password guesses from many addresses is
// hundreds of requests that each cost Next.js and Auth.js milliseconds before the throttle can refuse them; let in
// at once, they queue ahead of every reader's page on the one event loop. Gated, readers go on being served between
// them, and the guesses wait their turn instead.
import type { IncomingMessage } from "node:http";
import pLimit from "p-limit";

/** Sign-in requests handed to Next.js at once; Argon2 itself runs on at most half the cores (lib/auth/in-flight.ts). */
export const SIGN_IN_REQUESTS_AT_ONCE = 2;
/** Waiting beyond this, a sign-in request is refused at once (503, try again) rather than held. */
export const SIGN_IN_QUEUE_LIMIT = 1_000;
/** What a refused request is told to wait before trying again. */
export const SIGN_IN_RETRY_AFTER_S = 5;

/** Form posts that sign in or create an account: their server actions run Argon2 and Auth.js. */
const SIGN_IN_FORMS = new Set(["/login", "/register"]);

/** Whether a request is sign-in traffic: any request to Auth.js, or a form post to sign in or register. */
export function isSignInRequest(req: Pick<IncomingMessage, "method" | "url">): boolean {
  const path = (req.url ?? "/").split("?")[0]!;
  return path.startsWith("/api/auth/") || (req.method === "POST" && SIGN_IN_FORMS.has(path));
}

export type SignInGate = {
  /**
   * Runs `handle` when its turn comes, at most `atOnce` at a time in arrival order; `handle` resolves when the
   * request is answered. Returns null, running nothing, when `queueLimit` requests are already waiting.
   */
  pass(handle: () => Promise<void>): Promise<void> | null;
  /** Requests being handled and waiting. */
  load(): { inside: number; waiting: number };
};

export function createSignInGate(atOnce = SIGN_IN_REQUESTS_AT_ONCE, queueLimit = SIGN_IN_QUEUE_LIMIT): SignInGate {
  const limit = pLimit(atOnce);
  return {
    pass: (handle) => (limit.pendingCount >= queueLimit ? null : limit(handle)),
    load: () => ({ inside: limit.activeCount, waiting: limit.pendingCount }),
  };
}
