// /sitemaps/<n>.xml: one chunk of the sitemap index; chunks without URLs are 404s.
import { siteOrigin } from "@/lib/platform/site-url";
import { parseSitemapChunk, SITEMAP_HEADERS, sitemapChunkXml } from "@/lib/syndication/sitemaps";

type Context = { params: Promise<{ n: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const chunk = parseSitemapChunk((await params).n);
  const xml = chunk === null ? null : await sitemapChunkXml(siteOrigin(), chunk);
  if (xml === null) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(xml, { headers: SITEMAP_HEADERS });
}
