// The shape of a comment thread: how deep replies nest and how a comment's place in the thread is written down.

/** Replies nest this many levels; a reply to the deepest level joins that level. */
export const MAX_COMMENT_DEPTH = 5;

/** Comment ids in a path are zero-padded so that sorting the text sorts the thread. */
const PATH_ID_WIDTH = 10;

/** A comment's sort key: its parent's path followed by its own zero-padded id. */
export function commentPath(parentPath: string | null, id: number): string {
  const own = String(id).padStart(PATH_ID_WIDTH, "0");
  return parentPath ? `${parentPath}/${own}` : own;
}
