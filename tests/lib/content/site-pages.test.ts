import { beforeEach, describe, expect, it } from "vitest";
import { findSessionUser } from "@/lib/accounts/members";
import { saveSitePage, storedSitePage } from "@/lib/content/site-pages";
import { setSiteIdentity, siteIdentity } from "@/lib/platform/site-identity";
import { makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

const user = async (role: "member" | "moderator" | "admin") => (await findSessionUser((await makeUser({ role })).id))!;

beforeEach(async () => {
  await resetDatabase();
});

describe("saveSitePage", () => {
  it("keeps an admin's text and HTML, and an empty text goes back to the default", async () => {
    const admin = await user("admin");
    expect(await storedSitePage("terms")).toBeNull();
    expect(await saveSitePage(admin, "terms", "Our rules", "<p>Our rules</p>")).toEqual({ ok: true });
    expect(await storedSitePage("terms")).toEqual({ source: "Our rules", html: "<p>Our rules</p>" });
    expect(await storedSitePage("privacy")).toBeNull();
    await saveSitePage(admin, "terms", "  \n", "");
    expect(await storedSitePage("terms")).toBeNull();
  });

  it.each(["member", "moderator"] as const)("refuses a %s", async (role) => {
    expect(await saveSitePage(await user(role), "terms", "Hijacked", "<p>Hijacked</p>")).toEqual({ ok: false, message: "adminOnly" });
    expect(await storedSitePage("terms")).toBeNull();
  });
});

describe("setSiteIdentity", () => {
  it("sets the name and logo for an admin, and empty values restore the defaults", async () => {
    const admin = await user("admin");
    expect(await siteIdentity()).toEqual({ name: null, logoUrl: null });
    await setSiteIdentity(admin, { name: "Table Talk", logoUrl: "/logo.png" });
    expect(await siteIdentity()).toEqual({ name: "Table Talk", logoUrl: "/logo.png" });
    await setSiteIdentity(admin, { name: "", logoUrl: "" });
    expect(await siteIdentity()).toEqual({ name: null, logoUrl: null });
  });

  it.each(["member", "moderator"] as const)("refuses a %s", async (role) => {
    expect(await setSiteIdentity(await user(role), { name: "Hijacked", logoUrl: "" })).toEqual({ ok: false, message: "adminOnly" });
    expect((await siteIdentity()).name).toBeNull();
  });
});
