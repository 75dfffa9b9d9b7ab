// What the header shows as the site: a logo image from an address the admin gives, or the site's name as text.
// Unset, the name is the catalogue's ("Rapport") in the reader's language.
import "server-only";
import type { CurrentUser } from "../auth/session";
import { canAdminister } from "../permissions";
import type { WriteResult } from "../write-result";
import type { SiteIdentityInput } from "../validation/site-pages";
import { readSettings, writeSettings } from "./site-settings";

const KEYS = { name: "site.name", logoUrl: "site.logo_url" } as const;

export type SiteIdentity = { name: string | null; logoUrl: string | null };

export async function siteIdentity(): Promise<SiteIdentity> {
  const stored = await readSettings([KEYS.name, KEYS.logoUrl]);
  return { name: stored[KEYS.name] ?? null, logoUrl: stored[KEYS.logoUrl] ?? null };
}

/** An empty name or address goes back to the default. */
export async function setSiteIdentity(admin: Pick<CurrentUser, "id" | "role" | "status">, input: SiteIdentityInput): Promise<WriteResult<object>> {
  if (!canAdminister(admin)) return { ok: false, message: "adminOnly" };
  await writeSettings({ [KEYS.name]: input.name || null, [KEYS.logoUrl]: input.logoUrl || null });
  return { ok: true };
}
