import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SitePageView } from "@/components/layout/site-page";
import { localeAlternates } from "@/lib/i18n/alternates";

export async function generateMetadata({ searchParams }: { searchParams: Promise<{ hl?: string }> }): Promise<Metadata> {
  const t = await getTranslations("sitePages");
  return { title: t("privacy"), alternates: localeAlternates("/privacy", (await searchParams).hl) };
}

export default function Page() {
  return <SitePageView page="privacy" />;
}
