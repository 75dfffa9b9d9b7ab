// gnuboard's table list against the running server: an admin switches a board to it, visitors read its columns and
// sort by its headers without JavaScript, each thread shows the board's list under it, the board has its own search
// box, and the home page lists popular threads and the latest comments.
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, openPage, openSignedIn, useBrowser } from "./helpers";
import { ACTION_FILES, callFormAction, createSignedInUser, type TestUser } from "./http";
import { serverRow, serverRun } from "./server-db";

const browser = useBrowser();
const BOARDS = "app/admin/boards/actions.ts";
const SLUG = "st-table";
const NAME = "Table board";

let admin: TestUser;
let boardId: number;
const posts = {} as Record<"a" | "b" | "c", { id: number; title: string }>;
let commentId: number;

/** Sets counters straight in the server's database, as many readers and recommenders would. */
async function setCounts(postId: number, views: number, likes: number) {
  await serverRun("UPDATE posts SET view_count = ?, like_count = ? WHERE id = ?", views, likes, postId);
}

/** Sends a write again while the Markdown pool, still starting when this file runs first, says it is busy. */
async function whenNotBusy(send: () => ReturnType<typeof callFormAction>): ReturnType<typeof callFormAction> {
  for (let attempt = 1; ; attempt++) {
    const answer = await send();
    if (!answer.body.includes("The server is busy") || attempt === 10) return answer;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

async function publish(writer: TestUser, board: string, title: string, body: string): Promise<number> {
  const submissionKey = crypto.randomUUID();
  const answer = await whenNotBusy(() => callFormAction(`/b/${board}/write`, ACTION_FILES.write, "publishPost", { board, title, body, submissionKey }, writer.cookie));
  const id = Number(new RegExp(`/b/${board}/(\\d+)`).exec(answer.location ?? "")?.[1]);
  expect(id, answer.body.slice(0, 300)).toBeGreaterThan(0);
  return id;
}

const saveBoard = (listStyle: string, cookie: string, id = boardId, name = NAME) =>
  callFormAction("/admin/boards", BOARDS, "saveBoard", { boardId: String(id), name, description: "", postingRole: "member", approveNewMembers: "", listStyle }, cookie);

const listStyle = async (slug: string) => (await serverRow<{ list_style: string }>("SELECT list_style FROM boards WHERE slug = ?", slug)).list_style;

beforeAll(async () => {
  admin = await createSignedInUser("tb_admin", { role: "admin" });
  await callFormAction("/admin/boards", BOARDS, "addBoard", { slug: SLUG, name: NAME, description: "" }, admin.cookie);
  boardId = (await serverRow<{ id: number }>("SELECT id FROM boards WHERE slug = ?", SLUG)).id;
  const writers = await Promise.all(["tb_w1", "tb_w2", "tb_w3", "tb_w4"].map((name) => createSignedInUser(name)));
  posts.a = { title: "Table thread alpha", id: await publish(writers[0]!, SLUG, "Table thread alpha", "The zephyrquill sings in this board.") };
  posts.b = { title: "Table thread bravo", id: await publish(writers[1]!, SLUG, "Table thread bravo", "Bravo writes about mountain trails and camping gear.") };
  posts.c = { title: "Table thread charlie", id: await publish(writers[2]!, SLUG, "Table thread charlie", "Charlie keeps notes on sourdough starters and rye.") };
  await publish(writers[3]!, "free", "A free-board zephyrquill", "Another zephyrquill, in another board.");
  await setCounts(posts.a.id, 10, 0);
  await setCounts(posts.b.id, 1_000_000, 1);
  await setCounts(posts.c.id, 200, 5);
  const commenter = await createSignedInUser("tb_commenter");
  const submissionKey = crypto.randomUUID();
  const answer = await whenNotBusy(() =>
    callFormAction(`/b/${SLUG}/${posts.a.id}`, ACTION_FILES.thread, "addComment", { board: SLUG, postId: String(posts.a.id), body: "Latest comment marker amberfinch, **kept short**.", submissionKey }, commenter.cookie),
  );
  commentId = Number(/#comment-(\d+)/.exec(answer.location ?? "")?.[1]);
  expect(commentId).toBeGreaterThan(0);
});

describe("the list style setting", () => {
  it("is cards for a new board, and members and moderators cannot change it", async () => {
    expect(await listStyle(SLUG)).toBe("cards");
    const member = await createSignedInUser("tb_member");
    const moderator = await createSignedInUser("tb_mod", { role: "moderator" });
    for (const who of [member, moderator]) await saveBoard("table", who.cookie);
    expect(await listStyle(SLUG)).toBe("cards");
    expect(await saveBoard("table", "")).toMatchObject({ location: expect.stringContaining("/login") });
    expect(await listStyle(SLUG)).toBe("cards");
  });

  it("an admin switches the board to the table, which the admin form then shows", async () => {
    await saveBoard("table", admin.cookie);
    expect(await listStyle(SLUG)).toBe("table");
    expect(await serverRow<{ action: string; note: string }>("SELECT action, note FROM moderation_log ORDER BY id DESC LIMIT 1")).toEqual({ action: "board.list_style", note: "table" });
    const refused = await saveBoard("grid", admin.cookie);
    expect(refused.body).toContain("That request was not valid.");
    expect(await listStyle(SLUG)).toBe("table");
    const page = await openSignedIn(browser(), "/admin/boards", admin);
    expect(await page.locator(`#board-${boardId}-listStyle`).inputValue()).toBe("table");
    await expectAccessible(page);
    await page.context().close();
  });
});

describe("the table view", () => {
  it("shows number, title [comments], author, date, views and recommendations, and sorts by its headers without JavaScript", async () => {
    const page = await openPage(browser(), `/b/${SLUG}`, { javaScriptEnabled: false });
    const table = page.getByRole("table", { name: `Posts in ${NAME}` });
    expect(await table.getByRole("columnheader").allInnerTexts()).toEqual(["No.", "Title", "Author", "Date", "Views", "Recommended"]);
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBe(3);
    const alpha = rows.filter({ hasText: posts.a.title });
    expect(await alpha.innerText()).toContain("[1]");
    expect(await alpha.locator("td").first().innerText()).toBe(String(posts.a.id));
    const date = alpha.locator("time");
    expect(await date.innerText()).toMatch(/^\d{2}:\d{2}$/);
    expect(await date.getAttribute("title")).toMatch(/\d{4}.*UTC/);

    await table.getByRole("link", { name: "Views" }).click();
    await page.waitForURL(`**/b/${SLUG}?sort=views`);
    expect(await rows.first().innerText()).toContain(posts.b.title);
    expect(await page.getByRole("columnheader", { name: /Views/ }).getAttribute("aria-sort")).toBe("descending");
    expect(await rows.nth(1).innerText()).toMatch(/200\s+5$/);

    await page.getByRole("link", { name: "Recommended", exact: true }).click();
    await page.waitForURL(`**/b/${SLUG}?sort=recommended`);
    expect(await rows.first().innerText()).toContain(posts.c.title);
    await page.context().close();
  });

  it("speaks Korean and passes axe", async () => {
    const page = await openPage(browser(), `/b/${SLUG}`, { locale: "ko-KR" });
    const table = page.getByRole("table", { name: `${NAME} 글 목록` });
    expect(await table.getByRole("columnheader").allInnerTexts()).toEqual(["번호", "제목", "글쓴이", "날짜", "조회", "추천"]);
    await expectAccessible(page);
    await page.context().close();
  });

  it("keeps title, author and date at 390 px, inside the page's width", async () => {
    const page = await openPage(browser(), `/b/${SLUG}`, { viewport: { width: 390, height: 844 } });
    const table = page.getByRole("table", { name: `Posts in ${NAME}` });
    expect(await table.getByRole("columnheader").allInnerTexts()).toEqual(["Title", "Author", "Date"]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await page.context().close();
  });
});

describe("the board's list under a thread", () => {
  it("shows the page holding the thread, the thread marked as current", async () => {
    const page = await openPage(browser(), `/b/${SLUG}/${posts.b.id}`, { javaScriptEnabled: false });
    const region = page.getByRole("region", { name: `${NAME} list` });
    expect(await region.locator("tbody tr").count()).toBe(3);
    expect(await region.getByRole("link", { name: posts.b.title }).getAttribute("aria-current")).toBe("page");
    expect(await region.getByRole("link", { name: posts.a.title }).getAttribute("aria-current")).toBeNull();
    await region.getByRole("link", { name: posts.c.title }).click();
    await page.waitForURL(`**/b/${SLUG}/${posts.c.id}`);
    expect(await page.getByRole("region", { name: `${NAME} list` }).getByRole("link", { name: posts.c.title }).getAttribute("aria-current")).toBe("page");
    await page.context().close();
  });

  it("passes axe, and a cards board shows no list under its threads", async () => {
    const page = await openPage(browser(), `/b/${SLUG}/${posts.a.id}`);
    await expectAccessible(page);
    const free = await serverRow<{ id: number }>("SELECT p.id FROM posts p JOIN boards b ON b.id = p.board_id WHERE b.slug = 'free' AND p.status = 'published' ORDER BY p.id DESC LIMIT 1");
    await page.goto(`/b/free/${free.id}`);
    expect(await page.getByRole("region", { name: "Free talk list" }).count()).toBe(0);
    expect(await page.getByRole("table").count()).toBe(0);
    await page.context().close();
  });
});

describe("the board's own search box", () => {
  it("searches this board only, without JavaScript, and widens to all boards", async () => {
    const page = await openPage(browser(), `/b/${SLUG}`, { javaScriptEnabled: false });
    const form = page.getByRole("search", { name: `Search ${NAME}` });
    await form.getByRole("searchbox").fill("zephyrquill");
    await form.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(`**/search?board=${SLUG}&q=zephyrquill`);
    expect(await page.getByText("1 result", { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: posts.a.title }).count()).toBe(1);
    await page.getByRole("link", { name: "Search all boards" }).click();
    await page.waitForURL("**/search?q=zephyrquill");
    expect(await page.getByText("2 results", { exact: true }).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe("the home page", () => {
  it("lists the week's popular threads and the latest comments, linked on their comment page", async () => {
    const page = await openPage(browser(), "/", { javaScriptEnabled: false });
    const popular = page.getByRole("region", { name: "Popular this week" });
    expect(await popular.getByRole("listitem").first().innerText()).toContain(posts.b.title);
    const latest = page.getByRole("region", { name: "Latest comments" });
    const link = latest.getByRole("link", { name: "Latest comment marker amberfinch, kept short." });
    expect(await link.getAttribute("href")).toBe(`/b/${SLUG}/${posts.a.id}#comment-${commentId}`);
    await link.click();
    await page.waitForURL(`**/b/${SLUG}/${posts.a.id}#comment-${commentId}`);
    expect(await page.locator(`#comment-${commentId}`).count()).toBe(1);
    await page.context().close();
  });

  it("drops a removed comment from the latest comments at once, and passes axe", async () => {
    const moderator = await createSignedInUser("tb_remover", { role: "moderator" });
    await callFormAction(`/b/${SLUG}/${posts.a.id}`, ACTION_FILES.moderation, "moderateContent", { board: SLUG, targetType: "comment", targetId: String(commentId), op: "remove", reason: "spam" }, moderator.cookie);
    expect((await serverRow<{ status: string }>("SELECT status FROM comments WHERE id = ?", commentId)).status).toBe("removed");
    const page = await openPage(browser(), "/");
    expect(await page.getByRole("region", { name: "Latest comments" }).innerText()).not.toContain("amberfinch");
    await expectAccessible(page);
    await page.context().close();
  });
});

