// Notifying members mentioned as @username in a post or comment: once per write, only for names newly added by an
// edit, never the author, and only when the member can read the writing (it is published, in a published thread).
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { first, type Tx } from "@/db";
import { comments, posts, users } from "@/db/schema";
import { notify } from "../accounts/notify";
import { usernameKey } from "../accounts/usernames";
import { mentionsInHtml } from "../markdown/mentions";
import { canReadWriting } from "../permissions";

export type MentionWrite = {
  type: "post" | "comment";
  id: number;
  postId: number;
  authorId: string;
  /** The writing's rendered HTML, where the pipeline turned each mention into a profile link. */
  html: string;
  /** On an edit, the HTML before it: names it already mentioned are not notified again. */
  previousHtml?: string;
  /** Members this write already notified otherwise (the reply's recipient): one notice per member per write. */
  except?: string[];
};

/** The members to notify for a write, after it is saved, in the write's transaction. Returns who was notified. */
export async function notifyMentions(tx: Tx, write: MentionWrite, now = Date.now()): Promise<string[]> {
  const before = new Set(write.previousHtml === undefined ? [] : mentionsInHtml(write.previousHtml, usernameKey).map(usernameKey));
  const keys = mentionsInHtml(write.html, usernameKey).map(usernameKey).filter((key) => !before.has(key));
  if (keys.length === 0) return [];
  const writing = await loadWriting(tx, write);
  if (!writing) return [];
  const members = (await tx
    .select({ id: users.id, role: users.role, status: users.status })
    .from(users)
    .where(inArray(users.usernameKey, keys)))
    .filter((member) => member.id !== write.authorId && !write.except?.includes(member.id) && canReadWriting(member, writing));
  for (const member of members) {
    await notify(tx, { userId: member.id, kind: "mention", actorId: write.authorId, postId: write.postId, commentId: write.type === "comment" ? write.id : null }, now);
  }
  return members.map((m) => m.id);
}

/** The writing as readers meet it: its own status and its thread's. */
async function loadWriting(tx: Tx, write: MentionWrite) {
  if (write.type === "post") {
    return await first(tx.select({ authorId: posts.authorId, status: posts.status, threadStatus: posts.status }).from(posts).where(eq(posts.id, write.id)));
  }
  return await first(tx
    .select({ authorId: comments.authorId, status: comments.status, threadStatus: posts.status })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(and(eq(comments.id, write.id), eq(comments.postId, write.postId))));
}
