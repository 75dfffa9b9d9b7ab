// The writes the load makes through the real server actions, each recorded in the ledger once acknowledged.
import type { RunData } from "./database";
import type { Client } from "./http";
import { Ledger, type LikeTarget } from "./ledger";
import type { Member, MemberPool } from "./members";
import { recordFailure, type Tally, type WriteKind } from "./tally";

export type ActionIds = Record<"publishPost" | "savePost" | "addComment" | "saveComment" | "toggleRecommend", string>;

export type LoadContext = {
  client: Client;
  actions: ActionIds;
  pool: MemberPool;
  ledger: Ledger;
  tally: Tally;
  data: RunData;
  /** Makes this run's texts and submission keys unique, even on a database kept from an earlier run. */
  runTag: string;
  /** True once the test has stopped (or killed) the server on purpose. */
  cutOff(): boolean;
  /** A fresh number for each write, so no two texts repeat (the spam check refuses a third copy). */
  next(): number;
};

type Outcome = { kind: "acknowledged"; redirect: string } | { kind: "refused" } | { kind: "unanswered" };
/** Demo content belongs to demo users, never to a writing member. */
const DEMO_AUTHOR = -1;

export const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(Math.random() * items.length)];

/**
 * Acknowledged means: the action answered with where it sent the writer (a redirect, or a comment's landing), which
 * it sends only after committing. A redirect is rendered by Next.js requesting the page itself with the writer's
 * cookie, which counts their view; after a landing the writer's browser fetches the page, and so does the load.
 */
