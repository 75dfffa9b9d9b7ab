// The async data layer over SQLite keeps a transaction's guarantees: what it writes is invisible to every other
// request until it commits, one transaction runs at a time, and counters never drift under concurrent writes.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, getSqlite, withWriter } from "@/db";
import { boards, posts } from "@/db/schema";
import { findSessionUser, type SessionUser } from "@/lib/accounts/members";
import { createComment, deleteComment } from "@/lib/content/commenting";
import { createPost } from "@/lib/content/posting";
import { makeBoard, makeUser } from "../factories";
import { counterMismatches, valueOf } from "../queries";
import { resetDatabase } from "../reset-database";
import { usesPostgres } from "@/db/engine";

/** A real turn of the event loop, so that other requests' work runs while a transaction is open. */
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

const boardNamed = async (slug: string) =>
  (await getDb().select({ name: boards.name }).from(boards).where(eq(boards.slug, slug)))[0]?.name;

describe("transactions on the async data layer", () => {
  beforeEach(async () => {
    await resetDatabase();
    await makeBoard({ slug: "free", name: "Free" });
  });

  it("hides a transaction's writes from other requests until it commits", async () => {
    const db = getDb();
    const seenOutside: (string | undefined)[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));

    const writing = db.transaction(async (tx) => {
      await tx.update(boards).set({ name: "Renamed" }).where(eq(boards.slug, "free"));
      // Its own reads see its own write.
      expect((await tx.select({ name: boards.name }).from(boards).where(eq(boards.slug, "free")))[0]?.name).toBe("Renamed");
      await held;
    });
    await nextTick();
    seenOutside.push(await boardNamed("free"));
    release();
    await writing;
    seenOutside.push(await boardNamed("free"));

    expect(seenOutside).toEqual(["Free", "Renamed"]);
  });

  it("leaves nothing behind when a transaction throws", async () => {
    const db = getDb();
    await expect(
      db.transaction(async (tx) => {
        await tx.update(boards).set({ name: "Half-done" }).where(eq(boards.slug, "free"));
        await nextTick();
        throw new Error("refused halfway");
      }),
    ).rejects.toThrow("refused halfway");
    expect(await boardNamed("free")).toBe("Free");
  });

  // SQLite only: the writer connection itself.
  it.skipIf(usesPostgres())("leaves the SQLite writer out of its transaction after a rollback", async () => {
    await expect(getDb().transaction(async () => Promise.reject(new Error("refused")))).rejects.toThrow("refused");
    expect(getSqlite().inTransaction).toBe(false);
  });

  it("rolls back only a nested transaction that throws", async () => {
    const db = getDb();
    await db.transaction(async (tx) => {
      await tx.update(boards).set({ name: "Outer" }).where(eq(boards.slug, "free"));
      await expect(
        tx.transaction(async (inner) => {
          await inner.update(boards).set({ name: "Inner" }).where(eq(boards.slug, "free"));
          throw new Error("inner refused");
        }),
      ).rejects.toThrow("inner refused");
    });
    expect(await boardNamed("free")).toBe("Outer");
  });

  // SQLite only: one writer, so transactions queue; PostgreSQL runs them side by side under row locks.
  it.skipIf(usesPostgres())("runs one transaction at a time: the second begins after the first commits and sees its write", async () => {
    const db = getDb();
    const order: string[] = [];
    const first = db.transaction(async (tx) => {
      order.push("first begins");
      await tx.update(boards).set({ name: "First" }).where(eq(boards.slug, "free"));
      await nextTick();
      order.push("first ends");
    });
    const second = db.transaction(async (tx) => {
      order.push("second begins");
      const seen = (await tx.select({ name: boards.name }).from(boards).where(eq(boards.slug, "free")))[0]?.name;
      order.push(`second sees ${seen}`);
    });
    await Promise.all([first, second]);
    expect(order).toEqual(["first begins", "first ends", "second begins", "second sees First"]);
  });

  /** A transaction that writes "Doomed" and rolls back when `rollBack()` is called. */
  function doomedTransaction() {
    let rollBack!: () => void;
    const decided = new Promise<void>((resolve) => (rollBack = resolve));
    const failing = getDb()
      .transaction(async (tx) => {
        await tx.update(boards).set({ name: "Doomed" }).where(eq(boards.slug, "free"));
        await decided;
        throw new Error("rolled back");
      })
      .catch(() => "rolled back");
    return { failing, rollBack };
  }

  it("makes a lone write wait for an open transaction instead of joining it", async () => {
    const db = getDb();
    const { failing, rollBack } = doomedTransaction();
    await nextTick();
    // Written outside any transaction while the other is open (then() starts it now): it must survive that one's rollback.
    const lone = db.update(boards).set({ description: "kept" }).where(eq(boards.slug, "free")).then(() => "written");
    await nextTick();
    rollBack();
    expect(await failing).toBe("rolled back");
    expect(await lone).toBe("written");
    const row = (await db.select().from(boards).where(eq(boards.slug, "free")))[0];
    expect(row).toMatchObject({ name: "Free", description: "kept" });
  });

  // SQLite only: withWriter() is the raw SQLite writer.
  it.skipIf(usesPostgres())("makes raw work on the SQLite writer wait for an open transaction too", async () => {
    const { failing, rollBack } = doomedTransaction();
    await nextTick();
    const raw = withWriter((sqlite) => sqlite.prepare("UPDATE boards SET position = 42 WHERE slug = 'free'").run());
    rollBack();
    expect(await failing).toBe("rolled back");
    await raw;
    const row = (await getDb().select().from(boards).where(eq(boards.slug, "free")))[0];
    expect(row).toMatchObject({ name: "Free", position: 42 });
  });

  it("keeps every counter right under concurrent comments and deletions", async () => {
    const members: SessionUser[] = [];
    for (let i = 0; i < 6; i++) {
      const row = await makeUser({ username: `writer${i}`, createdAt: new Date(Date.now() - 30 * 86_400_000) });
      members.push((await findSessionUser(row.id))!);
    }
    const post = await createPost(members[0]!, "free", { title: "Busy thread", body: "Talk here" }, null);
    if (!post.ok) throw new Error(post.message);

    // Each member writes three comments an interval apart in its own clock, all members at once, and deletes one.
    const written = await Promise.all(
      members.map(async (member, m) => {
        const ids: number[] = [];
        for (let n = 0; n < 3; n++) {
          const at = Date.now() + (n + 1) * 3_600_000 + m;
          const result = await createComment(member, post.id, null, { body: `comment ${n} by ${member.username}` }, null, at);
          if (!result.ok) throw new Error(result.message);
          ids.push(result.id);
          await nextTick();
        }
        expect(await deleteComment(member, ids[1]!)).toMatchObject({ ok: true });
        return ids;
      }),
    );

    expect(written.flat()).toHaveLength(18);
    expect(await counterMismatches()).toEqual([]);
    expect(await valueOf(posts.commentCount, eq(posts.id, post.id))).toBe(12);
  });
});
