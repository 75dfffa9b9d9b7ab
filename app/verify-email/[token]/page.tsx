import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusForm } from "@/components/auth/status-form";
import { isLiveAccountToken } from "@/lib/accounts/tokens";
import { confirmEmailAddress } from "../actions";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("verifyTitle"), robots: { index: false }, referrer: "same-origin" };
}

/** A button rather than confirming on sight: mail scanners that open links must not use them up. */
export default async function VerifyEmailPage({ params }: Props) {
  const token = decodeURIComponent((await params).token);
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">{t("verifyTitle")}</h1>
      {await isLiveAccountToken(token, "email_verification") ? (
        <StatusForm action={confirmEmailAddress} label={t("confirmButton")} hidden={{ token }} />
      ) : (
        <p>{t("verifyDead")}</p>
      )}
    </div>
  );
}
