// Board names per interface language against the running server: Korean readers see the Korean names, English
// readers the board's own, both through the visitor page cache, and an admin's rename shows at once in each.
import { describe, expect, it } from "vitest";
import { baseURL, expectAccessible, openPage, useBrowser } from "./helpers";
import { callFormAction, createUser, signIn } from "./http";
import { serverRows } from "./server-db";

const BOARDS = "app/admin/boards/actions.ts";
const browser = useBrowser();

/** A visitor's page in one language, as its HTML. */
async function visitorHtml(path: string, language: "en" | "ko"): Promise<string> {
  const response = await fetch(`${baseURL()}${path}`, { headers: { "accept-language": language, "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/130" } });
  expect(response.status).toBe(200);
  return response.text();
}
const heading = (html: string) => html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1];

describe("board names in the reader's language", () => {
  it("the demo boards read in Korean for Korean readers, on the home page and the board page", async () => {
    const page = await openPage(browser(), "/", { locale: "ko-KR" });
    const main = page.getByRole("main");
    for (const name of ["공지사항", "건강", "자유게시판", "질문답변"]) await main.getByRole("link", { name, exact: true }).waitFor();
    await expect(main.getByText("Free talk", { exact: true }).count()).resolves.toBe(0);
    await main.getByRole("link", { name: "자유게시판", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "자유게시판" }).waitFor();
    await expect(page.getByText("무엇이든 자유롭게 이야기해요.").count()).resolves.toBe(1);
    await expect(page.getByText("Talk about anything.").count()).resolves.toBe(0);
    await expectAccessible(page);
    await page.context().close();
  });

  it("an admin's Korean name shows at once to Korean visitors and not to English ones", async () => {
    const admin = await createUser("bn_admin", { role: "admin" });
    const cookie = await signIn(admin.username, admin.password);
    await callFormAction("/admin/boards", BOARDS, "addBoard", { slug: "bn-board", name: "Gardening", description: "Plants and soil." }, cookie);
    const [board] = await serverRows<{ id: number }>("SELECT id FROM boards WHERE slug = 'bn-board'");
    // Both languages read once, so the cache holds the old names.
    expect(heading(await visitorHtml("/b/bn-board", "ko"))).toBe("Gardening");
    expect(heading(await visitorHtml("/b/bn-board", "en"))).toBe("Gardening");
    const saved = await callFormAction("/admin/boards", BOARDS, "saveBoard", {
      boardId: String(board!.id), name: "Gardening", description: "Plants and soil.", translations: "ko", name_ko: "원예", description_ko: "식물과 흙 이야기.", postingRole: "member", approveNewMembers: "",
    }, cookie);
    expect(saved.status).toBe(200);
    const korean = await visitorHtml("/b/bn-board", "ko");
    expect(heading(korean)).toBe("원예");
    expect(korean).toContain("식물과 흙 이야기.");
    const english = await visitorHtml("/b/bn-board", "en");
    expect(heading(english)).toBe("Gardening");
    expect(english).not.toContain("원예");
  });

  it("a member cannot set a board's Korean name", async () => {
    const member = await createUser("bn_member");
    const [board] = await serverRows<{ id: number }>("SELECT id FROM boards WHERE slug = 'free'");
    await callFormAction("/admin/boards", BOARDS, "saveBoard", {
      boardId: String(board!.id), name: "Free talk", description: "Talk about anything.", translations: "ko", name_ko: "해킹됨", description_ko: "", postingRole: "member", approveNewMembers: "",
    }, await signIn(member.username, member.password));
    expect((await serverRows<{ name: string }>("SELECT name FROM board_translations WHERE board_id = ? AND locale = 'ko'", board!.id))[0]?.name).toBe("자유게시판");
  });
});
