import "./globals.css";
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { BrowserZoneScript } from "@/components/layout/browser-zone-script";
import { readerPreferences } from "@/lib/accounts/reader-preferences";
import { SITE_FEED_PATH } from "@/lib/syndication/feeds";
import { siteIdentity } from "@/lib/platform/site-identity";
import { siteOrigin } from "@/lib/platform/site-url";

export async function generateMetadata(): Promise<Metadata> {
  // Per request, not at build: the origin comes from the environment the server runs with.
  const [t] = await Promise.all([getTranslations("site"), connection()]);
  // The name an admin gave the site (/admin/site), else the catalogue's.
  const name = (await siteIdentity()).name ?? t("name");
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: name, template: `%s · ${name}` },
    description: t("description"),
    alternates: { types: { "application/atom+xml": [{ url: SITE_FEED_PATH, title: name }] } },
    openGraph: { siteName: name, type: "website", title: name, description: t("description") },
    twitter: { card: "summary", title: name, description: t("description") },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafaf9" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0a09" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, preferences] = await Promise.all([getLocale(), getTranslations("site"), readerPreferences()]);
  return (
    // data-theme: the reader's chosen theme, read on the server so it applies without JavaScript (app/globals.css).
    <html lang={locale} data-theme={preferences.theme ?? undefined}>
      <body className="flex min-h-dvh flex-col">
        {preferences.asksBrowserZone && <BrowserZoneScript nonce={(await headers()).get("x-nonce") ?? undefined} />}
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-stone-900"
        >
          {t("skipToContent")}
        </a>
        {/* No NextIntlClientProvider here: server components translate, so a visitor's page ships no translator.
            The few segments whose client forms still translate in the browser add one (components/i18n). */}
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
