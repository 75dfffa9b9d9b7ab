import { beforeEach, describe, expect, it } from "vitest";
import { findSessionUser } from "@/lib/accounts/members";
import { saveSitePage, storedSitePage } from "@/lib/content/site-pages";
import { setSiteIdentity, siteIdentity } from "@/lib/platform/site-identity";
import { makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

const user = (role: "member" | "moderator" | "admin") => findSessionUser(makeUser({ role }).id)!;

beforeEach(() => {
  resetDatabase();
});

describe("saveSitePage", () => {
  it("keeps an admin's text and HTML, and an empty text goes back to the default", () => {
    const admin = user("admin");
    expect(storedSitePage("terms")).toBeNull();
    expect(saveSitePage(admin, "terms", "Our rules", "<p>Our rules</p>")).toEqual({ ok: true });
    expect(storedSitePage("terms")).toEqual({ source: "Our rules", html: "<p>Our rules</p>" });
    expect(storedSitePage("privacy")).toBeNull();
    saveSitePage(admin, "terms", "  \n", "");
    expect(storedSitePage("terms")).toBeNull();
  });

  it.each(["member", "moderator"] as const)("refuses a %s", (role) => {
    expect(saveSitePage(user(role), "terms", "Hijacked", "<p>Hijacked</p>")).toEqual({ ok: false, message: "adminOnly" });
    expect(storedSitePage("terms")).toBeNull();
  });
});

describe("setSiteIdentity", () => {
  it("sets the name and logo for an admin, and empty values restore the defaults", () => {
    const admin = user("admin");
    expect(siteIdentity()).toEqual({ name: null, logoUrl: null });
    setSiteIdentity(admin, { name: "Table Talk", logoUrl: "/logo.png" });
    expect(siteIdentity()).toEqual({ name: "Table Talk", logoUrl: "/logo.png" });
    setSiteIdentity(admin, { name: "", logoUrl: "" });
    expect(siteIdentity()).toEqual({ name: null, logoUrl: null });
  });

  it.each(["member", "moderator"] as const)("refuses a %s", (role) => {
    expect(setSiteIdentity(user(role), { name: "Hijacked", logoUrl: "" })).toEqual({ ok: false, message: "adminOnly" });
    expect(siteIdentity().name).toBeNull();
  });
});
