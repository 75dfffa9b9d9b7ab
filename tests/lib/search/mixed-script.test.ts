// English words glued to Korean particles, as Koreans write them: the bare word finds them, and is marked in results.
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { posts } from "@/db/schema";
import { splitScripts } from "@/db/search-functions";
import { search, type SearchOutcome } from "@/lib/search/search";
import { makeBoard, makeComment, makePost, makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

/** [what a reader types, the text as written]: 34 pairs, title or body, particle or ending after the word. */
const PAIRS: [string, string][] = [
  ["Notion", "Notion이랑 Obsidian 중에 뭐가 나을까요"],
  ["Obsidian", "Notion이랑 Obsidian으로 메모 옮겼어요"],
  ["Notion", "주말에 Notion으로 가계부 만들기"],
  ["iPhone", "iPhone으로 찍은 사진"],
  ["Mac", "Mac에서 한글 입력이 느려요"],
  ["Windows", "Windows가 업데이트 후 느려졌어요"],
  ["Linux", "Linux를 처음 설치해 봤습니다"],
  ["Python", "Python은 처음인데 추천 책 있나요"],
  ["React", "React는 어렵지 않아요"],
  ["Excel", "Excel에 표를 붙여넣으면 깨져요"],
  ["YouTube", "YouTube에서 본 레시피"],
  ["Galaxy", "Galaxy와 아이폰 비교"],
  ["Chrome", "Chrome과 Firefox 둘 다 써요"],
  ["Firefox", "요즘은 Firefox도 빨라요"],
  ["Netflix", "Netflix만 보는 주말"],
  ["Kakao", "Kakao의 새 서비스"],
  ["Slack", "회사는 Slack을 씁니다"],
  ["Zoom", "Zoom으로 회의했어요"],
  ["GitHub", "GitHub에 올린 코드"],
  ["Docker", "Docker로 서버 띄우기"],
  ["iPad", "iPad랑 펜슬 샀어요"],
  ["AirPods", "AirPods까지 잃어버렸어요"],
  ["Spotify", "Spotify보다 멜론이 나아요"],
  ["Instagram", "Instagram처럼 보이게 하려면"],
  ["Tesla", "Tesla부터 타 봤어요"],
  ["Costco", "Costco에서만 파는 빵"],
  ["Starbucks", "Starbucks한테 쿠폰 받았어요"],
  ["Uber", "Uber하고 택시 중에"],
  ["Steam", "Steam에서도 할인해요"],
  ["Vim", "Vim이라면 단축키가 많죠"],
  ["ChatGPT", "ChatGPT한테 물어봤더니"],
  ["SSD", "SSD로 바꾸니 빨라졌어요"],
  ["Wi-Fi", "카페 Wi-Fi가 자꾸 끊겨요"],
  ["2024", "2024년 결산"],
];

const found = async (query: string): Promise<SearchOutcome & { ok: true }> => {
  const outcome = await search({ query });
  if (!outcome.ok) throw new Error(`expected results for ${query}, got ${outcome.problem}`);
  return outcome;
};

beforeEach(async () => {
  await resetDatabase();
});

describe("a Latin word glued to Hangul", () => {
  it.each(PAIRS)("%s finds “%s” in a title, with the word marked", async (query, text) => {
    const board = await makeBoard();
    const post = await makePost(board, await makeUser(), { title: text, body: "본문입니다." });
    await makePost(board, await makeUser(), { title: "관계없는 글", body: "다른 이야기" });
    const { results } = await found(query);
    expect(results.map((r) => r.id)).toEqual([post.id]);
    expect(results[0]!.titleHtml).toContain(`<mark>${query}</mark>`);
  });

  it.each(PAIRS)("%s finds “%s” in a comment's body", async (query, text) => {
    const board = await makeBoard();
    const post = await makePost(board, await makeUser(), { title: "질문", body: "본문" });
    const comment = await makeComment(post, await makeUser(), { body: `답글: ${text}` });
    const { results } = await found(query);
    expect(results.filter((r) => r.kind === "comment").map((r) => r.id)).toEqual([comment.id]);
  });

  it("does not match a longer English word that merely starts with the query", async () => {
    const board = await makeBoard();
    await makePost(board, await makeUser(), { title: "Machine에서 돌려요", body: "Notional한 이야기" });
    expect((await found("Mac")).results).toEqual([]);
    expect((await found("Notion")).results).toEqual([]);
  });

  it("keeps two-syllable substring search and Korean words with English inside", async () => {
    const board = await makeBoard();
    const post = await makePost(board, await makeUser(), { title: "Notion이랑 Obsidian", body: "메모앱 비교" });
    expect((await found("이랑")).results.map((r) => r.id)).toEqual([post.id]);
    expect((await found("모앱")).results.map((r) => r.id)).toEqual([post.id]);
    expect((await found("Notion이랑")).results.map((r) => r.id)).toEqual([post.id]);
  });

  it("indexes an edit, so a word glued in later is found and a word taken out is not", async () => {
    const board = await makeBoard();
    const post = await makePost(board, await makeUser(), { title: "메모앱", body: "Notion으로 정리" });
    expect((await found("Notion")).results.map((r) => r.id)).toEqual([post.id]);
    await getDb().update(posts).set({ bodySource: "Obsidian으로 정리" }).where(eq(posts.id, post.id));
    expect((await found("Notion")).results).toEqual([]);
    expect((await found("Obsidian")).results.map((r) => r.id)).toEqual([post.id]);
  });
});

describe("splitScripts", () => {
  it.each([
    ["Notion이랑 Obsidian", "Notion 이랑 Obsidian"],
    ["맥북Pro를", "맥북 Pro 를"],
    ["2024년", "2024 년"],
    ["plain English text", "plain English text"],
    ["순수한 한국어", "순수한 한국어"],
    ["Wi-Fi가", "Wi-Fi 가"],
    ["日本語와", "日本語 와"],
  ])("%s → %s", (text, split) => {
    expect(splitScripts(text)).toBe(split);
  });
});
