import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/auth/register-form";
import { getCurrentUser } from "@/lib/auth/session";
import { callbackFrom } from "@/lib/forms";

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("registerTitle"), robots: { index: false } };
}

export default async function RegisterPage({ searchParams }: Props) {
  const { callbackUrl: raw } = await searchParams;
  const callbackUrl = callbackFrom(raw);
  if (await getCurrentUser()) redirect(callbackUrl);
  const [t, tPages] = await Promise.all([getTranslations("auth"), getTranslations("sitePages")]);
  const agreement = tPages.rich("registerAgreement", {
    terms: (chunks) => <Link href="/terms">{chunks}</Link>,
    privacy: (chunks) => <Link href="/privacy">{chunks}</Link>,
  });
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">{t("registerTitle")}</h1>
      <RegisterForm callbackUrl={callbackUrl} agreement={agreement} />
      <p className="mt-6 text-sm text-stone-600 dark:text-stone-300">
        {t("haveAccount")} <Link href={`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("signIn")}</Link>
      </p>
    </div>
  );
}
