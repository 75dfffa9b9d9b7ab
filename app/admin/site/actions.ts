"use server";
// The admin's site page: the header's name and logo, and the terms and privacy pages.

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { expireEverything } from "@/lib/content/cached-reads";
import { saveSitePage } from "@/lib/content/site-pages";
import type { FormState } from "@/lib/forms";
import { POST_HEADING_OFFSET } from "@/lib/markdown/pipeline";
import { renderMarkdownOffThread } from "@/lib/markdown/render-pool";
import { canAdminister } from "@/lib/permissions";
import { setSiteIdentity } from "@/lib/platform/site-identity";
import { siteIdentityInput, sitePageInput } from "@/lib/validation/site-pages";

const PAGE = "/admin/site";
const admin = { as: "page", may: canAdminister, returnTo: PAGE } as const;

export type SiteIdentityField = "name" | "logoUrl";
export type SitePageField = "body";

/** The header is on every page, and the terms page is cached for visitors: every cached page is refreshed. */
async function refreshSite(): Promise<void> {
  await expireEverything();
  revalidatePath("/", "layout");
}

export const saveSiteIdentity = formAction(
  { access: admin, input: siteIdentityInput, fields: ["name", "logoUrl"] },
  async ({ actor, input, values }): Promise<FormState<SiteIdentityField>> => {
    const result = await setSiteIdentity(actor, input);
    if (!result.ok) return { message: result.message, values };
    await refreshSite();
    return { success: "siteIdentitySaved", values };
  },
);

export const saveSitePageText = formAction(
  { access: admin, input: sitePageInput, fields: ["body"] },
  async ({ actor, input, values }): Promise<FormState<SitePageField>> => {
    let html = "";
    if (input.body.trim() !== "") {
      const rendered = await renderMarkdownOffThread(input.body, POST_HEADING_OFFSET);
      if (!rendered.ok) return { errors: { body: rendered.message }, values };
      html = rendered.html;
    }
    const result = await saveSitePage(actor, input.page, input.body, html);
    if (!result.ok) return { message: result.message, values };
    await refreshSite();
    return { success: "sitePageSaved", values };
  },
);
