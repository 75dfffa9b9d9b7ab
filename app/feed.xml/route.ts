// /feed.xml: the site-wide Atom feed of the newest visible posts.
import { FEED_HEADERS, siteFeed } from "@/lib/syndication/feeds";
import { siteOrigin } from "@/lib/platform/site-url";

export function GET(request: Request): Response {
  return new Response(siteFeed(siteOrigin()), { headers: FEED_HEADERS });
}
