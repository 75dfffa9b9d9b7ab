// /robots.txt: crawl everything public; keep crawlers out of accounts, staff tools, the API and search results.
import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { siteOrigin } from "@/lib/site-url";
import { SITEMAP_PATH } from "@/lib/syndication";

// "/search?" rather than "/search": the search page itself may be crawled, its endless result URLs may not.
const PRIVATE_PATHS = ["/admin", "/mod", "/settings", "/login", "/register", "/setup", "/api", "/notifications", "/search?"];

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = siteOrigin(await headers());
  return {
    rules: { userAgent: "*", allow: "/", disallow: PRIVATE_PATHS },
    sitemap: origin + SITEMAP_PATH,
  };
}
