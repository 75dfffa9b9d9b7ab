// The terms of service and privacy policy pages: Markdown an admin writes at /admin/site, kept in site_settings
// with its HTML rendered once at save time, like a post. Until an admin writes one, the page shows the default
// text of the reader's language (the "sitePages" catalogue), rendered in the Markdown pool and remembered.
import "server-only";
import type { CurrentUser } from "../auth/session";
import { POST_HEADING_OFFSET } from "../markdown/pipeline";
import { renderMarkdownOffThread } from "../markdown/render-pool";
import { canAdminister } from "../permissions";
import { readSettings, writeSettings } from "../platform/site-settings";
import type { SitePage } from "../validation/site-pages";
import type { WriteResult } from "../write-result";

const sourceKey = (page: SitePage) => `page.${page}.source`;
const htmlKey = (page: SitePage) => `page.${page}.html`;

export type StoredSitePage = { source: string; html: string } | null;

/** What an admin wrote for the page, or null while it shows the default text. */
export async function storedSitePage(page: SitePage): Promise<StoredSitePage> {
  const stored = await readSettings([sourceKey(page), htmlKey(page)]);
  const source = stored[sourceKey(page)];
  const html = stored[htmlKey(page)];
  return source !== undefined && html !== undefined ? { source, html } : null;
}

const defaults = new Map<string, string>();

/** The page's HTML: the admin's text, else the default text (given in the reader's language) rendered once. */
export async function sitePageHtml(page: SitePage, defaultSource: string): Promise<string> {
  const stored = await storedSitePage(page);
  if (stored) return stored.html;
  const remembered = defaults.get(defaultSource);
  if (remembered !== undefined) return remembered;
  const rendered = await renderMarkdownOffThread(defaultSource, POST_HEADING_OFFSET);
  if (!rendered.ok) throw new Error(`The default ${page} text did not render: ${rendered.message}`);
  defaults.set(defaultSource, rendered.html);
  return rendered.html;
}

/** Saves the admin's text with its HTML (rendered by the caller in the pool); an empty text restores the default. */
export async function saveSitePage(admin: Pick<CurrentUser, "id" | "role" | "status">, page: SitePage, source: string, html: string): Promise<WriteResult<object>> {
  if (!canAdminister(admin)) return { ok: false, message: "adminOnly" };
  const empty = source.trim() === "";
  await writeSettings({ [sourceKey(page)]: empty ? null : source, [htmlKey(page)]: empty ? null : html });
  return { ok: true };
}
