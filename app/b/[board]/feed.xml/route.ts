// /b/<board>/feed.xml: one board's Atom feed; unknown and archived boards are 404s.
import { boardFeed, FEED_HEADERS } from "@/lib/syndication/feeds";
import { siteOrigin } from "@/lib/platform/site-url";

type Context = { params: Promise<{ board: string }> };

/** The slug as the board page reads it; a malformed escape names no board. */
function decodeSlug(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const slug = decodeSlug((await params).board);
  const xml = slug === null ? null : await boardFeed(siteOrigin(), slug);
  if (xml === null) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(xml, { headers: FEED_HEADERS });
}
