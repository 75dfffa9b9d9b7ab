// /robots.txt: crawl everything public; keep crawlers out of accounts, staff tools, the API and search results.
import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { siteOrigin } from "@/lib/platform/site-url";
import { SITEMAP_PATH } from "@/lib/syndication/sitemaps";

// "/search?" rather than "/search": the search page itself may be crawled, its endless result URLs may not.
const PRIVATE_PATHS = ["/admin", "/mod", "/settings", "/login", "/register", "/setup", "/api", "/notifications", "/search?"];

export default async function robots(): Promise<MetadataRoute.Robots> {
  // Rendered per request, not at build: the origin is read from the environment the server runs with.
  await connection();
  const origin = siteOrigin();
  return {
    rules: { userAgent: "*", allow: "/", disallow: PRIVATE_PATHS },
    sitemap: origin + SITEMAP_PATH,
  };
}
