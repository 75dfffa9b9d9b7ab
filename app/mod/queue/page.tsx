import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/format/date-time";
import { ReviewForm } from "@/components/moderation/review-form";
import { requirePermission } from "@/lib/auth/session";
import { canModerate } from "@/lib/permissions";
import { reviewQueue } from "@/lib/moderation/reports";
import { openAppeals } from "@/lib/moderation/appeals";
import { AppealAnswerForm } from "@/components/moderation/appeal-answer-form";
import { commentHref } from "@/lib/content/comment-pages";
import { postHref, profileHref } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation");
  return { title: t("queueTitle"), robots: { index: false } };
}

/** Open reports and held writing, hidden items first, then oldest first. */
export default async function QueuePage() {
  await requirePermission(canModerate, "/mod/queue");
  const t = await getTranslations("moderation");
  const items = reviewQueue();
  const appeals = openAppeals();
  const ta = await getTranslations("appeals");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("queueTitle")}</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-300">
        <Link href="/mod/log">{t("logTitle")}</Link>
      </p>
      {items.length === 0 ? (
        appeals.length === 0 && <p className="py-6 text-center text-stone-500">{t("queueEmpty")}</p>
      ) : (
        <ol className="space-y-4">
          {items.map((item) => (
            <li key={`${item.type}-${item.id}`} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <article aria-label={`${t(`type.${item.type}`)}: ${item.title}`}>
                <p className="text-sm text-stone-600 dark:text-stone-300">
                  {t(`type.${item.type}`)} ·{" "}
                  <Link href={item.type === "comment" ? commentHref(item.boardSlug, item.postId, item.id) : postHref(item.boardSlug, item.postId)}>{item.title}</Link>{" "}
                  · <Link href={profileHref(item.author.username)}>{item.author.name}</Link> · <DateTime value={item.firstAt} withTime />
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
