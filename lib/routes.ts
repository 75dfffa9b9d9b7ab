// The site's URLs, built in one place: they are part of the product and must stay stable.
/** A board's list: page N in an order other than the default (last activity) when asked; page 1 has no ?page. */
export function boardHref(slug: string, page = 1, sort = "activity"): string {
  const params = new URLSearchParams();
  if (sort !== "activity") params.set("sort", sort);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/b/${encodeURIComponent(slug)}${query ? `?${query}` : ""}`;
}

/** Where the author of a deleted post lands: its board, which says the post is gone. */
export const DELETED_PARAM = "deleted";
/** On /mod/queue: how many items the last "remove all" took away, for the page to say so. */
export const QUEUE_REMOVED_PARAM = "removed";
export const afterPostDeletedHref = (slug: string) => `${boardHref(slug)}?${DELETED_PARAM}=post`;

/** Every board's newest posts, page N (/latest). */
export const latestHref = (page = 1) => (page > 1 ? `/latest?page=${page}` : "/latest");

export const postHref = (boardSlug: string, postId: number) => `/b/${encodeURIComponent(boardSlug)}/${postId}`;

/** The query parameter of a thread's comment pages (lib/content/comment-pages.ts); page caches key on this exact name. */
export const COMMENT_PAGE_PARAM = "cpage";

/** One page of a thread's comments; page 1 is the thread's own URL. */
export const threadPageHref = (boardSlug: string, postId: number, page = 1) =>
  page > 1 ? `${postHref(boardSlug, postId)}?${COMMENT_PAGE_PARAM}=${page}` : postHref(boardSlug, postId);

/** A comment on a known page; lib/content/comment-pages.ts's commentHref finds the page. */
export const commentAnchorHref = (boardSlug: string, postId: number, commentId: number, page = 1) =>
  `${threadPageHref(boardSlug, postId, page)}#comment-${commentId}`;

export const profileHref = (username: string) => `/u/${encodeURIComponent(username)}`;

export const postHistoryHref = (boardSlug: string, postId: number) => `${postHref(boardSlug, postId)}/history`;

export const commentHistoryHref = (boardSlug: string, postId: number, commentId: number) =>
  `${postHref(boardSlug, postId)}/comments/${commentId}/history`;

/** The one-time link that sets a new password; the token is in the path, which the log replaces (lib/platform/logger.ts). */
export const resetPasswordHref = (token: string) => `/reset-password/${encodeURIComponent(token)}`;

/** The one-time link that confirms an email address. */
export const verifyEmailHref = (token: string) => `/verify-email/${encodeURIComponent(token)}`;

/** Pages only a signed-in member can open: after signing out from one of them, a reader goes home instead. */
const MEMBER_PAGES = [/^\/(?:settings|notifications|appeal|setup|login|register|forgot-password|reset-password|verify-email)(?:\/|$)/, /^\/(?:admin|mod\/queue)(?:\/|$)/, /^\/b\/[^/]+\/write$/, /^\/b\/[^/]+\/\d+\/edit$/];

/** Where signing out from `path` (a site-relative path, already checked) lands: the same page when a visitor may read it. */
export function afterSignOut(path: string): string {
  const [pathname = "/"] = path.split(/[?#]/);
  return MEMBER_PAGES.some((page) => page.test(pathname)) ? "/" : path;
}

/** The plain upload page (no JavaScript needed): after an upload it shows the image's Markdown, or why it was refused. */
export function uploadPageHref(answer: Record<string, string> = {}): string {
  const params = new URLSearchParams(Object.entries(answer).filter(([, value]) => value) as [string, string][]);
  const query = params.toString();
  return `/upload${query ? `?${query}` : ""}`;
}
