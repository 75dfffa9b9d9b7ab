// Telling an author what a moderator decided about their writing: removed (with the public reason), restored, or
// released from being held (whose mentions are told then). A moderator's private note never goes into it.
import "server-only";
import { eq } from "drizzle-orm";
import { first, type Tx } from "@/db";
import { comments, posts, type TargetType } from "@/db/schema";
import { notify } from "../accounts/notify";
import { notifyMentions } from "../content/mentions";

export type Decision = "removed" | "restored" | "approved";

export async function notifyDecision(tx: Tx, target: { type: TargetType; id: number }, decision: Decision, reason: string | null, now: number): Promise<void> {
  const item =
    target.type === "post"
      ? await first(tx.select({ authorId: posts.authorId, postId: posts.id, html: posts.bodyHtml }).from(posts).where(eq(posts.id, target.id)))
      : await first(tx.select({ authorId: comments.authorId, postId: comments.postId, html: comments.bodyHtml }).from(comments).where(eq(comments.id, target.id)));
  if (!item) return;
  // Writing released from review reaches readers only now: so do its mentions.
  if (decision === "approved") await notifyMentions(tx, { type: target.type, id: target.id, postId: item.postId, authorId: item.authorId, html: item.html }, now);
  await notify(
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
