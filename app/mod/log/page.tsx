import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DateTime } from "@/components/format/date-time";
import { Pagination } from "@/components/layout/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import { countLog, listLog, LOG_PAGE_SIZE, targetLinks, type LoggedEntry } from "@/lib/moderation/log";
import { listBoards } from "@/lib/content/boards";
import { boardNamesIn } from "@/lib/content/board-names";
import { pageCount, parsePage } from "@/lib/pagination";
import { canModerate } from "@/lib/permissions";
import { profileHref } from "@/lib/routes";
import { memberName } from "@/lib/accounts/deleted-members";

/** A removed post's title is removed text too, and banned words are not for display: readers see a number. */
const hidesText = (entry: { action: string; targetType: string }) =>
  entry.targetType === "word" || (entry.targetType === "post" && ["remove", "hide"].includes(entry.action));

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation");
  return { title: t("logTitle"), description: t("logIntro") };
}

/** Public, like lobste.rs's: the action, its reason and its target for everyone; moderators' notes for staff. */
export default async function ModerationLogPage({ searchParams }: Props) {
  const page = parsePage((await searchParams).page);
  const last = pageCount(await countLog(), LOG_PAGE_SIZE);
  if (page === null || page > last) notFound();
  const [viewer, t] = await Promise.all([getCurrentUser(), getTranslations("moderation")]);
  const staff = canModerate(viewer);
  const entries = await listLog(page);
  const links = await targetLinks(entries, staff);
  const named = await boardNamesIn(await getLocale());
  const boardNames = new Map((await listBoards()).map((b) => [b.slug, named(b).name]));
  const tp = await getTranslations("profile");
  const td = await getTranslations("accountDeletion");
  /** A move's boards and a role change's roles, in words. */
  const change = (entry: LoggedEntry) => {
    if (!entry.change) return null;
    if (entry.action === "move") {
      return t("movedFromTo", { from: boardNames.get(entry.change.from) ?? entry.change.from, to: boardNames.get(entry.change.to) ?? entry.change.to });
    }
    if (entry.action === "role_change") return t("roleFromTo", { from: tp(`role.${entry.change.from}`), to: tp(`role.${entry.change.to}`) });
    return null;
  };
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("logTitle")}</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-300">{t("logIntro")}</p>
      {entries.length === 0 ? (
        <p className="py-6 text-center text-stone-500 dark:text-stone-400">{t("logEmpty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-300 dark:border-stone-700">
              <tr>
                <th scope="col" className="py-2 pr-3">{t("when")}</th>
                <th scope="col" className="py-2 pr-3">{t("who")}</th>
                <th scope="col" className="py-2 pr-3">{t("what")}</th>
                <th scope="col" className="py-2 pr-3">{t("target")}</th>
                <th scope="col" className="py-2">{t("why")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="py-2 pr-3 whitespace-nowrap"><DateTime value={entry.createdAt} withTime /></td>
                  <td className="py-2 pr-3"><Link href={profileHref(entry.actorUsername)}>{memberName({ username: entry.actorUsername, name: entry.actorName }, td("deletedMember"))}</Link></td>
                  <td className="py-2 pr-3">{t(`actions.${entry.action}`)}</td>
                  <td className="py-2 pr-3">
                    {t(`targets.${entry.targetType}`)}{" "}
                    <TargetName href={links.get(entry.id)}>
                      {entry.targetLabel && (staff || !hidesText(entry)) ? `“${entry.targetLabel}”` : `#${entry.targetId}`}
                    </TargetName>
                    {change(entry) && <span className="block text-stone-600 dark:text-stone-300">{change(entry)}</span>}
                  </td>
                  <td className="py-2">
                    {entry.reason ? (t.has(`reasons.${entry.reason}`) ? t(`reasons.${entry.reason}`) : entry.reason) : ""}
                    {staff && entry.note && <span className="block text-stone-500 dark:text-stone-400">{entry.note}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination current={page} last={last} hrefFor={(n) => `/mod/log?page=${n}`} />
    </>
  );
}

/** The target's name, linked when the reader may open it. */
function TargetName({ href, children }: { href: string | undefined; children: React.ReactNode }) {
  return href ? <Link href={href}>{children}</Link> : <>{children}</>;
}
