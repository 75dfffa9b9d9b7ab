// Telling an author what a moderator decided about their writing: removed (with the public reason), restored, or
// released from being held. A moderator's private note never goes into it.
import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { comments, posts, type TargetType } from "@/db/schema";
import { notify } from "../accounts/notify";

export type Decision = "removed" | "restored" | "approved";

export function notifyDecision(tx: Tx, target: { type: TargetType; id: number }, decision: Decision, reason: string | null, now: number): void {
  const item =
    target.type === "post"
      ? tx.select({ authorId: posts.authorId, postId: posts.id }).from(posts).where(eq(posts.id, target.id)).get()
      : tx.select({ authorId: comments.authorId, postId: comments.postId }).from(comments).where(eq(comments.id, target.id)).get();
  if (!item) return;
  notify(
    tx,
    {
      userId: item.authorId,
      kind: "moderation",
      postId: item.postId,
      commentId: target.type === "comment" ? target.id : null,
      detail: reason ? { action: decision, reason } : { action: decision },
    },
    now,
  );
}
