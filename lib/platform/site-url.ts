// The site's absolute origin, for the links that leave the site: feeds, sitemaps, robots.txt, structured data.
import "server-only";
import { publicOrigin } from "./site-origin";

/**
 * The origin links should use, without a trailing slash: the configured one (lib/platform/site-origin.ts). A request's Host
 * and X-Forwarded-* headers are never read, since these links land in responses that shared caches keep.
 */
export function siteOrigin(): string {
  return publicOrigin();
}
