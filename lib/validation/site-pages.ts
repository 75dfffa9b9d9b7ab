// The rules for /admin/site: the header's name and logo, and the terms and privacy pages' Markdown.
import { z } from "zod";
import { SITE_LOGO_URL_MAX, SITE_NAME_MAX, SITE_PAGE_BODY_MAX } from "@/lib/limits";

/** The pages an admin writes: 이용약관 (/terms) and 개인정보처리방침 (/privacy). */
export const SITE_PAGES = ["terms", "privacy"] as const;
export type SitePage = (typeof SITE_PAGES)[number];

/**
 * A logo's address: https anywhere, or a path on this site ("/logo.png"). Not http (mixed content), not
 * protocol-relative ("//host"), not javascript: or data:.
 */
export function isLogoUrl(value: string): boolean {
  if (value.startsWith("/")) return !value.startsWith("//") && !value.startsWith("/\\") && !/[\s"'<>]/.test(value);
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname !== "" && !/[\s"'<>]/.test(value);
  } catch {
    return false;
  }
}

// Messages are catalogue keys under "validation".
export const siteIdentityInput = z.object({
  name: z
    .string()
    .transform((value) => value.normalize("NFKC").replace(/\s+/g, " ").trim())
    .pipe(z.string().max(SITE_NAME_MAX, "siteNameTooLong")),
  logoUrl: z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().max(SITE_LOGO_URL_MAX, "siteLogoUrlInvalid").refine((value) => value === "" || isLogoUrl(value), "siteLogoUrlInvalid")),
});
export type SiteIdentityInput = z.infer<typeof siteIdentityInput>;

export const sitePageInput = z.object({
  page: z.enum(SITE_PAGES, "invalidRequest"),
  // Empty goes back to the default text.
  body: z.string().max(SITE_PAGE_BODY_MAX, "sitePageTooLong"),
});
export type SitePageInput = z.infer<typeof sitePageInput>;
