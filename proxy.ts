// Runs before every page and action: refuses forged cross-site writes and sets the Content-Security-Policy with a
// fresh nonce. Views are counted by the production server (scripts/server.ts), which sees the router's prefetch
// headers that Next.js strips before this runs.
import { type NextRequest, NextResponse } from "next/server";
import { LOCALE_PARAM } from "@/lib/i18n/alternates";
import { isLocale, LOCALE_HEADER } from "@/lib/i18n/config";
import { contentSecurityPolicy, isCrossSiteWrite, isOversizedBody } from "@/lib/platform/security-headers";

export function proxy(request: NextRequest) {
  if (isCrossSiteWrite(request.method, request.headers)) {
    return new NextResponse("Cross-site request refused.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (isOversizedBody(request.headers, request.method, request.nextUrl.pathname)) {
    return new NextResponse("Request body too large.", { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // Uploaded images carry their own, stricter policy (app/media/[file]/route.ts); a page's policy must not replace it.
  if (request.method === "GET" && request.nextUrl.pathname.startsWith("/media/")) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy({ nonce }, request.nextUrl.protocol === "https:");
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

export const config = {
  // Everything but Next's static files: those carry no nonce and take no writes.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
