// The one path every new post and comment takes, in one transaction: a resubmitted form is answered with what it
// already made, then the author's write limits, the spam screen, the insert, and for writing that is published at
// once its counters (lib/content/status.ts) and whatever else it sets off. Held writing moves no counter until a
// moderator approves it, which setContentStatus counts then.
import "server-only";
import { sql } from "drizzle-orm";
import { getDb, selectRows, usesPostgres, type Tx } from "@/db";
import type { CurrentUser } from "../auth/session";
import { screenWriting, type Screening, type Writing } from "../spam/gate";
import { refuse, type WriteResult } from "../write-result";
import { writeLimit } from "./write-limits";

/** The verdict an insert receives: published, or held with its reasons. */
export type Admitted = Exclude<Screening, { ok: false }>;

export type NewWriting = {
  kind: "post" | "comment";
  author: CurrentUser;
  /** The form's submission key: the same form sent twice makes one row. */
  key: string | null;
  /** What the spam screen reads besides the author. */
  screen: Omit<Writing, "author" | "editing">;
  /** The id of the row this author already made with `key`, if any. */
  findResubmitted(tx: Tx, key: string): Promise<number | undefined>;
  /** Inserts the row with the screen's verdict, and returns its id. */
  insert(tx: Tx, admitted: Admitted): Promise<number>;
  /** For writing published at once: its counters, and notices. */
  onPublished(tx: Tx, id: number): Promise<void>;
};

/** Any constant: it names the advisory locks that serialise each member's new writing on PostgreSQL. */
const MEMBER_WRITE_LOCK = 7_043_512;

export async function writeNew(writing: NewWriting, now = Date.now()): Promise<WriteResult> {
  return getDb().transaction(async (tx) => {
    // The checks below count what the member has written, then insert. SQLite runs one write transaction at a time,
    // so two of a member's requests cannot both pass a limit or both miss a resubmitted form. PostgreSQL runs them
    // side by side (READ COMMITTED, on any node): a lock on the member, held until this transaction ends, makes the
    // second wait and then see the first's row. Other members are not held up.
    if (usesPostgres()) await selectRows(sql`SELECT pg_advisory_xact_lock(${MEMBER_WRITE_LOCK}, hashtext(${writing.author.id}))`);
    if (writing.key) {
      const existing = await writing.findResubmitted(tx, writing.key);
      if (existing !== undefined) return { ok: true as const, id: existing };
    }
    const limited = await writeLimit(writing.kind, writing.author, now);
    if (limited) return refuse(limited.message, limited.messageValues);
    const screening = await screenWriting({ author: writing.author, ...writing.screen }, now);
    if ("ok" in screening) return screening;
    const id = await writing.insert(tx, screening);
    if (screening.status === "published") await writing.onPublished(tx, id);
    return { ok: true as const, id };
  });
}
