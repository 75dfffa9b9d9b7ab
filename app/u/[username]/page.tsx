import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Avatar } from "@/components/account/avatar";
import { boardNamesIn } from "@/lib/content/board-names";
import { cache } from "react";
import { DateTime } from "@/components/format/date-time";
import { Pagination } from "@/components/layout/pagination";
import { excerpt } from "@/lib/content/posts";
import { pageCount, parsePage } from "@/lib/pagination";
import { getProfile, listProfileComments, listProfilePosts, PROFILE_PAGE_SIZE } from "@/lib/accounts/profiles";
import { localeAlternates } from "@/lib/i18n/alternates";
import { commentHref } from "@/lib/content/comment-pages";
import { postHref, profileHref } from "@/lib/routes";
import { SanctionForm } from "@/components/moderation/sanction-form";
import { getCurrentUser } from "@/lib/auth/session";
import { canSanction } from "@/lib/permissions";
import { activeSpammerRemoval } from "@/lib/moderation/sanctions";

type Tab = "posts" | "comments";
type Props = {
  params: Promise<{ username: string }>;
  searchParams: Promise<{ tab?: string | string[]; page?: string | string[]; hl?: string }>;
};

const loadProfile = cache(async (params: Props["params"]) => {
  const { username } = await params;
  const profile = await getProfile(decodeURIComponent(username));
  if (!profile) notFound();
  if (profile.deletedAt) return { ...profile, name: (await getTranslations("accountDeletion"))("deletedMember") };
  return profile;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const profile = await loadProfile(params);
  return { title: `${profile.name} (@${profile.username})`, alternates: localeAlternates(profileHref(profile.username), (await searchParams).hl) };
}

export default async function ProfilePage({ params, searchParams }: Props) {
  const profile = await loadProfile(params);
  const query = await searchParams;
  const tab: Tab = query.tab === "comments" ? "comments" : "posts";
  const page = parsePage(query.page);
  const total = tab === "posts" ? profile.postCount : profile.commentCount;
  const last = pageCount(total, PROFILE_PAGE_SIZE);
  if (page === null || page > last) notFound();
  const t = await getTranslations("profile");
  const href = (target: Tab, n = 1) => `${profileHref(profile.username)}?tab=${target}${n > 1 ? `&page=${n}` : ""}`;

  return (
    <>
      <header className="mb-6 rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
        <div className="flex items-center gap-4">
          <Avatar name={profile.name} image={profile.image} size={64} />
          <div>
            <h1 className="text-2xl font-bold">{profile.name}</h1>
            <p className="text-stone-500 dark:text-stone-400">@{profile.username}</p>
          </div>
        </div>
        <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-300">
          <li>{t(`role.${profile.role}`)}</li>
          <li>
            {t("joined")} <DateTime value={profile.createdAt} />
          </li>
          <li>{t("posts", { count: profile.postCount })}</li>
          <li>{t("comments", { count: profile.commentCount })}</li>
        </ul>
        {profile.bioHtml && (
          <section aria-label={(await getTranslations("accountSettings"))("aboutHeading")} className="prose-body mt-4" dangerouslySetInnerHTML={{ __html: profile.bioHtml }} />
        )}
        {profile.status !== "active" && (
          <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            {profile.status === "banned" ? t("banned") : t("suspended")}
            {profile.statusUntil && profile.status === "suspended" && (
              <>
                {" "}
                <DateTime value={profile.statusUntil} withTime />
              </>
            )}
          </p>
        )}
      </header>

      {canSanction(await getCurrentUser(), profile) && (
        <section aria-labelledby="sanction-heading" className="mb-6 rounded-lg border border-dashed border-amber-400 p-4 dark:border-amber-700">
          <h2 id="sanction-heading" className="mb-3 font-semibold">
            {t("moderate")}
          </h2>
          <SanctionForm userId={profile.id} username={profile.username} status={profile.status} spammerLogId={await activeSpammerRemoval(profile.id)} />
        </section>
      )}

      <nav aria-label={t("sections")} className="mb-4 flex gap-2 border-b border-stone-200 dark:border-stone-800">
        {(["posts", "comments"] as const).map((target) => (
          <Link
            key={target}
            href={href(target)}
            aria-current={tab === target ? "page" : undefined}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-stone-600 aria-[current=page]:border-stone-900 aria-[current=page]:font-semibold aria-[current=page]:text-stone-900 dark:text-stone-300 dark:aria-[current=page]:border-stone-100 dark:aria-[current=page]:text-stone-100"
          >
            {t(`tab.${target}`)}
          </Link>
        ))}
      </nav>

      {tab === "posts" ? <RecentPosts userId={profile.id} page={page} empty={t("noPosts")} /> : <RecentComments userId={profile.id} page={page} empty={t("noComments")} />}
      <Pagination current={page} last={last} hrefFor={(n) => href(tab, n)} />
    </>
  );
}

async function RecentPosts({ userId, page, empty }: { userId: string; page: number; empty: string }) {
  const posts = await listProfilePosts(userId, page);
  const boardName = await boardNamesIn(await getLocale());
  if (posts.length === 0) return <p className="py-6 text-center text-stone-500 dark:text-stone-400">{empty}</p>;
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-800">
      {posts.map((post) => (
        <li key={post.id} className="py-3">
          <Link href={postHref(post.boardSlug, post.id)} className="font-medium">
            {post.title}
          </Link>
          <p className="text-sm text-stone-500 dark:text-stone-400">
            {boardName(post).name} · <DateTime value={post.createdAt} />
          </p>
        </li>
      ))}
    </ul>
  );
}

async function RecentComments({ userId, page, empty }: { userId: string; page: number; empty: string }) {
  const comments = await listProfileComments(userId, page);
  if (comments.length === 0) return <p className="py-6 text-center text-stone-500 dark:text-stone-400">{empty}</p>;
  // Each comment's page of its thread is read once, before the list is drawn.
  const hrefs = await Promise.all(comments.map((comment) => commentHref(comment.boardSlug, comment.postId, comment.id)));
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-800">
      {comments.map((comment, index) => (
        <li key={comment.id} className="py-3">
          <Link href={hrefs[index]!} className="font-medium">
            {comment.postTitle}
          </Link>
          <p className="text-sm text-stone-600 dark:text-stone-300">{excerpt(comment.bodyHtml, 140)}</p>
          <p className="text-sm text-stone-500 dark:text-stone-400">
            <DateTime value={comment.createdAt} withTime />
          </p>
        </li>
      ))}
    </ul>
  );
}
