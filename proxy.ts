// Runs before every page and action: refuses forged cross-site writes, sets the Content-Security-Policy with
// a fresh nonce, and counts thread views (here, so counting works however the page itself is served).
import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/auth/secret";
import { clientIp } from "@/lib/client-ip";
import { LOCALE_PARAM } from "@/lib/i18n/alternates";
import { isLocale, LOCALE_HEADER } from "@/lib/i18n/config";
import { isVisiblePost } from "@/lib/posts";
import { contentSecurityPolicy, isCrossSiteWrite, isOversizedBody } from "@/lib/security-headers";
import { recordView, shouldCount } from "@/lib/views";

const THREAD_PATH = /^\/b\/([^/]+)\/([1-9]\d{0,15})$/;

export async function proxy(request: NextRequest) {
  if (isCrossSiteWrite(request.method, request.headers)) {
    return new NextResponse("Cross-site request refused.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (isOversizedBody(request.headers)) {
    return new NextResponse("Request body too large.", { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const match = THREAD_PATH.exec(request.nextUrl.pathname);
  if (match) await countView(request, decodeURIComponent(match[1]!), Number(match[2]));

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, request.nextUrl.protocol === "https:");
  // Next.js reads the policy from the request to put the nonce on its own scripts.
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // ?hl=en or ?hl=ko pins the page's language, for links to one language version; anything else is ignored.
  const pinned = request.nextUrl.searchParams.get(LOCALE_PARAM);
  if (isLocale(pinned)) headers.set(LOCALE_HEADER, pinned);
  else headers.delete(LOCALE_HEADER);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  if (request.nextUrl.protocol === "https:") response.headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
  return response;
}

async function countView(request: NextRequest, board: string, postId: number): Promise<void> {
  try {
    const view = { method: request.method, headers: request.headers, userId: null as string | null, ip: clientIp(request.headers) };
    if (!shouldCount(view) || !isVisiblePost(board, postId)) return;
    const token = await getToken({ req: request, secret: authSecret(), secureCookie: request.nextUrl.protocol === "https:" });
    view.userId = typeof token?.sub === "string" ? token.sub : null;
    recordView(postId, view);
  } catch (error) {
    // A view that cannot be counted must never cost the reader the page.
    console.error("Counting a view failed", error);
  }
}

export const config = {
  // Everything but Next's static files: those carry no nonce and take no writes.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
