import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { isLiveAccountToken } from "@/lib/accounts/tokens";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  // The token is in the address: no referrer may carry it to another site. ("no-referrer" would also send
  // Origin: null with the form, which the cross-site check refuses.)
  return { title: t("resetTitle"), robots: { index: false }, referrer: "same-origin" };
}

export default async function ResetPasswordPage({ params }: Props) {
  const token = decodeURIComponent((await params).token);
  const t = await getTranslations("account");
  if (!(await isLiveAccountToken(token, "password_reset"))) {
    return (
      <div className="mx-auto max-w-sm">
        <h1 className="mb-4 text-2xl font-bold">{t("resetTitle")}</h1>
        <p className="mb-6">{t("resetDead")}</p>
        <Link href="/forgot-password">{t("askAgain")}</Link>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold">{t("resetTitle")}</h1>
      <p className="mb-6 text-stone-600 dark:text-stone-300">{t("resetIntro")}</p>
      <ResetPasswordForm token={token} />
    </div>
  );
}
