// The terms of service and privacy policy pages: the admin's Markdown (lib/content/site-pages.ts), else the default.
import { getTranslations } from "next-intl/server";
import { sitePageHtml } from "@/lib/content/site-pages";
import type { SitePage } from "@/lib/validation/site-pages";

export async function SitePageView({ page }: { page: SitePage }) {
  const t = await getTranslations("sitePages");
  const html = await sitePageHtml(page, t(`${page}Default`));
  return (
    <article>
      <h1 className="mb-4 text-2xl font-bold">{t(page)}</h1>
      {/* Sanitised at save time by the Markdown pipeline (lib/markdown/), as post bodies are. */}
      <div className="prose-body" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
