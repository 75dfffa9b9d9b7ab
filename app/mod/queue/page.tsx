import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/format/date-time";
import { RelativeTime } from "@/components/format/relative-time";
import { RemoveWaitingForm } from "@/components/moderation/remove-waiting-form";
import { ReviewForm } from "@/components/moderation/review-form";
import { requirePermission } from "@/lib/auth/session";
import { canModerate } from "@/lib/permissions";
import { reviewQueue, waitingFrom, type QueueItem } from "@/lib/moderation/reports";
import { openAppeals } from "@/lib/moderation/appeals";
import { AppealAnswerForm } from "@/components/moderation/appeal-answer-form";
import { commentHref } from "@/lib/content/comment-pages";
import { memberName } from "@/lib/accounts/deleted-members";
import { postHref, profileHref, QUEUE_REMOVED_PARAM } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation");
  return { title: t("queueTitle"), robots: { index: false } };
}

/** Open reports and held writing, hidden items first, then oldest first. */
type Props = { searchParams: Promise<{ [QUEUE_REMOVED_PARAM]?: string | string[] }> };

export default async function QueuePage({ searchParams }: Props) {
  await requirePermission(canModerate, "/mod/queue");
  const t = await getTranslations("moderation");
  const tv = await getTranslations("validation");
  const td = await getTranslations("accountDeletion");
  // Where "remove all" lands: how many items it removed.
  const removedParam = (await searchParams)[QUEUE_REMOVED_PARAM];
  const removed = typeof removedParam === "string" && /^\d{1,6}$/.test(removedParam) ? Number(removedParam) : null;
  const items = await reviewQueue();
  // A comment's link names its page of the thread, which takes a read each: all of them before the list is drawn.
  const itemHrefs = await Promise.all(items.map((item) => (item.type === "comment" ? commentHref(item.boardSlug, item.postId, item.id) : postHref(item.boardSlug, item.postId))));
  const sanctioned = await sanctionedAuthors(items);
  const appeals = await openAppeals();
  const ta = await getTranslations("appeals");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("queueTitle")}</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-300">
        <Link href="/mod/log">{t("logTitle")}</Link>
      </p>
      {removed !== null && (
        <p role="status" className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
          {tv("waitingRemoved", { count: removed })}
        </p>
      )}
      {sanctioned.length > 0 && (
        <section aria-labelledby="sanctioned-authors" className="mb-6 rounded-lg border border-red-200 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950">
          <h2 id="sanctioned-authors" className="mb-2 font-semibold">{t("sanctionedAuthors")}</h2>
          <ul className="space-y-2">
            {sanctioned.map(({ author, count, suggested }) => (
              <li key={author.id}>
                <RemoveWaitingForm author={author} count={count} suggested={suggested} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {items.length === 0 ? (
        appeals.length === 0 && <p className="py-6 text-center text-stone-500 dark:text-stone-400">{t("queueEmpty")}</p>
      ) : (
        <ol className="space-y-4">
          {items.map((item, index) => (
            <li key={`${item.type}-${item.id}`} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <article aria-label={`${t(`type.${item.type}`)}: ${item.title}`}>
                <p className="text-sm text-stone-600 dark:text-stone-300">
                  {t(`type.${item.type}`)} ·{" "}
                  <Link href={itemHrefs[index]!}>{item.title}</Link>{" "}
                  · <Link href={profileHref(item.author.username)}>{memberName(item.author, td("deletedMember"))}</Link> ·{" "}
                  {t.rich("writtenAgo", { time: () => <RelativeTime value={item.writtenAt} /> })}
                  {item.reportedAt && <> · {t.rich("reportedAgo", { time: () => <RelativeTime value={item.reportedAt!} /> })}</>}
                </p>
                <p className="mt-1 text-sm">
                  {item.status === "held" && (
                    <span className="mr-2 rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                      {item.holdReasons.includes("reports") ? t("hiddenPendingReview") : t("awaitingReview")}
                    </span>
                  )}
                  {item.reporters > 0 && t("reportedBy", { count: item.reporters, reasons: item.reasons.map((r) => t(`reasons.${r}`)).join(", ") })}
                  {item.newReporters > 0 && <span> {t("fromNewAccounts", { count: item.newReporters })}</span>}
                  {item.holdReasons.filter((r) => r !== "reports").length > 0 && (
                    <span> {t("checks", { reasons: item.holdReasons.filter((r) => r !== "reports").map((r) => t(`checkReasons.${r}`)).join(", ") })}</span>
                  )}
                </p>
                {item.notes.length > 0 && (
                  <div className="mt-1 text-sm">
                    <p className="font-medium">{t("reportNotes")}</p>
                    <ul className="list-disc pl-5 text-stone-700 dark:text-stone-300">
                      {item.notes.map((note, i) => (
                        <li key={i}>{note}</li>
                      ))}
                    </ul>
                  </div>
                )}
                <div className="prose-body mt-2 max-h-64 overflow-auto border-l-4 border-stone-200 pl-3 text-sm dark:border-stone-700" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
                <ReviewForm
                  targetType={item.type}
                  targetId={item.id}
                  authorId={item.author.id}
                  held={item.status === "held"}
                  suggested={item.reasons[0] ?? (item.holdReasons.length > 0 ? "spam" : "other")}
                />
              </article>
            </li>
          ))}
        </ol>
      )}
      {appeals.length > 0 && (
        <section aria-labelledby="appeals-heading" className="mt-8">
          <h2 id="appeals-heading" className="mb-4 text-xl font-bold">
            {ta("queueHeading")}
          </h2>
          <ol className="space-y-4">
            {appeals.map((appeal) => (
              <li key={appeal.id} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
                <article aria-label={ta("queueItem", { name: appeal.user.name })}>
                  <p className="text-sm text-stone-600 dark:text-stone-300">
                    <Link href={profileHref(appeal.user.username)}>{appeal.user.name}</Link> ·{" "}
                    {appeal.user.status === "banned" ? ta("statusBanned") : ta("statusSuspended")}
                    {appeal.user.reason && <> · {ta("queueReason", { reason: appeal.user.reason })}</>} · <DateTime value={appeal.createdAt} withTime />
                  </p>
                  <p className="mt-2 whitespace-pre-wrap border-l-4 border-stone-200 pl-3 text-sm dark:border-stone-700">{appeal.body}</p>
                  <AppealAnswerForm appealId={appeal.id} labels={{ answer: ta("answerLabel"), uphold: ta("uphold"), lift: ta("lift") }} />
                </article>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/** Authors suspended or banned while their writing still waits here, with how much: the queue offers to remove it all. */
async function sanctionedAuthors(items: QueueItem[]) {
  const byAuthor = new Map<string, { author: QueueItem["author"]; count: number; suggested: string }>();
  for (const item of items) {
    if (item.author.status === "active" || byAuthor.has(item.author.id)) continue;
    // Counted past the queue's first page, since the removal takes everything of theirs that waits.
    byAuthor.set(item.author.id, { author: item.author, count: (await waitingFrom(item.author.id)).length, suggested: item.reasons[0] ?? "spam" });
  }
  return [...byAuthor.values()];
}
