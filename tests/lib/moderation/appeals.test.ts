// Appeals: who may file one (only the sanctioned member, one open per sanction), who may answer (moderators only),
// and what answering does: the log, the member's status, the member's notice. Through the lib and the actions.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { desc } from "drizzle-orm";
import { first, getDb } from "@/db";
import { moderationLog } from "@/db/schema";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { listNotifications, noticeText } from "@/lib/accounts/notifications";
import { translatorFor } from "@/lib/accounts/notice-mail";
import { asVisitor, formOf, signedInAs } from "../../action-calls";
import { appealToken, appealTokenUser, APPEAL_LINK_TTL_MS } from "@/lib/auth/appeal-link";
import { answerAppeal, fileAppeal, openAppeals, sanctionInForce } from "@/lib/moderation/appeals";
import { banUser, liftSanction, suspendUser } from "@/lib/moderation/sanctions";
import { waitingCount } from "@/lib/moderation/reports";
import { makeUser } from "../../factories";
import { resetDatabase } from "../../reset-database";

vi.mock("@/lib/auth/config", () => ({ auth: vi.fn() }));
vi.mock("react", async (original) => ({ ...(await original<typeof import("react")>()), cache: <T>(fn: T) => fn }));
// Answers are compared as catalogue keys: the translator hands keys back.
vi.mock("next-intl/server", () => ({ getTranslations: async () => Object.assign((key: string) => key, { has: () => true }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { to });
  },
}));

const { answerAppealAction } = await import("@/app/mod/queue/actions");
const { submitAppeal } = await import("@/app/appeal/actions");

const lastLogEntry = () =>
  first(getDb().select({ action: moderationLog.action, note: moderationLog.note, targetId: moderationLog.targetId }).from(moderationLog).orderBy(desc(moderationLog.id)));
const user = async (name: string, role: "member" | "moderator" | "admin" = "member") => (await findSessionUser((await makeUser({ username: name, role })).id))!;
const fresh = async (u: SessionUser) => (await findSessionUser(u.id))!;
const APPEAL = "I did not write spam, please look again.";

let sora: SessionUser;
let minji: SessionUser;
let mod: SessionUser;

beforeEach(async () => {
  await resetDatabase();
  sora = await user("sora");
  minji = await user("minji");
  mod = await user("modkim", "moderator");
});

describe("filing an appeal", () => {
  it("is for the sanctioned member, about the sanction in force, once at a time", async () => {
    expect((await suspendUser(mod, sora.id, 7, "Flooding the free board")).ok).toBe(true);
    expect(await sanctionInForce(sora.id)).toMatchObject({ status: "suspended", reason: "Flooding the free board" });
    const filed = await fileAppeal(await fresh(sora), APPEAL);
    expect(filed.ok).toBe(true);
    expect(await fileAppeal(await fresh(sora), "Again, please look again.")).toEqual({ ok: false, message: "appealAlreadyOpen", messageValues: undefined });
    expect(await openAppeals()).toHaveLength(1);
    expect((await openAppeals())[0]).toMatchObject({ body: APPEAL, user: { username: "sora", status: "suspended", reason: "Flooding the free board" } });
    // Waiting appeals count in the queue badge.
    expect(await waitingCount()).toBe(1);
  });

  it("is refused to active members, visitors, and once a suspension has run out", async () => {
    expect(await fileAppeal(minji, APPEAL)).toMatchObject({ ok: false, message: "appealNotSanctioned" });
    expect(await fileAppeal(null, APPEAL)).toMatchObject({ ok: false, message: "appealNotSanctioned" });
    await suspendUser(mod, sora.id, 1, "x", Date.now() - 2 * 86_400_000);
    expect(await fileAppeal(await fresh(sora), APPEAL)).toMatchObject({ ok: false, message: "appealNotSanctioned" });
  });

  it("is not filed twice against a sanction the moderators kept, but opens again for a new sanction", async () => {
    await suspendUser(mod, sora.id, 7, "first");
    const first = await fileAppeal(await fresh(sora), APPEAL);
    expect(first.ok && (await answerAppeal(mod, first.id, "uphold", "No.")).ok).toBe(true);
    expect(await fileAppeal(await fresh(sora), APPEAL)).toMatchObject({ ok: false, message: "appealAlreadyAnswered" });
    await liftSanction(mod, sora.id);
    await banUser(mod, sora.id, "second");
    expect((await fileAppeal(await fresh(sora), APPEAL)).ok).toBe(true);
  });
});

