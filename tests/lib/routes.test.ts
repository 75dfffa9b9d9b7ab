// The site's URLs: where signing out lands.
import { describe, expect, it } from "vitest";
import { afterSignOut } from "@/lib/routes";

describe("afterSignOut", () => {
  it.each(["/", "/b/free", "/b/free?page=3", "/b/free/12?cpage=2#comment-5", "/u/minji", "/search?q=tea", "/mod/log", "/b/free/12/history"])(
    "stays on %s, which a visitor may read",
    (path) => expect(afterSignOut(path)).toBe(path),
  );

  it.each(["/settings", "/notifications", "/admin/users", "/admin/boards?x=1", "/mod/queue", "/b/free/write", "/b/free/12/edit", "/login?callbackUrl=%2F", "/register", "/setup/abc", "/reset-password/abc", "/verify-email/abc", "/forgot-password"])(
    "goes home from %s, which only a member may open",
    (path) => expect(afterSignOut(path)).toBe("/"),
  );
});
