import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/form/submit-button";
import { notifyPrefs } from "@/lib/accounts/notification-prefs";
import { requireUser } from "@/lib/auth/session";
import { NOTIFY_MODES, NOTIFY_PREF_KINDS } from "@/db/enums";
import { saveNotificationPrefs } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notify2");
  return { title: t("prefsTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ saved?: string; error?: string }> };

/** Per kind of notice: on the site only, or also by email at once or in a daily digest. A plain form. */
export default async function NotificationSettingsPage({ searchParams }: Props) {
  const params = await searchParams;
  const user = await requireUser("/settings/notifications", { allowSuspended: true });
  const prefs = await notifyPrefs(user.id);
  const t = await getTranslations("notify2");
  const ts = await getTranslations("settings");
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <p className="text-sm">
        <Link href="/settings">{ts("title")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("prefsTitle")}</h1>
      <p>{t("prefsIntro")}</p>
      {!user.emailVerified && <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">{t("noVerifiedEmail")}</p>}
      <div aria-live="polite" role="status" className="empty:hidden">
        {params.saved === "1" && <p className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">{t("saved")}</p>}
        {params.error === "1" && <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">{t("invalid")}</p>}
      </div>
      <form action={saveNotificationPrefs} className="space-y-5">
        {NOTIFY_PREF_KINDS.map((kind) => (
          <fieldset key={kind} className="space-y-1">
            <legend className="mb-1 font-semibold">{t(`kinds.${kind}`)}</legend>
            {NOTIFY_MODES.map((mode) => (
              <label key={mode} className="flex items-center gap-2">
                <input type="radio" name={kind} value={mode} defaultChecked={prefs[kind] === mode} />
                {t(`modes.${mode}`)}
              </label>
            ))}
          </fieldset>
        ))}
        <SubmitButton>{t("save")}</SubmitButton>
      </form>
    </div>
  );
}
