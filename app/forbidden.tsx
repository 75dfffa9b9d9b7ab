import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("forbidden");
  return { title: t("title") };
}

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">{t("body")}</p>
      <p className="mt-6">
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
