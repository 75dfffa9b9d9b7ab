import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BoardAdminNav } from "@/components/admin/board-admin-nav";
import { SiteIdentityForm } from "@/components/admin/site-identity-form";
import { SitePageForm } from "@/components/admin/site-page-form";
import { requirePermission } from "@/lib/auth/session";
import { storedSitePage } from "@/lib/content/site-pages";
import { canAdminister } from "@/lib/permissions";
import { siteIdentity } from "@/lib/platform/site-identity";
import { SITE_PAGES } from "@/lib/validation/site-pages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sitePages.admin");
  return { title: t("title"), robots: { index: false } };
}

/** The header's name and logo, and the terms and privacy pages in Markdown. */
export default async function AdminSitePage() {
  await requirePermission(canAdminister, "/admin/site");
  const [t, tPages, tSite] = await Promise.all([getTranslations("sitePages.admin"), getTranslations("sitePages"), getTranslations("site")]);
  const identity = await siteIdentity();
  const storedPages = await Promise.all(SITE_PAGES.map(storedSitePage));
  return (
    <>
      <BoardAdminNav current="/admin/site" />
      <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>
      <section aria-labelledby="identity-heading" className="mb-10 space-y-3">
        <h2 id="identity-heading" className="text-xl font-bold">{t("identityHeading")}</h2>
        <p className="text-sm text-stone-600 dark:text-stone-300">{t("identityHelp")}</p>
        <SiteIdentityForm name={identity.name ?? ""} logoUrl={identity.logoUrl ?? ""} defaultName={tSite("name")} />
      </section>
      <section aria-labelledby="pages-heading" className="space-y-8">
        <h2 id="pages-heading" className="text-xl font-bold">{t("pagesHeading")}</h2>
        {SITE_PAGES.map((page, index) => {
          const stored = storedPages[index];
          return (
            <div key={page} className="space-y-2">
              <h3 className="text-lg font-semibold">{tPages(page)}</h3>
              <p className="text-sm">
                {stored ? t("usingCustom") : t("usingDefault")} <Link href={`/${page}`}>{t("view")}</Link>
              </p>
              <SitePageForm page={page} title={tPages(page)} source={stored?.source ?? tPages(`${page}Default`)} />
            </div>
          );
        })}
      </section>
    </>
  );
}