describe("answering an appeal", () => {
  it("lifting: the member is active again, the log has the answer, the member is told in their language", async () => {
    await banUser(mod, sora.id, "spam");
    const filed = await fileAppeal(await fresh(sora), APPEAL);
    if (!filed.ok) throw new Error("not filed");
    expect(await answerAppeal(mod, filed.id, "lift", "Our mistake, sorry.")).toMatchObject({ ok: true });
    expect((await fresh(sora)).status).toBe("active");
    expect(await lastLogEntry()).toEqual({ action: "appeal_lift", note: "Our mistake, sorry.", targetId: sora.id });
    const [notice] = await listNotifications(sora.id, 1);
    expect(notice).toMatchObject({ kind: "appeal_answer", postId: null });
    expect(noticeText(translatorFor("en"), notice!)).toBe("The moderators lifted your sanction: “Our mistake, sorry.”");
    expect(noticeText(translatorFor("ko"), notice!)).toBe("운영진이 회원님의 조치를 해제했습니다: “Our mistake, sorry.”");
    expect(await answerAppeal(mod, filed.id, "uphold", "Changed my mind")).toMatchObject({ ok: false, message: "appealAnswered" });
    expect(await waitingCount()).toBe(0);
  });

  it("upholding: the sanction stays, and the member cannot open another appeal against it", async () => {
    await suspendUser(mod, sora.id, 7, "rude");
    const filed = await fileAppeal(await fresh(sora), APPEAL);
    if (!filed.ok) throw new Error("not filed");
    expect((await answerAppeal(mod, filed.id, "uphold", "The comments were rude.")).ok).toBe(true);
    expect((await fresh(sora)).status).toBe("suspended");
    expect((await lastLogEntry())?.action).toBe("appeal_uphold");
    expect(noticeText(translatorFor("en"), (await listNotifications(sora.id, 1))[0]!)).toBe("The moderators answered your appeal and kept the sanction: “The comments were rude.”");
  });

  it("is refused to members, and to a moderator for another moderator's sanction (admins only)", async () => {
    await suspendUser(mod, sora.id, 7, "x");
    const filed = await fileAppeal(await fresh(sora), APPEAL);
    if (!filed.ok) throw new Error("not filed");
    expect(await answerAppeal(minji, filed.id, "lift", "sure")).toMatchObject({ ok: false, message: "notModerator" });
    expect(await answerAppeal(await fresh(sora), filed.id, "lift", "I lift my own")).toMatchObject({ ok: false, message: "notModerator" });
    expect((await fresh(sora)).status).toBe("suspended");
    const admin = await user("boss", "admin");
    const otherMod = await user("mod2", "moderator");
    await suspendUser(admin, otherMod.id, 3, "x");
    const modAppeal = await fileAppeal(await fresh(otherMod), APPEAL);
    if (!modAppeal.ok) throw new Error("not filed");
    expect(await answerAppeal(mod, modAppeal.id, "lift", "colleague")).toMatchObject({ ok: false, message: "cannotSanction" });
    expect((await answerAppeal(admin, modAppeal.id, "lift", "ok")).ok).toBe(true);
  });
});

describe("the actions", () => {
  it("answer only for moderators: a visitor and a member are refused and nothing changes", async () => {
    await suspendUser(mod, sora.id, 7, "x");
    const filed = await fileAppeal(await fresh(sora), APPEAL);
    if (!filed.ok) throw new Error("not filed");
    const form = formOf({ appealId: String(filed.id), outcome: "lift", answer: "ok" });
    asVisitor();
    expect(await answerAppealAction({}, form)).toMatchObject({ message: "signInToWrite" });
    signedInAs(minji.id);
    expect(await answerAppealAction({}, form)).toMatchObject({ message: "notModerator" });
    signedInAs(sora.id);
    expect(await answerAppealAction({}, form)).toMatchObject({ message: "accountRestricted" });
    expect((await fresh(sora)).status).toBe("suspended");
    signedInAs(mod.id);
    expect(await answerAppealAction({}, formOf({ appealId: String(filed.id), outcome: "lift", answer: "" }))).toMatchObject({ errors: { answer: "answerRequired" } });
    expect(await answerAppealAction({}, form)).toMatchObject({ success: "answeredLifted" });
    expect((await fresh(sora)).status).toBe("active");
  });

  it("file for the signed-in sanctioned member, and refuse visitors and active members, keeping what they typed", async () => {
    await suspendUser(mod, sora.id, 7, "x");
    asVisitor();
    expect(await submitAppeal({}, formOf({ body: APPEAL }))).toEqual({ message: "appealNotSanctioned", values: { body: APPEAL } });
    signedInAs(minji.id);
    expect(await submitAppeal({}, formOf({ body: APPEAL }))).toEqual({ message: "appealNotSanctioned", values: { body: APPEAL } });
    signedInAs(sora.id);
    expect(await submitAppeal({}, formOf({ body: "short" }))).toMatchObject({ errors: { body: "appealTooShort" }, values: { body: "short" } });
    await expect(submitAppeal({}, formOf({ body: APPEAL }))).rejects.toMatchObject({ to: "/appeal?sent=1" });
    expect(await openAppeals()).toHaveLength(1);
  });

  it("let a banned member without a session file through a valid signed link only", async () => {
    await banUser(mod, sora.id, "spam");
    asVisitor();
    expect(await submitAppeal({}, formOf({ body: APPEAL, t: "forged.123.abc" }))).toMatchObject({ message: "appealNotSanctioned" });
    const expired = appealToken(sora.id, Date.now() - APPEAL_LINK_TTL_MS - 1000);
    expect(await submitAppeal({}, formOf({ body: APPEAL, t: expired }))).toMatchObject({ message: "appealNotSanctioned" });
    // A link made for an active member files nothing: the link is for bans.
    expect(await submitAppeal({}, formOf({ body: APPEAL, t: appealToken(minji.id) }))).toMatchObject({ message: "appealNotSanctioned" });
    const token = appealToken(sora.id);
    await expect(submitAppeal({}, formOf({ body: APPEAL, t: token }))).rejects.toMatchObject({ to: `/appeal?t=${encodeURIComponent(token)}&sent=1` });
    expect(await openAppeals()).toHaveLength(1);
  });
});

describe("appeal links", () => {
  it("name their member until they expire, and refuse any change", () => {
    const now = Date.now();
    const token = appealToken(sora.id, now);
    expect(appealTokenUser(token, now)).toBe(sora.id);
    expect(appealTokenUser(token, now + APPEAL_LINK_TTL_MS + 1)).toBeNull();
    const [, expiry, sig] = token.split(".");
    expect(appealTokenUser(`${minji.id}.${expiry}.${sig}`, now)).toBeNull();
    expect(appealTokenUser(`${sora.id}.${Number(expiry) + 1_000_000}.${sig}`, now)).toBeNull();
    expect(appealTokenUser("", now)).toBeNull();
  });
});
