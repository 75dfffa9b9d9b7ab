import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { MEMBER_SUGGESTIONS_MAX, MEMBER_SUGGESTIONS_PER_MINUTE, suggestionWait, suggestMembers } from "@/lib/accounts/member-suggestions";
import { makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

beforeEach(async () => {
  await resetDatabase();
});

describe("suggestMembers", () => {
  it("matches the start of a username or a display name, at most 8, names only", async () => {
    for (let i = 0; i < 12; i++) await makeUser({ username: `abby${i}` });
    await makeUser({ username: "zed", name: "Abigail Zed" });
    const found = await suggestMembers("ab");
    expect(found).toHaveLength(MEMBER_SUGGESTIONS_MAX);
    for (const member of found) expect(Object.keys(member).sort()).toEqual(["name", "username"]);
    expect(await suggestMembers("abig")).toEqual([{ username: "zed", name: "Abigail Zed" }]);
  });

  it("needs two characters, leaves banned members out, and takes % and _ literally", async () => {
    await makeUser({ username: "sora" });
    const banned = await makeUser({ username: "sorabot" });
    await getDb().update(users).set({ status: "banned" }).where(eq(users.id, banned.id));
    expect(await suggestMembers("s")).toEqual([]);
    expect((await suggestMembers("so")).map((m) => m.username)).toEqual(["sora"]);
    expect(await suggestMembers("%%")).toEqual([]);
    expect(await suggestMembers("s_ra")).toEqual([]);
  });

  it(`allows ${MEMBER_SUGGESTIONS_PER_MINUTE} look-ups a minute per member`, async () => {
    for (let i = 0; i < MEMBER_SUGGESTIONS_PER_MINUTE; i++) expect(await suggestionWait("member-a")).toBeNull();
    expect(await suggestionWait("member-a")).toBeGreaterThan(0);
    expect(await suggestionWait("member-b")).toBeNull();
  });
});
