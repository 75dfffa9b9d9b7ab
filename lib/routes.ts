// The site's URLs, built in one place: they are part of the product and must stay stable.
export const boardHref = (slug: string, page = 1) =>
  page > 1 ? `/b/${encodeURIComponent(slug)}?page=${page}` : `/b/${encodeURIComponent(slug)}`;

export const postHref = (boardSlug: string, postId: number) => `/b/${encodeURIComponent(boardSlug)}/${postId}`;

export const commentHref = (boardSlug: string, postId: number, commentId: number) =>
  `${postHref(boardSlug, postId)}#comment-${commentId}`;

export const profileHref = (username: string) => `/u/${encodeURIComponent(username)}`;

export const postHistoryHref = (boardSlug: string, postId: number) => `${postHref(boardSlug, postId)}/history`;

export const commentHistoryHref = (boardSlug: string, postId: number, commentId: number) =>
  `${postHref(boardSlug, postId)}/comments/${commentId}/history`;
