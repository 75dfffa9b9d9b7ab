// The outbox admins read: paged newest first, and pruned of mails past their keeping time.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { enqueueMail } from "@/lib/mail/queue";
import { listOutbox, OUTBOX_KEEP_DAYS, OUTBOX_PAGE_SIZE, pruneOutbox } from "@/lib/mail/outbox";
import { resetDatabase } from "../../reset-database";

const DAY = 24 * 60 * 60 * 1000;
const queue = (to: string, at: Date) =>
  enqueueMail(getDb(), { kind: "password_reset", to, locale: "en", name: "Sora", link: "https://forum.example/reset-password/abc" }, at);

beforeEach(async () => {
  await resetDatabase();
});

describe("the outbox", () => {
  it("pages through every mail, newest first", async () => {
    const now = Date.now();
    for (let i = 0; i < OUTBOX_PAGE_SIZE + 3; i++) await queue(`m${i}@example.com`, new Date(now + i));
    const first = await listOutbox(1);
    expect(first.total).toBe(OUTBOX_PAGE_SIZE + 3);
    expect(first.mails).toHaveLength(OUTBOX_PAGE_SIZE);
    expect(first.mails[0]!.to).toBe(`m${OUTBOX_PAGE_SIZE + 2}@example.com`);
    expect((await listOutbox(2)).mails.map((m) => m.to)).toEqual(["m2@example.com", "m1@example.com", "m0@example.com"]);
  });

  it("drops mails older than its keeping time and keeps the rest", async () => {
    const now = Date.now();
    await queue("old@example.com", new Date(now - (OUTBOX_KEEP_DAYS + 1) * DAY));
    await queue("recent@example.com", new Date(now - (OUTBOX_KEEP_DAYS - 1) * DAY));
    expect(await pruneOutbox(now)).toBe(1);
    expect((await listOutbox()).mails.map((m) => m.to)).toEqual(["recent@example.com"]);
    expect(await pruneOutbox(now)).toBe(0);
  });
});
