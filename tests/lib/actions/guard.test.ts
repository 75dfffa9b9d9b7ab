// The action spine (lib/actions/): who is refused, with which message, keeping what they typed; what never reaches lib/.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { formAction } from "@/lib/actions/form-action";
import { guard } from "@/lib/actions/guard";
import { asVisitor, formOf, signedInAs } from "../../action-calls";
import type { FormState } from "@/lib/forms";
import { HONEYPOT_FIELD } from "@/lib/spam/honeypot";
import { canAdminister, canModerate } from "@/lib/permissions";
import { signInFormInput } from "@/lib/validation/account";
import { commentEditInput } from "@/lib/validation/content";
import { id } from "@/lib/validation/ids";
import { moderationInput } from "@/lib/validation/moderation";
import { makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";
import { interruption } from "../../interruption";

// The token is what next-auth decoded from the cookie; these tests hand it over directly.
vi.mock("@/lib/auth/config", () => ({ auth: vi.fn() }));
// React's cache() memoises per request; here every call is its own request.
vi.mock("react", async (original) => ({ ...(await original<typeof import("react")>()), cache: <T>(fn: T) => fn }));
// Translation needs a request; the spine's answers are compared as catalogue keys.
vi.mock("@/lib/i18n/form-text", () => ({ answeringInText: <T>(action: T) => action }));


const commentEdit = { access: { as: "member" }, input: commentEditInput, fields: ["body"] } as const;
const removal = { access: { as: "member", may: canModerate, refusal: "notModerator" }, input: moderationInput, fields: ["note"] } as const;
const typedEdit = { body: "What I typed", commentId: "12" };
const typedRemoval = { targetType: "comment", targetId: "7", reason: "spam", note: "A note I typed" };

let member: string;
beforeEach(async () => {
  await resetDatabase();
  member = (await makeUser({ username: "sora" })).id;
});

describe("the guard's refusals keep what was typed", () => {
  it("refuses a visitor with the sign-in message", async () => {
    asVisitor();
    expect(await guard(formOf(typedEdit), commentEdit)).toEqual({ ok: false, refusal: { message: "signInToWrite", values: { body: "What I typed" } } });
  });

  it("refuses a suspended or banned member", async () => {
    signedInAs(member);
    for (const status of ["suspended", "banned"] as const) {
      await getDb().update(users).set({ status, statusUntil: new Date(Date.now() + 86_400_000) }).where(eq(users.id, member));
      expect(await guard(formOf(typedEdit), commentEdit)).toEqual({ ok: false, refusal: { message: "accountRestricted", values: { body: "What I typed" } } });
    }
  });

  it("refuses a member whom the permission does not allow, with its message", async () => {
    signedInAs(member);
    expect(await guard(formOf(typedRemoval), removal)).toEqual({ ok: false, refusal: { message: "notModerator", values: { note: "A note I typed" } } });
  });

  it("lets a moderator through, with the input parsed", async () => {
    signedInAs((await makeUser({ username: "mina", role: "moderator" })).id);
    const guarded = await guard(formOf(typedRemoval), removal);
    expect(guarded).toMatchObject({
      ok: true,
      actor: { username: "mina" },
      input: { targetType: "comment", targetId: 7, op: "remove", reason: "spam", note: "A note I typed" },
      values: { note: "A note I typed" },
    });
  });

  it("answers a filled honeypot with its message, before looking at the input", async () => {
    signedInAs(member);
    const form = formOf({ body: "", commentId: "x", [HONEYPOT_FIELD]: "https://spam.example" });
    expect(await guard(form, { ...commentEdit, honeypot: "submissionRefused" })).toEqual({ ok: false, refusal: { message: "submissionRefused", values: { body: "" } } });
  });
});

describe("a page's guard behaves as the page does", () => {
  const adminPage = { access: { as: "page", may: canAdminister, returnTo: "/admin/words" }, input: moderationInput } as const;

  it("sends a visitor to sign in, coming back to the page", async () => {
    asVisitor();
    expect(await interruption(() => guard(formOf(typedRemoval), adminPage))).toContain("/login?callbackUrl=%2Fadmin%2Fwords");
  });

  it("forbids a member who is not an admin", async () => {
    signedInAs(member);
    expect(await interruption(() => guard(formOf(typedRemoval), adminPage))).toContain("403");
  });

  it("lets a suspended member into their own settings, when the page allows it", async () => {
    signedInAs(member);
    await getDb().update(users).set({ status: "suspended", statusUntil: new Date(Date.now() + 86_400_000) }).where(eq(users.id, member));
    const settings = { access: { as: "page", returnTo: "/settings", allowSuspended: true }, input: commentEditInput } as const;
    expect(await guard(formOf(typedEdit), settings)).toMatchObject({ ok: true, actor: { status: "suspended" } });
    expect(await interruption(() => guard(formOf(typedEdit), { ...settings, access: { as: "page", returnTo: "/settings" } }))).toContain("403");
  });
});

describe("the schema stands between the form and lib/", () => {
  it.each(["0", "-1", "1e3", "1.5", "abc", "", " 12", "99999999999999999"])("refuses the id %j before the action runs", async (commentId) => {
    signedInAs(member);
    const write = vi.fn(async (): Promise<FormState> => ({ success: "saved" }));
    const saveComment = formAction(commentEdit, write);
    expect(await saveComment({}, formOf({ ...typedEdit, commentId }))).toEqual({ message: "invalidRequest", values: { body: "What I typed" } });
    expect(write).not.toHaveBeenCalled();
  });

  it("refuses a missing id too", async () => {
    signedInAs(member);
    expect(await guard(formOf({ body: "What I typed" }), commentEdit)).toMatchObject({ ok: false, refusal: { message: "invalidRequest" } });
  });

  it("shows a typed field's error beside it, and a hidden field's as the form's message", async () => {
    signedInAs((await makeUser({ username: "mina", role: "moderator" })).id);
    expect(await guard(formOf({ body: "  ", commentId: "12" }), commentEdit)).toEqual({
      ok: false,
      refusal: { errors: { body: "commentRequired" }, values: { body: "  " } },
    });
    expect(await guard(formOf({ ...typedRemoval, reason: "" }), removal)).toEqual({ ok: false, refusal: { message: "chooseReason", values: { note: "A note I typed" } } });
    // A restore needs no reason.
    expect(await guard(formOf({ ...typedRemoval, reason: "", op: "restore" }), removal)).toMatchObject({ ok: true, input: { op: "restore" } });
  });

  it("never hands a password back, though its error shows beside it", async () => {
    const signIn = { access: { as: "anyone" }, input: signInFormInput, fields: ["identifier"], secrets: ["password"] } as const;
    expect(await guard(formOf({ identifier: "sora", password: "" }), signIn)).toEqual({
      ok: false,
      refusal: { errors: { password: "passwordRequired" }, values: { identifier: "sora" } },
    });
  });

  it("hands a valid call to the action with its input parsed", async () => {
    signedInAs(member);
    const write = vi.fn(async (): Promise<FormState> => ({ success: "saved" }));
    const saveComment = formAction(commentEdit, write);
    expect(await saveComment({}, formOf(typedEdit))).toEqual({ success: "saved" });
    expect(write).toHaveBeenCalledWith(expect.objectContaining({ actor: expect.objectContaining({ id: member }), input: { body: "What I typed", commentId: 12 }, values: { body: "What I typed" } }));
  });
});

describe("id", () => {
  it("reads a positive safe integer from a form string", () => {
    expect(id.parse("1")).toBe(1);
    expect(id.parse("9007199254740991")).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each(["0", "-1", "1e3", "1.0", "abc", "", "007", "9007199254740993"])("refuses %j", (value) => {
    expect(id.safeParse(value).error?.issues[0]?.message).toBe("invalidRequest");
  });
});
