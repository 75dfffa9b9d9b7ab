import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("forgotTitle"), robots: { index: false } };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("account");
  const ta = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold">{t("forgotTitle")}</h1>
      <p className="mb-6 text-stone-600 dark:text-stone-300">{t("forgotIntro")}</p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm">
        <Link href="/login">{ta("signIn")}</Link>
      </p>
    </div>
  );
}
