// Every query the pages make goes through an index: each statement the data layer prepares while serving
// the pages' reads is explained, and a full scan of posts or comments fails the test.
import { beforeAll, describe, expect, it } from "vitest";
import { getSqlite } from "@/db";
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
  const sqlite = getSqlite();
  const prepare = sqlite.prepare.bind(sqlite);
  // Record every statement the data layer prepares from here on.
  sqlite.prepare = ((source: string) => {
    statements.add(source);
    return prepare(source);
  }) as typeof sqlite.prepare;
});

function plan(source: string): string[] {
  const params = new Array((source.match(/\?/g) ?? []).length).fill(null);
  const rows = getSqlite().prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

describe("query plans", () => {
  it("use an index for every read of posts and comments", () => {
    const board = makeBoard({ slug: "plans" });
    const author = findSessionUser(makeUser({ createdAt: new Date(Date.now() - 30 * 86_400_000) }).id)!;
    const reader = findSessionUser(makeUser({ createdAt: new Date(Date.now() - 30 * 86_400_000) }).id)!;
    const created = createPost(author, "plans", { title: "Plans", body: "Body" }, null);
    const postId = created.ok ? created.id : 0;
    createComment(reader, postId, null, { body: "A comment" }, null);
    statements.clear();

    listBoards();
    getBoard("plans");
    listLatestPosts(10);
    listBoardPosts(board.id, 1);
    listBoardPosts(board.id, 5000);
    getPost("plans", postId);
    isVisiblePost("plans", postId);
    getNeighbours(board.id, postId);
    listThread(postId, reader);
    listThreadPage(postId, reader, 1);
    commentHref("plans", postId, 1);
    likedCommentIds(reader.id, postId);
    likesPost(reader.id, postId);
    postHistory(postId);
    getProfile(author.username);
    listProfilePosts(author.id, 1);
    listProfileComments(reader.id, 1);
    unreadCount(author.id);
    listNotifications(author.id, 1);
    reviewQueue();
    listLog(1);
    boardPageOf(postId);
    listPopularThreads();
    listLatestComments();

    expect(statements.size).toBeGreaterThan(15);
    const scans = [...statements].flatMap((source) =>
      plan(source)
        .filter((detail) => /^SCAN (posts|comments)\b/.test(detail) && !/USING (COVERING )?INDEX/.test(detail))
        .map((detail) => `${detail}  ←  ${source.slice(0, 160)}`),
    );
    expect(scans).toEqual([]);
  });
});
