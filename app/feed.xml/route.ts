// /feed.xml: the site-wide Atom feed of the newest visible posts.
import { FEED_HEADERS, siteFeed } from "@/lib/syndication/feeds";
import { siteOrigin } from "@/lib/platform/site-url";

export async function GET(request: Request): Promise<Response> {
  return new Response(await siteFeed(siteOrigin()), { headers: FEED_HEADERS });
}
