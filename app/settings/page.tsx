import type { Metadata } from "next";
import Link from "next/link";
import { getTimeZone, getTranslations } from "next-intl/server";
import { AccountSettingsForm } from "@/components/account/account-settings-form";
import { readSettings } from "@/lib/accounts/settings";
import { TIME_ZONE_LIST } from "@/lib/validation/account-settings";
import { EmailForm } from "@/components/auth/email-form";
import { PasswordForm, ProfileForm } from "@/components/auth/settings-forms";
import { requireUser } from "@/lib/auth/session";
import { AvatarForm } from "@/components/account/avatar-form";
import { avatarOf } from "@/lib/media/avatars";
import { uploadBlock } from "@/lib/media/uploads";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ changed?: string | string[]; avatar?: string | string[] }> };

export default async function SettingsPage({ searchParams }: Props) {
  const { changed, avatar } = await searchParams;
  const user = await requireUser("/settings", { allowSuspended: true });
  const t = await getTranslations("settings");
  const ta = await getTranslations("account");
  const [ts, td, currentZone] = await Promise.all([getTranslations("accountSettings"), getTranslations("accountDeletion"), getTimeZone()]);
  const settings = (await readSettings(user.id))!;
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
      <section aria-labelledby="reading-heading" className="space-y-4">
        <h2 id="reading-heading" className="text-lg font-semibold">
          {ts("heading")}
        </h2>
        <AccountSettingsForm
          values={{ timeZone: settings.timeZone ?? "", dateStyle: settings.dateStyle, theme: settings.theme, bio: settings.bio, signature: settings.signature }}
          timeZones={TIME_ZONE_LIST}
          currentZone={currentZone}
        />
        <p>
          <Link href="/settings/notifications">{ts("notificationsLink")}</Link>
        </p>
      </section>
      <section aria-labelledby="data-heading" className="space-y-3">
        <h2 id="data-heading" className="text-lg font-semibold">
          {td("dataHeading")}
        </h2>
        <p>
          {/* A download, not a page: a plain link, never prefetched. */}
          <a href="/settings/export" download>
            {td("export")}
          </a>
        </p>
        <p className="text-sm text-stone-600 dark:text-stone-400">{td("exportHint")}</p>
        <p>
          <Link href="/settings/delete" className="font-medium text-red-700 dark:text-red-300">
            {td("deleteLink")}
          </Link>
        </p>
      </section>
      <AvatarForm name={user.name} image={await avatarOf(user.id)} blocked={await uploadBlock(user)} answer={typeof avatar === "string" ? avatar : undefined} />
    </div>
  );
}
