// The admin's dropdowns show the value just saved. React resets a form after its action, and a select resets to the
// option it was first drawn with, so the role, word mode and "who may start threads" pickers used to snap back to the
// old value while "Saved." showed beside them.
import { describe, expect, it } from "vitest";
import { expectAccessible, openSignedIn, useBrowser } from "./helpers";
import { callFormAction, createUser, signIn } from "./http";
import { serverRows } from "./server-db";

const browser = useBrowser();

describe("an admin's saved choices stay shown", () => {
  it("a member's role", async () => {
    const admin = await createUser("dd_admin_role", { role: "admin" });
    const member = await createUser("dd_member");
    const page = await openSignedIn(browser(), "/admin/users", admin);
    const role = page.getByLabel(`Role of ${member.username}`);
    await role.selectOption("moderator");
    await page.getByRole("button", { name: `Save (${member.username})` }).click();
    await page.getByText("Role changed.").waitFor();
    // Give React's form reset its turn, then read what the control shows.
    await page.waitForTimeout(300);
    await expect(role.inputValue()).resolves.toBe("moderator");
    expect((await serverRows<{ role: string }>("SELECT role FROM users WHERE username = ?", member.username))[0]?.role).toBe("moderator");
    await page.reload();
    await expect(page.getByLabel(`Role of ${member.username}`).inputValue()).resolves.toBe("moderator");
    await page.context().close();
  });

  it("a banned word's mode", async () => {
    const admin = await createUser("dd_admin_word", { role: "admin" });
    const page = await openSignedIn(browser(), "/admin/words", admin);
    await page.getByLabel("Word or phrase").fill("ddsnapword");
    await page.getByLabel("What happens", { exact: true }).selectOption("block");
    await page.getByRole("button", { name: "Add word" }).click();
    const mode = page.getByLabel("What happens to “ddsnapword”");
    await mode.waitFor();
    await expect(mode.inputValue()).resolves.toBe("block");
    await mode.selectOption("review");
    await page.getByRole("button", { name: "Save (ddsnapword)" }).click();
    await page.getByRole("row", { name: /ddsnapword/ }).getByText("Saved.").waitFor();
    await page.waitForTimeout(300);
    await expect(mode.inputValue()).resolves.toBe("review");
    expect((await serverRows<{ mode: string }>("SELECT mode FROM banned_words WHERE word = 'ddsnapword'"))[0]?.mode).toBe("review");
    await expectAccessible(page);
    await page.context().close();
  });

  it("who may start threads on a board, and its new-member approval", async () => {
    const admin = await createUser("dd_admin_board", { role: "admin" });
    await callFormAction("/admin/boards", "app/admin/boards/actions.ts", "addBoard", { slug: "dd-board", name: "Snap board", description: "" }, await signIn(admin.username, admin.password));
    const [board] = await serverRows<{ id: number }>("SELECT id FROM boards WHERE slug = 'dd-board'");
    const page = await openSignedIn(browser(), "/admin/boards", admin);
    const who = page.locator(`#board-${board!.id}-postingRole`);
    await who.selectOption("moderator");
    await page.getByRole("button", { name: "Save (Snap board)" }).click();
    await page.getByText("Board saved.").waitFor();
    await page.waitForTimeout(300);
    await expect(who.inputValue()).resolves.toBe("moderator");
    expect((await serverRows<{ posting_role: string }>("SELECT posting_role FROM boards WHERE id = ?", board!.id))[0]?.posting_role).toBe("moderator");
    await page.context().close();
  });
});
