// What an unverified member sees instead of the post editor: why, where the link went, and a button to send it again.
import { getTranslations } from "next-intl/server";
import { StatusForm } from "@/components/auth/status-form";
import { resendVerificationLink } from "@/app/verify-email/actions";

export async function VerifyEmailNotice({ email }: { email: string }) {
  const t = await getTranslations("account");
  return (
    <section className="space-y-4 rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-900 dark:bg-amber-950">
      <p>{t("verifyNotice", { email })}</p>
      <StatusForm action={resendVerificationLink} label={t("resendLink")} />
    </section>
  );
}
