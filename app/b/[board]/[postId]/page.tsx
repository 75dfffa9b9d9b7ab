import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { CommentForm } from "@/components/comment/comment-form";
import { CommentThread, type CommentMode } from "@/components/comment/comment-thread";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { Pagination } from "@/components/layout/pagination";
import { PostJsonLd } from "@/components/post/post-json-ld";
import { PostMeta } from "@/components/post/post-meta";
import { RecommendButton, RecommendForm } from "@/components/post/recommend-button";
import { SignInLink } from "@/components/auth/sign-in-link";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { likedCommentIds } from "@/lib/comments";
import { parseCommentPage, threadLayout } from "@/lib/comment-pages";
import { findCommentForWriting } from "@/lib/commenting";
import { boardFeedHref } from "@/lib/feeds";
import { localeAlternates } from "@/lib/i18n/alternates";
import { likesPost } from "@/lib/likes";
import { canComment, canEditComment, canEditPost, canLike, canModerate, canReport, canSeeHidden, isActive } from "@/lib/permissions";
import { movedPostBoard } from "@/lib/moderation";
import { excerpt, getNeighbours, getPostAnyStatus, type PostDetail } from "@/lib/posts";
import { threadFor } from "@/lib/render-cache";
import { boardHref, postHref, postHistoryHref, threadPageHref } from "@/lib/routes";
import { ReasonForm } from "@/components/moderation/reason-form";
import { ThreadTools } from "@/components/moderation/thread-tools";
import { addComment } from "./actions";
import { moderateContent, reportAction } from "./moderation-actions";

type Props = {
  params: Promise<{ board: string; postId: string }>;
  searchParams: Promise<{ cpage?: string | string[]; reply?: string; edit?: string; delete?: string; moderate?: string; report?: string; hl?: string }>;
};

/**
 * The post the URL names; unknown ids, malformed ids and posts of another board are 404s, except that the
 * old address of a moved post redirects permanently. Held and removed posts are for their author and staff.
 */
const loadPost = cache(async (params: Props["params"]) => {
  const { board: rawBoard, postId } = await params;
  if (!/^[1-9]\d{0,15}$/.test(postId)) notFound();
  const board = decodeURIComponent(rawBoard);
  const post = getPostAnyStatus(board, Number(postId));
  if (!post) {
    const movedTo = movedPostBoard(board, Number(postId));
    if (movedTo) permanentRedirect(postHref(movedTo, Number(postId)));
    notFound();
  }
  if (post.status !== "published" && !canSeeHidden(await getCurrentUser(), { authorId: post.author.id })) notFound();
  return post;
});

