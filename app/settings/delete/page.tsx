import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { hasPassword } from "@/lib/accounts/settings";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accountDeletion");
  return { title: t("title"), robots: { index: false } };
}

/** The confirm page "Delete my account" on the settings page leads to. */
export default async function DeleteAccountPage() {
  const user = await requireUser("/settings/delete", { allowSuspended: true });
  const t = await getTranslations("accountDeletion");
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ul className="list-disc space-y-1 pl-6">
        <li>{t("whatGoes")}</li>
        <li>{t("whatStays")}</li>
        <li>{t("cannotUndo")}</li>
      </ul>
      <p>
        <a href="/settings/export">{t("exportFirst")}</a>
      </p>
      <DeleteAccountForm hasPassword={await hasPassword(user.id)} username={user.username} />
      <p>
        <Link href="/settings">{t("keep")}</Link>
      </p>
    </div>
  );
}
