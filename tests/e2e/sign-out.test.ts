// Signing out against the running server: the old session cookie stops working at once, not 30 days later.
import { describe, expect, it } from "vitest";
import { baseURL } from "./helpers";
import { createSignedInUser, getPage } from "./http";

describe("signing out", () => {
  it("retires the session token, so a copy of the cookie no longer signs anyone in", async () => {
    const user = await createSignedInUser("so_member");
    expect((await getPage("/settings", user.cookie)).status).toBe(200);
    const csrf = await fetch(`${baseURL()}/api/auth/csrf`, { headers: { cookie: user.cookie } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = [user.cookie, ...csrf.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
    const out = await fetch(`${baseURL()}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: baseURL() },
      body: new URLSearchParams({ csrfToken }),
    });
    expect(out.status).toBeLessThan(400);
    // The cookie as it was before signing out: someone who copied it gets nothing.
    const after = await getPage("/settings", user.cookie);
    expect(after.status).not.toBe(200);
    expect(after.location).toMatch(/\/login/);
  });
});