async function submit(ctx: LoadContext, kind: WriteKind, page: string, action: keyof ActionIds, fields: Record<string, string>, member: Member, withState = true): Promise<Outcome> {
  const answer = await ctx.client.action(page, ctx.actions[action], fields, member.cookie, withState);
  if (!answer || answer.status >= 500) {
    if (!answer && ctx.cutOff()) ctx.tally.cutOff++;
    return { kind: "unanswered" };
  }
  const sentTo = answer.redirect ?? answer.landed;
  if (sentTo) {
    ctx.tally.written[kind]++;
    const seen = answer.redirect !== null || (await ctx.client.get(sentTo.split("#")[0]!, member.cookie)) !== null;
    const thread = /^\/b\/[^/#]+\/(\d+)/.exec(sentTo)?.[1];
    if (thread && seen) ctx.ledger.viewed(Number(thread), Ledger.memberViewer(member.index));
    return { kind: "acknowledged", redirect: sentTo };
  }
  if (answer.status < 400) {
    const message = /"message":"(\w+)"/.exec(answer.body)?.[1] ?? `no redirect (${answer.body.length} bytes)`;
    recordFailure(ctx.tally, `refused ${kind}`, message);
  }
  return { kind: "refused" };
}

/** The number in an acknowledged redirect, or null (and a failure) when the redirect is not the expected one. */
function idFrom(ctx: LoadContext, kind: WriteKind, redirect: string, pattern: RegExp): number | null {
  const id = Number(pattern.exec(redirect)?.[1]);
  if (Number.isSafeInteger(id) && id > 0) return id;
  recordFailure(ctx.tally, `unexpected redirect after ${kind}`, redirect);
  return null;
}

const postTargets = (ctx: LoadContext) => [...ctx.data.posts.map((p) => ({ ...p, author: DEMO_AUTHOR })), ...ctx.ledger.posts.values()];
const commentTargets = (ctx: LoadContext) => [...ctx.data.comments.map((c) => ({ ...c, author: DEMO_AUTHOR })), ...ctx.ledger.comments.values()];
const key = (ctx: LoadContext, n: number) => `soak-${ctx.runTag}-${String(n).padStart(8, "0")}`;

export async function writePost(ctx: LoadContext): Promise<boolean> {
  const board = pick(ctx.data.boards.filter((b) => b.open))?.slug;
  const member = board ? ctx.pool.take("post") : null;
  if (!board || !member) return false;
  const n = ctx.next();
  const content = { title: `Soak post ${ctx.runTag}-${n}`, body: `Post ${n} of the soak test, by member ${member.index}.\n\nIt has *two* paragraphs.` };
  const fields = { board, ...content, submissionKey: key(ctx, n) };
  const outcome = await submit(ctx, "post", `/b/${board}/write`, "publishPost", fields, member);
  ctx.pool.giveBack("post", member);
  const id = outcome.kind === "acknowledged" ? idFrom(ctx, "post", outcome.redirect, /^\/b\/[^/#]+\/(\d+)$/) : null;
  if (id) ctx.ledger.addPost({ id, board, author: member.index }, content);
  return true;
}

/** A comment on a post, or with `reply` a reply to a comment (which notifies its author and extends a thread path). */
export async function writeComment(ctx: LoadContext, reply: boolean): Promise<boolean> {
  const parent = reply ? pick(commentTargets(ctx)) : undefined;
  const post = reply ? parent && { id: parent.postId, board: parent.board } : pick(postTargets(ctx));
  const member = post ? ctx.pool.take("comment") : null;
  if (!post || !member) return false;
  const n = ctx.next();
  const body = `Soak comment ${ctx.runTag}-${n} from member ${member.index}${parent ? `, replying to ${parent.id}` : ""}.`;
  const fields = { board: post.board, postId: String(post.id), body, submissionKey: key(ctx, n), ...(parent ? { parentId: String(parent.id) } : {}) };
  const kind = reply ? "reply" : "comment";
  const outcome = await submit(ctx, kind, `/b/${post.board}/${post.id}`, "addComment", fields, member);
  ctx.pool.giveBack("comment", member);
  const id = outcome.kind === "acknowledged" ? idFrom(ctx, kind, outcome.redirect, new RegExp(`^/b/[^/#?]+/${post.id}(?:\\?cpage=\\d+)?#comment-(\\d+)$`)) : null;
  if (id) ctx.ledger.addComment({ id, postId: post.id, board: post.board, author: member.index }, body);
  return true;
}

/** The author edits one of the posts the load wrote; edits have no pause, only one at a time per post. */
export async function editPost(ctx: LoadContext): Promise<boolean> {
  const post = pick([...ctx.ledger.posts.values()]);
  if (!post || !ctx.ledger.claim(`post:${post.id}`)) return false;
  const n = ctx.next();
  const content = { title: `Soak post ${ctx.runTag}-${post.id}, edit ${n}`, body: `Edited as edit ${n} of the soak test.\n\nStill *two* paragraphs.` };
  const fields = { board: post.board, postId: String(post.id), ...content };
  const outcome = await submit(ctx, "postEdit", `/b/${post.board}/${post.id}/edit`, "savePost", fields, ctx.data.members[post.author]!);
  if (outcome.kind !== "refused") Ledger.edited(post.content, content, outcome.kind === "acknowledged");
  ctx.ledger.release(`post:${post.id}`);
  return true;
}

export async function editComment(ctx: LoadContext): Promise<boolean> {
  const comment = pick([...ctx.ledger.comments.values()]);
  if (!comment || !ctx.ledger.claim(`comment:${comment.id}`)) return false;
  const body = `Soak comment ${comment.id}, edited as edit ${ctx.next()}.`;
  const fields = { board: comment.board, postId: String(comment.postId), commentId: String(comment.id), body };
  const outcome = await submit(ctx, "commentEdit", `/b/${comment.board}/${comment.postId}`, "saveComment", fields, ctx.data.members[comment.author]!);
  if (outcome.kind !== "refused") Ledger.edited(comment.content, body, outcome.kind === "acknowledged");
  ctx.ledger.release(`comment:${comment.id}`);
  return true;
}

/** Recommends (or takes back) someone else's post or comment: toggleRecommend is a plain action taking the form. */
export async function recommend(ctx: LoadContext): Promise<boolean> {
  const target: LikeTarget = Math.random() < 0.5 ? "post" : "comment";
  const item = target === "post" ? pick(postTargets(ctx)) : pick(commentTargets(ctx));
  const member = ctx.pool.any();
  if (!item || item.author === member.index) return false;
  const postId = "postId" in item ? item.postId : item.id;
  const likeKey = Ledger.likeKey(target, item.id, member.index);
  if (ctx.ledger.unknownLikes.has(likeKey) || !ctx.ledger.claim(likeKey)) return false;
  const fields = { like: `${target}:${item.id}`, postId: String(postId), board: item.board };
  const outcome = await submit(ctx, "recommend", `/b/${item.board}/${postId}`, "toggleRecommend", fields, member, false);
  // A comment's landing names its comment page (?cpage=N) once the thread passes a page (lib/content/comment-pages.ts).
  const expected = target === "post" ? `/b/${item.board}/${postId}#recommend` : new RegExp(`^/b/[^/#?]+/${postId}(?:\\?cpage=\\d+)?#comment-${item.id}$`);
  const acknowledged = outcome.kind === "acknowledged" && (typeof expected === "string" ? outcome.redirect === expected : expected.test(outcome.redirect ?? ""));
  if (outcome.kind === "acknowledged" && !acknowledged) recordFailure(ctx.tally, "unexpected redirect after recommend", outcome.redirect);
  ctx.ledger.toggled(target, item.id, member.index, acknowledged);
  ctx.ledger.release(likeKey);
  return true;
}
