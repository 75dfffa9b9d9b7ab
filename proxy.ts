// Runs before every thread page: counts the view here, so that counting works the same whether the page
// itself is rendered fresh or served from a cache. Counting never blocks or changes the response.
import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/auth/secret";
import { clientIp } from "@/lib/client-ip";
import { isVisiblePost } from "@/lib/posts";
import { recordView, shouldCount } from "@/lib/views";

const THREAD_PATH = /^\/b\/([^/]+)\/([1-9]\d{0,15})$/;

export async function proxy(request: NextRequest) {
  const match = THREAD_PATH.exec(request.nextUrl.pathname);
  if (match) await countView(request, decodeURIComponent(match[1]!), Number(match[2]));
  return NextResponse.next();
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

export const config = { matcher: "/b/:board/:postId" };
