// Every query the pages make goes through an index: each statement the data layer prepares while serving
// the pages' reads is explained, and a full scan of posts or comments fails the test.
import { beforeAll, describe, expect, it } from "vitest";
import { getSqlite, traceStatements } from "@/db";
import { findSessionUser } from "@/lib/accounts/members";
import { getBoard, listBoards } from "@/lib/content/boards";
import { likedCommentIds, listThread } from "@/lib/content/comments";
import { commentHref, listThreadPage } from "@/lib/content/comment-pages";
import { createComment } from "@/lib/content/commenting";
import { likesPost } from "@/lib/content/likes";
import { listLog } from "@/lib/moderation/log";
import { listNotifications, unreadCount } from "@/lib/accounts/notifications";
import { createPost } from "@/lib/content/posting";
import { getNeighbours, getPost, isVisiblePost, listBoardPosts, listLatestPosts } from "@/lib/content/posts";
import { getProfile, listProfileComments, listProfilePosts } from "@/lib/accounts/profiles";
import { reviewQueue } from "@/lib/moderation/reports";
import { boardPageOf } from "@/lib/content/board-position";
import { listLatestComments, listPopularThreads } from "@/lib/content/home-extras";
import { postHistory } from "@/lib/content/revisions";
import { makeBoard, makeUser } from "../factories";

const statements = new Set<string>();

beforeAll(() => {
  // Record every statement the data layer runs from here on.
  traceStatements((source) => statements.add(source));
});

function plan(source: string): string[] {
  const params = new Array((source.match(/\?/g) ?? []).length).fill(null);
  const rows = getSqlite().prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

describe("query plans", () => {
  it("use an index for every read of posts and comments", async () => {
    const board = await makeBoard({ slug: "plans" });
    const author = (await findSessionUser((await makeUser({ createdAt: new Date(Date.now() - 30 * 86_400_000) })).id))!;
    const reader = (await findSessionUser((await makeUser({ createdAt: new Date(Date.now() - 30 * 86_400_000) })).id))!;
    const created = await createPost(author, "plans", { title: "Plans", body: "Body" }, null);
    const postId = created.ok ? created.id : 0;
    await createComment(reader, postId, null, { body: "A comment" }, null);
    statements.clear();

    await listBoards();
    await getBoard("plans");
    await listLatestPosts(10);
    await listBoardPosts(board.id, 1);
    await listBoardPosts(board.id, 5000);
    await getPost("plans", postId);
    await isVisiblePost("plans", postId);
    await getNeighbours(board.id, postId);
    await listThread(postId, reader);
    await listThreadPage(postId, reader, 1);
    await commentHref("plans", postId, 1);
    await likedCommentIds(reader.id, postId);
    await likesPost(reader.id, postId);
    await postHistory(postId);
    await getProfile(author.username);
    await listProfilePosts(author.id, 1);
    await listProfileComments(reader.id, 1);
    await unreadCount(author.id);
    await listNotifications(author.id, 1);
    await reviewQueue();
    await listLog(1);
    await boardPageOf(postId);
    await listPopularThreads();
    await listLatestComments();

    expect(statements.size).toBeGreaterThan(15);
    const scans = [...statements].flatMap((source) =>
      plan(source)
        .filter((detail) => /^SCAN (posts|comments)\b/.test(detail) && !/USING (COVERING )?INDEX/.test(detail))
        .map((detail) => `${detail}  ←  ${source.slice(0, 160)}`),
    );
    expect(scans).toEqual([]);
  });
});
