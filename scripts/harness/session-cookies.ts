// Session cookies for load members (members.ts), minted with the server's secret instead of thousands of Argon2 sign-ins.
import { encode } from "next-auth/jwt";

/** Auth.js's cookie name on plain http, which is also the salt its session tokens are encrypted with. */
export const SESSION_COOKIE = "authjs.session-token";
/** The session version the members were created with; a token with another one counts as signed out. */
const SESSION_VERSION = 1;
// Key derivation runs on libuv's thread pool, so a few in flight at once use both cores.
const MINT_CONCURRENCY = 32;

/** One `cookie` header value per member id, in the same order. */
export async function mintSessionCookies(userIds: string[], secret: string): Promise<string[]> {
  const cookies = new Array<string>(userIds.length);
  let next = 0;
  const worker = async () => {
    while (next < userIds.length) {
      const i = next++;
      const token = await encode({ token: { sub: userIds[i], sv: SESSION_VERSION }, secret, salt: SESSION_COOKIE });
      cookies[i] = `${SESSION_COOKIE}=${token}`;
    }
  };
  await Promise.all(Array.from({ length: MINT_CONCURRENCY }, worker));
  return cookies;
}
