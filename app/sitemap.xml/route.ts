// /sitemap.xml: every public URL, or, past the per-file limit, an index of /sitemaps/<n>.xml chunks.
import { siteOrigin } from "@/lib/platform/site-url";
import { SITEMAP_HEADERS, sitemapXml } from "@/lib/syndication/sitemaps";

export async function GET(request: Request): Promise<Response> {
  return new Response(await sitemapXml(siteOrigin()), { headers: SITEMAP_HEADERS });
}