/** Which comment page the URL names (?cpage=N, lib/comment-pages.ts); a page past the last one is a 404. */
const loadCommentPage = cache((postId: number, raw: string | string[] | undefined) => {
  const { pageCount } = threadLayout(postId);
  const page = parseCommentPage(raw, pageCount);
  if (page === null) notFound();
  return { page, pageCount };
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [post, query] = await Promise.all([loadPost(params), searchParams]);
  const description = excerpt(post.bodyHtml);
  // Each comment page is its own canonical page; page 1 is the plain thread URL.
  const url = threadPageHref(post.boardSlug, post.id, loadCommentPage(post.id, query.cpage).page);
  return {
    title: `${post.title} · ${post.boardName}`,
    description,
    alternates: { ...localeAlternates(url, query.hl), types: { "application/atom+xml": [{ url: boardFeedHref(post.boardSlug), title: post.boardName }] } },
    // A shared link shows the title, the board and an excerpt.
    openGraph: { type: "article", title: post.title, description, url, section: post.boardName, publishedTime: post.createdAt.toISOString(), authors: [post.author.name] },
    twitter: { card: "summary", title: `${post.title} · ${post.boardName}`, description },
    robots: post.status === "published" ? undefined : { index: false },
  };
}

/** A comment page with more comments than this gets its page links above the comments as well as below. */
const PAGINATION_ABOVE_FROM = 10;

const idParam = (value: string | undefined) => (value && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : undefined);

/** Which comment the reader is replying to, editing or deleting; the source is loaded only for an edit. */
function commentMode(query: Awaited<Props["searchParams"]>, viewer: CurrentUser | null, postId: number): CommentMode {
  const editId = idParam(query.edit);
  const editing = viewer && editId ? findCommentForWriting(editId) : null;
  return {
    reply: idParam(query.reply),
    delete: idParam(query.delete),
    moderate: canModerate(viewer) ? idParam(query.moderate) : undefined,
    report: isActive(viewer) ? idParam(query.report) : undefined,
    edit: editing && editing.postId === postId && canEditComment(viewer, editing) ? { id: editing.id, bodySource: editing.bodySource } : undefined,
  };
}

export default async function PostPage({ params, searchParams }: Props) {
  const [post, viewer, query, locale, format] = await Promise.all([loadPost(params), getCurrentUser(), searchParams, getLocale(), getFormatter()]);
  const t = await getTranslations("post");
  const tc = await getTranslations("comments");
  const tm = await getTranslations("moderation");
  const { page, pageCount } = loadCommentPage(post.id, query.cpage);
  const thread = threadFor(post.id, page, viewer, {
    locale,
    t: tc,
    tm,
    tp: t,
    formatDate: (value, options) => format.dateTime(value, options),
    boardSlug: post.boardSlug,
    postId: post.id,
  });
  const { previous, next } = getNeighbours(post.boardId, post.id);
  const authored = { authorId: post.author.id, status: post.status };
  const postState = { id: post.id, boardSlug: post.boardSlug, status: post.status, locked: post.locked };
  const here = postHref(post.boardSlug, post.id);
  const commentPageHref = (n: number) => `${threadPageHref(post.boardSlug, post.id, n)}#comments`;
  const postTarget = { board: post.boardSlug, targetType: "post", targetId: String(post.id) };

  return (
    <>
      <Breadcrumb items={[{ label: post.boardName, href: boardHref(post.boardSlug) }, { label: post.title }]} />
      {post.status === "published" && <PostJsonLd post={post} comments={thread.comments} page={page} />}
      {post.status !== "published" && (
        <p role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
          {post.status === "removed" ? tm("removedBanner", { reason: tm(`reasons.${post.removalReason ?? "other"}`) }) : tm("awaitingReview")}
        </p>
      )}
      {canModerate(viewer) && <ThreadTools post={post} />}
      {query.moderate === "post" && canModerate(viewer) && (
        <div id="moderate">
          <ReasonForm
            action={moderateContent}
            hidden={{ ...postTarget, op: post.status === "published" ? "remove" : "restore" }}
            submitLabel={post.status === "published" ? tm("remove") : tm("restore")}
            reasonless={post.status !== "published"}
            cancelHref={here}
          />
        </div>
      )}
      <article aria-labelledby="post-title">
        <header className="border-b border-stone-200 pb-4 dark:border-stone-800">
          <p className="text-sm font-semibold text-accent-700 dark:text-accent-300">
            <Link href={boardHref(post.boardSlug)}>{post.boardName}</Link>
          </p>
          <h1 id="post-title" className="mt-1 text-2xl font-bold leading-snug sm:text-3xl">
            {post.title}
          </h1>
          <PostMeta post={post} historyHref={post.editedAt ? postHistoryHref(post.boardSlug, post.id) : undefined} />
        </header>
        <section aria-label={t("body")} className="prose-body py-6" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
        <footer id="recommend" className="flex flex-wrap items-center gap-4 border-t border-stone-100 py-4 text-sm dark:border-stone-800">
          <RecommendButton target="post" id={post.id} count={post.likeCount} liked={viewer ? likesPost(viewer.id, post.id) : false} canLike={canLike(viewer, authored)} t={t} />
          {canEditPost(viewer, authored) && <Link href={`${postHref(post.boardSlug, post.id)}/edit`}>{t("edit")}</Link>}
          {canReport(viewer, authored) && (
            <Link href={`${here}?report=post#report`}>{tm("report")}</Link>
          )}
        </footer>
        {query.report === "post" && canReport(viewer, authored) && (
          <div id="report">
            <ReasonForm action={reportAction} hidden={postTarget} submitLabel={tm("sendReport")} cancelHref={here} />
          </div>
        )}
      </article>

      <section id="comments" aria-labelledby="comments-heading" className="scroll-mt-4 border-t border-stone-200 pt-6 dark:border-stone-800">
        <h2 id="comments-heading" className="mb-4 text-lg font-bold">
          {tc("title")} <span className="text-stone-500">({post.commentCount})</span>
        </h2>
        {/* Above a long page too, so a reader arriving at the top need not scroll past a hundred comments. */}
        {thread.comments.length > PAGINATION_ABOVE_FROM && <Pagination current={page} last={pageCount} hrefFor={commentPageHref} label="commentsTop" className="mb-4" />}
        <CommentThread
          comments={thread.comments}
          publicHtml={thread.publicHtml}
          post={postState}
          viewer={viewer}
          liked={viewer ? likedCommentIds(viewer.id, post.id) : new Set()}
          mode={commentMode(query, viewer, post.id)}
          page={page}
        />
        <Pagination current={page} last={pageCount} hrefFor={commentPageHref} label="comments" />
        <div className="mt-6">
          <NewComment post={post} viewer={viewer} />
        </div>
        {viewer && <RecommendForm board={post.boardSlug} postId={post.id} />}
      </section>

      <nav aria-label={t("neighbours")} className="mt-8 grid gap-2 text-sm sm:grid-cols-2">
        {previous && (
          <Link href={postHref(post.boardSlug, previous.id)} className="rounded-lg border border-stone-200 p-3 dark:border-stone-800">
            <span className="block text-stone-500">{t("previous")}</span>
            <span className="line-clamp-1">{previous.title}</span>
          </Link>
        )}
        {next && (
          <Link href={postHref(post.boardSlug, next.id)} className="rounded-lg border border-stone-200 p-3 sm:col-start-2 dark:border-stone-800">
            <span className="block text-stone-500">{t("next")}</span>
            <span className="line-clamp-1">{next.title}</span>
          </Link>
        )}
      </nav>
      <p className="mt-6">
        <Link href={boardHref(post.boardSlug)}>← {t("backToList", { board: post.boardName })}</Link>
      </p>
    </>
  );
}

/** The form for a new comment, or why there is none. */
async function NewComment({ post, viewer }: { post: PostDetail; viewer: CurrentUser | null }) {
  const tc = await getTranslations("comments");
  if (post.locked) return <p className="rounded-md bg-stone-100 p-3 text-sm dark:bg-stone-900">{tc("locked")}</p>;
  if (!viewer) {
    return (
      <p className="text-sm">
        <SignInLink href="/login">{tc("signInToComment")}</SignInLink>
      </p>
    );
  }
  if (!canComment(viewer, { status: "published", locked: post.locked })) {
    return <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">{tc("cannotComment")}</p>;
  }
  return (
    <CommentForm
      action={addComment}
      id="new-comment"
      hidden={{ board: post.boardSlug, postId: String(post.id), submissionKey: crypto.randomUUID() }}
      label={tc("add")}
      submitLabel={tc("post")}
    />
  );
}
