// The soak load: readers on the home page, boards and threads, and writers posting, commenting, editing, recommending.
import { boardHref, postHref } from "../../lib/routes";
import type { RunData } from "./database";
import { createClient } from "./http";
import { Ledger } from "./ledger";
import { MemberPool } from "./members";
import { createTally, type Tally } from "./tally";
import { editComment, editPost, pick, recommend, writeComment, writePost, type ActionIds, type LoadContext } from "./writes";

/** Concurrent readers and writers: together a few times the two cores, so requests queue without piling up. */
export const READERS = 6;
export const WRITERS = 6;
/** A bound on requests as well as on time: no run, however fast, sends more than this per second of load. */
const MAX_REQUESTS_PER_SECOND = 500;
/** Shares of the reads: the rest are thread pages. */
const HOME_SHARE = 0.15;
const BOARD_SHARE = 0.25;
/** Thread pages read signed in (each member a distinct viewer) rather than anonymously. */
const SIGNED_IN_SHARE = 0.5;
const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a writer waits when every member is pausing and nothing can be written. */
const IDLE_MS = 50;

/** Weights of the writes; a write that cannot happen now (no member ready, nothing to edit) gives way to the next. */
const WRITE_MIX: [number, (ctx: LoadContext) => Promise<boolean>][] = [
  [10, writePost],
  [30, (ctx) => writeComment(ctx, false)],
  [10, (ctx) => writeComment(ctx, true)],
  [10, editPost],
  [15, editComment],
  [25, recommend],
];
const TOTAL_WEIGHT = WRITE_MIX.reduce((sum, [weight]) => sum + weight, 0);

export type Session = { ctx: LoadContext; ledger: Ledger; tally: Tally; stop(): void };

/** One ledger and member pool for the whole test; the crash test points the client at each restarted server. */
export function createSession(data: RunData, actions: ActionIds): Session & { connect(base: string): void } {
  const ledger = new Ledger();
  const tally = createTally();
  let stopped = false;
  let sequence = 0;
  const ctx: LoadContext = {
    client: createClient("http://127.0.0.1:0", tally, () => stopped),
    actions,
    pool: new MemberPool(data.members),
    ledger,
    tally,
    data,
    runTag: Date.now().toString(36),
    cutOff: () => stopped,
    next: () => ++sequence,
  };
  return {
    ctx,
    ledger,
    tally,
    stop: () => (stopped = true),
    connect: (base) => {
      stopped = false;
      ctx.client = createClient(base, tally, () => stopped);
    },
  };
}

async function read(ctx: LoadContext): Promise<void> {
  const roll = Math.random();
  const post = roll >= HOME_SHARE + BOARD_SHARE ? pick([...ctx.data.posts, ...ctx.ledger.posts.values()]) : undefined;
  const path = post ? postHref(post.board, post.id) : roll < HOME_SHARE ? "/" : boardHref(pick(ctx.data.boards)!.slug);
  const member = Math.random() < SIGNED_IN_SHARE ? ctx.pool.any() : null;
  const answer = await ctx.client.get(path, member?.cookie);
  if (!answer) return;
  ctx.tally.reads++;
  // An anonymous reader is one viewer per UTC day: the app keys visitors with a salt that changes daily.
  const viewer = member ? Ledger.memberViewer(member.index) : `anonymous:${Math.floor(Date.now() / DAY_MS)}`;
  if (post && answer.status === 200) ctx.ledger.viewed(post.id, viewer);
}

async function write(ctx: LoadContext): Promise<void> {
  let roll = Math.random() * TOTAL_WEIGHT;
  const first = WRITE_MIX.findIndex(([weight]) => (roll -= weight) < 0);
  for (let i = 0; i < WRITE_MIX.length; i++) {
    if (await WRITE_MIX[(first + i) % WRITE_MIX.length]![1](ctx)) return;
  }
  await new Promise((r) => setTimeout(r, IDLE_MS));
}

/** Runs readers and writers until the time is up, the request bound is reached, or the session is stopped. */
export async function runLoad(session: Session, seconds: number): Promise<number> {
  const { ctx, tally } = session;
  const started = Date.now();
  const deadline = started + seconds * 1000;
  const maxRequests = tally.requests + seconds * MAX_REQUESTS_PER_SECOND;
  const going = () => !ctx.cutOff() && Date.now() < deadline && tally.requests < maxRequests;
  const loop = async (step: (ctx: LoadContext) => Promise<void>) => {
    while (going()) await step(ctx);
  };
  await Promise.all([...Array.from({ length: READERS }, () => loop(read)), ...Array.from({ length: WRITERS }, () => loop(write))]);
  return (Date.now() - started) / 1000;
}
