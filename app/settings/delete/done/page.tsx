import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accountDeletion");
  return { title: t("doneTitle"), robots: { index: false } };
}

/** Where a deleted account's last request lands, signed out. */
export default async function AccountDeletedPage() {
  const t = await getTranslations("accountDeletion");
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-2xl font-bold">{t("doneTitle")}</h1>
      <p>{t("done")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
