// The members who write, taken in turn so that none posts or comments again before the app's pause allows it.

// lib/content/write-limits' POST_INTERVAL_S and COMMENT_INTERVAL_S for members older than a day; that module is server-only.
const POST_INTERVAL_MS = 15_000;
const COMMENT_INTERVAL_MS = 5_000;
/** Kept on top of each pause: the server stamps a write before its answer reaches us, never after. */
const PAUSE_MARGIN_MS = 1_000;

export type Member = { index: number; id: string; cookie: string };
export type CreationKind = "post" | "comment";

type Turn = { index: number; readyAt: number };

/**
 * One queue per kind. A member goes to the back when their write is answered (or given up on), ready again a
 * pause later; answers come in time order, so the front of each queue is always the next member to be ready.
 */
export class MemberPool {
  private readonly queues: Record<CreationKind, Turn[]>;

  constructor(readonly members: Member[]) {
    const all = () => members.map((m) => ({ index: m.index, readyAt: 0 }));
    this.queues = { post: all(), comment: all() };
  }

  /** A member who may write this kind now, or null when every one is still pausing or busy. */
  take(kind: CreationKind, now = Date.now()): Member | null {
    const queue = this.queues[kind];
    if (queue.length === 0 || queue[0]!.readyAt > now) return null;
    return this.members[queue.shift()!.index]!;
  }

  /** Gives the member back once the write is over; `at` is when its answer (or failure) came. */
  giveBack(kind: CreationKind, member: Member, at = Date.now()): void {
    const pause = kind === "post" ? POST_INTERVAL_MS : COMMENT_INTERVAL_MS;
    this.queues[kind].push({ index: member.index, readyAt: at + pause + PAUSE_MARGIN_MS });
  }

  /** Any member, for writes without a pause (recommendations). */
  any(): Member {
    return this.members[Math.floor(Math.random() * this.members.length)]!;
  }
}
