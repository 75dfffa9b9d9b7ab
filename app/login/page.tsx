import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { SocialSignIn } from "@/components/auth/social-sign-in";
import { getCurrentUser } from "@/lib/auth/session";
import { callbackFrom } from "@/lib/forms";

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle"), robots: { index: false } };
}

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl: raw } = await searchParams;
  const callbackUrl = callbackFrom(raw);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">{t("signInTitle")}</h1>
      <LoginForm key={callbackUrl} callbackUrl={callbackUrl} />
      <p className="mt-3 text-sm">
        <Link href="/forgot-password">{(await getTranslations("account"))("forgotLink")}</Link>
      </p>
      <SocialSignIn callbackUrl={callbackUrl} />
      <p className="mt-6 text-sm text-stone-600 dark:text-stone-300">
        {t("noAccount")} <Link href={`/register?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("register")}</Link>
      </p>
    </div>
  );
}
