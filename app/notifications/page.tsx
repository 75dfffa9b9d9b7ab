import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/format/date-time";
import { Pagination } from "@/components/layout/pagination";
import { requireUser } from "@/lib/auth/session";
import { countNotifications, listNotifications, markAllRead, noticeHref, noticeText, NOTIFICATIONS_PAGE_SIZE, type Translate } from "@/lib/accounts/notifications";
import { pageCount, parsePage } from "@/lib/pagination";

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title"), robots: { index: false } };
}

/** Lists the member's notices; opening the page marks them read (the new ones stay highlighted this once). */
export default async function NotificationsPage({ searchParams }: Props) {
  const user = await requireUser("/notifications", { allowSuspended: true });
  const page = parsePage((await searchParams).page);
  const last = pageCount(await countNotifications(user.id), NOTIFICATIONS_PAGE_SIZE);
  if (page === null || page > last) notFound();
  const items = await listNotifications(user.id, page);
  const hrefs = await Promise.all(items.map(noticeHref));
  await markAllRead(user.id);
  const t = await getTranslations("notifications");
  const text = (await getTranslations()) as unknown as Translate;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-sm">
        <Link href="/settings/notifications">{text("notify2.prefsLink")}</Link>
      </p>
      {items.length === 0 ? (
        <p className="py-6 text-center text-stone-500 dark:text-stone-400">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
          {items.map((item, index) => (
            <li key={item.id} className={`px-4 py-3 ${item.readAt ? "" : "bg-accent-50 dark:bg-stone-800"}`}>
              <Link href={hrefs[index]!}>{noticeText(text, item)}</Link>
              <p className="text-sm text-stone-500 dark:text-stone-400">
                {!item.readAt && <span className="mr-2 font-semibold text-accent-700 dark:text-accent-300">{t("new")}</span>}
                <DateTime value={item.createdAt} withTime />
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination current={page} last={last} hrefFor={(n) => `/notifications?page=${n}`} />
    </>
  );
}
