import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmailForm } from "@/components/auth/email-form";
import { PasswordForm, ProfileForm } from "@/components/auth/settings-forms";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ changed?: string | string[] }> };

export default async function SettingsPage({ searchParams }: Props) {
  const { changed } = await searchParams;
  const user = await requireUser("/settings", { allowSuspended: true });
  const t = await getTranslations("settings");
  const ta = await getTranslations("account");
  return (
    <div className="mx-auto max-w-lg space-y-10">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p><a href="/settings/notifications">{(await getTranslations("notify2"))("prefsLink")}</a></p>
      <section aria-labelledby="profile-heading" className="space-y-4">
        <h2 id="profile-heading" className="text-lg font-semibold">
          {t("profile")}
        </h2>
        <ProfileForm name={user.name} locale={user.locale ?? ""} />
      </section>
      <section aria-labelledby="email-heading" className="space-y-4">
        <h2 id="email-heading" className="text-lg font-semibold">
          {ta("emailHeading")}
        </h2>
        {user.email && (
          <p>
            {ta("currentEmail", { email: user.email })}
            {!user.emailVerified && <> ({ta("notConfirmed")})</>}
          </p>
        )}
        <EmailForm />
      </section>
      <section aria-labelledby="password-heading" className="space-y-4">
        <h2 id="password-heading" className="text-lg font-semibold">
          {t("password")}
        </h2>
        <PasswordForm justChanged={changed === "password"} />
      </section>
    </div>
  );
}
