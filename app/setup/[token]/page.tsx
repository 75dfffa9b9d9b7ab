import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/auth/setup-form";
import { isValidSetupToken } from "@/lib/accounts/first-admin";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("setupTitle"), robots: { index: false } };
}

/** Opened from the link printed at first start; a used or wrong link is a plain 404. */
export default async function SetupPage({ params }: Props) {
  const { token } = await params;
  if (!(await isValidSetupToken(token))) notFound();
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">{t("setupTitle")}</h1>
      <p className="mb-6 text-stone-600 dark:text-stone-300">{t("setupIntro")}</p>
      <SetupForm token={token} />
    </div>
  );
}
