// The large-data generator: fills a database with many posts and comments, the same rows for the same seed, for
// `npm run db:seed`, the benchmark (bench/generate-db.ts) and the search tests.
import type Database from "better-sqlite3";
import { recountCounters } from "../../db/counters";
import { insertingInBulk } from "../../db/search-index";
import { commentPath, MAX_COMMENT_DEPTH } from "../../lib/content/thread-shape";
import { usernameKey } from "../../lib/accounts/usernames";

export type GenerateOptions = {
  posts: number;
  comments: number;
  /** The board that receives the posts; created if missing. */
  board: string;
  /** The first post gets exactly this many comments, for the benchmark's thread page. */
  hotPostComments?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
};

export type GenerateResult = { boardId: number; firstPostId: number; hotPostId: number; users: number };

const BATCH = 5_000;
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const REPLY_SHARE = 0.35;

const ENGLISH = (
  "morning walk sleep habit coffee garden bicycle recipe kimchi noodle library novel keyboard camera photo " +
  "river mountain weekend holiday travel train station market bakery music guitar piano concert festival " +
  "running stretch posture desk window balcony plant tomato basil winter summer autumn spring rain umbrella " +
  "neighbour friend family puppy kitten question answer advice update notice community forum thread reply"
).split(" ");
const KOREAN = (
  "아침 산책 수면 습관 커피 정원 자전거 요리법 김치찌개 국수 도서관 소설 키보드 카메라 사진 강변 등산 주말 " +
  "휴가 여행 기차역 시장 빵집 음악 기타 피아노 공연 축제 달리기 스트레칭 자세 책상 창문 베란다 화분 토마토 " +
  "겨울 여름 가을 봄날 장마 우산 이웃 친구 가족 강아지 고양이 질문 답변 조언 소식 공지 커뮤니티 게시판 댓글"
).split(" ");

/** A small deterministic random generator, so the same options make the same database. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** Plain words in paragraphs: their Markdown rendering is exactly the paragraphs wrapped in <p>. */
function textMaker(rand: () => number) {
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)] as T;
  const sentence = (words: string[], length: number) => Array.from({ length }, () => pick(words)).join(" ");
  return (paragraphs: number, wordsPer: number) => {
    const words = rand() < 0.3 ? KOREAN : ENGLISH;
    const source = Array.from({ length: paragraphs }, () => sentence(words, wordsPer)).join("\n\n");
    const html = source
      .split("\n\n")
      .map((p) => `<p>${p}</p>`)
      .join("\n");
    return { source, html, title: sentence(words, 3 + Math.floor(rand() * 5)) };
  };
}

export function generate(sqlite: Database.Database, options: GenerateOptions): GenerateResult {
  const rand = random(options.seed ?? 42);
  const text = textMaker(rand);
  const total = options.posts + options.comments;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };

  const boardId = ensureBoard(sqlite, options.board);
  const userIds = makeUsers(sqlite, Math.max(10, Math.ceil(options.posts / 100)));
  const firstPostId = nextId(sqlite, "posts");
  let commentId = nextId(sqlite, "comments");
  const now = Date.now();
  const span = YEAR_MS;
  const start = now - span;

  const insertPost = sqlite.prepare(
    `INSERT INTO posts (id, board_id, author_id, title, body_source, body_html, view_count, created_at, last_activity_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertComment = sqlite.prepare(
    `INSERT INTO comments (id, post_id, author_id, parent_id, depth, path, body_source, body_html, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const counts = commentCounts(options.posts, options.comments, options.hotPostComments ?? 100, rand);
  const user = () => userIds[Math.floor(rand() * userIds.length)] as string;

  // Row-by-row indexing by the search triggers was most of the time: the new rows are indexed in one pass instead.
  insertingInBulk(sqlite, { postId: firstPostId, commentId }, () => {
    let postIndex = 0;
    while (postIndex < options.posts) {
      const batchEnd = Math.min(options.posts, postIndex + BATCH);
      let written = 0;
      sqlite.transaction(() => {
        for (; postIndex < batchEnd; postIndex++) {
          const postId = firstPostId + postIndex;
          const createdAt = Math.round(start + (span * postIndex) / options.posts);
          const body = text(1 + Math.floor(rand() * 4), 12 + Math.floor(rand() * 30));
          const n = counts[postIndex] ?? 0;
          const lastActivity = n > 0 ? createdAt + n * 60_000 : createdAt;
          insertPost.run(postId, boardId, user(), body.title, body.source, body.html, Math.floor(rand() * 5000), createdAt, lastActivity);
          const thread: { id: number; path: string; depth: number }[] = [];
          for (let c = 0; c < n; c++) {
            const parent = thread.length > 0 && rand() < REPLY_SHARE ? thread[Math.floor(rand() * thread.length)] : undefined;
            const depth = parent ? Math.min(parent.depth + 1, MAX_COMMENT_DEPTH - 1) : 0;
            const id = commentId++;
            const path = commentPath(parent ? parent.path : null, id);
            const comment = text(1, 6 + Math.floor(rand() * 20));
            insertComment.run(id, postId, user(), parent?.id ?? null, depth, path, comment.source, comment.html, createdAt + (c + 1) * 60_000);
            if (depth < MAX_COMMENT_DEPTH - 1) thread.push({ id, path, depth });
          }
          written += 1 + n;
        }
      })();
      progress(written);
    }
  });
  recountCounters(sqlite);
  return { boardId, firstPostId, hotPostId: firstPostId, users: userIds.length };
}

/** Comments per post: the first post gets the hot thread, the rest share what is left. */
function commentCounts(posts: number, comments: number, hot: number, rand: () => number): number[] {
  const counts = new Array<number>(posts).fill(0);
  if (posts === 0) return counts;
  counts[0] = Math.min(hot, comments);
  let left = comments - counts[0];
  const others = posts - 1;
  for (let i = 1; i <= others && left > 0; i++) {
    const mean = left / (others - i + 1);
    const n = i === others ? left : Math.min(left, Math.round(mean * 2 * rand()));
    counts[i] = n;
    left -= n;
  }
  if (left > 0) counts[0] += left;
  return counts;
}

function nextId(sqlite: Database.Database, table: "posts" | "comments"): number {
  return (sqlite.prepare(`SELECT coalesce(max(id), 0) + 1 FROM ${table}`).pluck().get() as number) ?? 1;
}

function ensureBoard(sqlite: Database.Database, slug: string): number {
  const existing = sqlite.prepare("SELECT id FROM boards WHERE slug = ?").pluck().get(slug) as number | undefined;
  if (existing) return existing;
  const position = sqlite.prepare("SELECT coalesce(max(position), 0) + 1 FROM boards").pluck().get() as number;
  const name = slug.charAt(0).toUpperCase() + slug.slice(1);
  return Number(sqlite.prepare("INSERT INTO boards (slug, name, position) VALUES (?, ?, ?)").run(slug, name, position).lastInsertRowid);
}

function makeUsers(sqlite: Database.Database, count: number): string[] {
  const insert = sqlite.prepare(
    "INSERT INTO users (id, username, username_key, name, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
  );
  const ids: string[] = [];
  sqlite.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const username = `reader${i}`;
      const id = crypto.randomUUID();
      const result = insert.run(id, username, usernameKey(username), `Reader ${i}`, Date.now() - YEAR_MS);
      ids.push(result.changes ? id : (sqlite.prepare("SELECT id FROM users WHERE username_key = ?").pluck().get(usernameKey(username)) as string));
    }
  })();
  return ids;
}
