// Saving a member's settings: bio and signature go through the sanitising pipeline, and the signature reaches their posts.
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { first, getDb } from "@/db";
import { users } from "@/db/schema";
import { readSettings, saveSettings } from "@/lib/accounts/settings";
import { getPostAnyStatus } from "@/lib/content/posts";
import { makeBoard, makePost, makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

const base = { timeZone: null, dateStyle: "absolute", theme: "system", bio: "", signature: "" } as const;

beforeEach(() => resetDatabase());

describe("saveSettings", () => {
  it("renders bio and signature as sanitised Markdown: no scripts, no javascript: links, links marked as members'", async () => {
    const sora = await makeUser();
    await saveSettings(sora.id, { ...base, bio: "Hi <script>alert(1)</script> [x](javascript:alert(1)) **bold**", signature: "[site](https://sora.example)" });
    const row = (await first(getDb().select({ bioHtml: users.bioHtml, signatureHtml: users.signatureHtml }).from(users).where(eq(users.id, sora.id))))!;
    expect(row.bioHtml).toContain("<strong>bold</strong>");
    expect(row.bioHtml).not.toMatch(/<script|javascript:/i);
    expect(row.signatureHtml).toContain('rel="ugc nofollow noopener"');
  });

  it("says whether the signature or bio changed, since cached pages show them", async () => {
    const sora = await makeUser();
    expect(await saveSettings(sora.id, { ...base, signature: "— sora" })).toEqual({ signatureChanged: true, bioChanged: false });
    expect(await saveSettings(sora.id, { ...base, signature: "— sora", theme: "dark" })).toEqual({ signatureChanged: false, bioChanged: false });
    expect(await readSettings(sora.id)).toEqual({ ...base, theme: "dark", signature: "— sora" });
  });

  it("puts the signature under the member's posts, and nothing under others'", async () => {
    const sora = await makeUser();
    const minji = await makeUser();
    const board = await makeBoard();
    const mine = await makePost(board, sora);
    const theirs = await makePost(board, minji);
    await saveSettings(sora.id, { ...base, signature: "Sent from my *abacus*" });
    expect((await getPostAnyStatus(board.slug, mine.id))?.signatureHtml).toBe("<p>Sent from my <em>abacus</em></p>");
    expect((await getPostAnyStatus(board.slug, theirs.id))?.signatureHtml).toBe("");
  });
});
