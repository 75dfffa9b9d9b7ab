import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notFound");
  return { title: t("title"), description: t("body") };
}

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="py-16 text-center">
      <p className="text-5xl font-bold text-stone-500 dark:text-stone-400" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">{t("body")}</p>
      <p className="mt-6">
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
