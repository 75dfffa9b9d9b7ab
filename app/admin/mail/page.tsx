import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BoardAdminNav } from "@/components/admin/board-admin-nav";
import { DateTime } from "@/components/format/date-time";
import { verificationSetting } from "@/lib/accounts/email-verification";
import { requirePermission } from "@/lib/auth/session";
import { mailConfigured } from "@/lib/mail/config";
import { listOutbox, OUTBOX_KEEP_DAYS, OUTBOX_PAGE_SIZE } from "@/lib/mail/outbox";
import { Pagination } from "@/components/layout/pagination";
import { pageCount, parsePage } from "@/lib/pagination";
import { notFound } from "next/navigation";
import { canAdminister } from "@/lib/permissions";
import { setVerification } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminMail");
  return { title: t("title"), robots: { index: false }, referrer: "same-origin" };
}

/** The outbox (everything mailed, and without SMTP_URL the only place mail goes) and the email verification switch. */
type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function AdminMailPage({ searchParams }: Props) {
  await requirePermission(canAdminister, "/admin/mail");
  const page = parsePage((await searchParams).page);
  if (page === null) notFound();
  const t = await getTranslations("adminMail");
  const setting = await verificationSetting();
  const { mails, counts, total } = await listOutbox(page);
  const last = pageCount(total, OUTBOX_PAGE_SIZE);
  if (page > last) notFound();
  return (
    <>
      <BoardAdminNav current="/admin/mail" />
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-stone-600 dark:text-stone-300">{mailConfigured() ? t("smtpOn") : t("smtpOff")}</p>

      <section aria-labelledby="verification-heading" className="mb-8 space-y-2">
        <h2 id="verification-heading" className="text-xl font-bold">{t("verificationHeading")}</h2>
        <p>{setting.required ? t("verificationOn") : t("verificationOff")}</p>
        <p className="text-sm text-stone-600 dark:text-stone-300">{t("verificationDefault", { configured: setting.mailConfigured ? "yes" : "no" })}</p>
        <form action={setVerification}>
          <input type="hidden" name="required" value={setting.required ? "off" : "on"} />
          <button type="submit" className="rounded-md border border-stone-300 px-3 py-1 dark:border-stone-700">
            {setting.required ? t("turnOff") : t("turnOn")}
          </button>
        </form>
      </section>

      <p className="mb-4">{t("counts", counts)}</p>
      <p className="mb-4 text-sm text-stone-600 dark:text-stone-300">{t("keptFor", { days: OUTBOX_KEEP_DAYS })}</p>
      {mails.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="space-y-4">
          {mails.map((mail) => (
            <li key={mail.id} className="rounded-md border border-stone-300 p-3 dark:border-stone-700">
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="font-medium">{t("to")}</dt>
                <dd>{mail.to}</dd>
                <dt className="font-medium">{t("subject")}</dt>
                <dd>{mail.subject}</dd>
                <dt className="font-medium">{t("status")}</dt>
                <dd>{t(`statuses.${mail.status}`)}</dd>
                <dt className="font-medium">{t("attempts")}</dt>
                <dd>{mail.attempts}</dd>
                <dt className="font-medium">{t("created")}</dt>
                <dd>
                  <DateTime value={mail.createdAt} withTime />
                </dd>
                {mail.lastError && (
                  <>
                    <dt className="font-medium">{t("lastError")}</dt>
                    <dd>{mail.lastError}</dd>
                  </>
                )}
              </dl>
              {mail.text ? (
                <details className="mt-2">
                  <summary>{t("text")}</summary>
                  <pre className="mt-2 whitespace-pre-wrap break-all text-sm">{mail.text}</pre>
                </details>
              ) : (
                <p className="mt-2 text-sm text-stone-600 dark:text-stone-300">{t("delivered")}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      <Pagination current={page} last={last} hrefFor={(n) => (n > 1 ? `/admin/mail?page=${n}` : "/admin/mail")} />
    </>
  );
}
