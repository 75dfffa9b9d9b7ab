// `npm run crash-test`: the soak's load, with the server killed (SIGKILL) in the middle of it, round after round,
// restarted each time on the same database; after every restart the database must be whole and hold every write
// acknowledged before the kill, with every counter right.
import path from "node:path";
import { stopAll } from "./harness/processes";
import { parseLoadOptions } from "./load/options";
import { prepareRun, requestCheck } from "./load/run";
import { kill, startServer, stopGracefully, type RunningServer } from "./load/server";
import { describeTally, type Tally } from "./load/tally";
import { busyInLogs, printChecks, verifyDatabase, type Check } from "./load/verify";
import { READERS, runLoad, WRITERS, type Session } from "./load/workload";

const DEFAULT_ROUNDS = 5;
/** Seconds of load per round, counted from the round's first acknowledged write; the kill falls within them. */
const DEFAULT_SECONDS = 15;
/** The kill falls between these fractions of the round, so the load is well under way and still going. */
const KILL_FROM = 0.4;
const KILL_TO = 0.9;
/** A freshly started server is slow to its first write (each route loads on first use); past this the round fails. */
const FIRST_WRITE_LIMIT_S = 60;
const POLL_MS = 50;
/** Per round, what starting, checking and restarting may take before the run counts as hung. */
const WATCHDOG_ROUND_MARGIN_S = 120;

const written = (tally: Tally) => Object.values(tally.written).reduce((a, b) => a + b, 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Kills the server at a random moment of the round, counted from its first acknowledged write, so every kill
 * lands on a load that is writing. Returns the seconds from the first write to the kill, or null if none came.
 */
async function killMidLoad(session: Session, server: RunningServer, seconds: number): Promise<number | null> {
  const before = written(session.tally);
  const limit = Date.now() + FIRST_WRITE_LIMIT_S * 1000;
  while (written(session.tally) === before && Date.now() < limit) await sleep(POLL_MS);
  const killAtS = seconds * (KILL_FROM + Math.random() * (KILL_TO - KILL_FROM));
  if (written(session.tally) > before) await sleep(killAtS * 1000);
  session.stop(); // no new requests; those in flight are cut off by the kill itself
  await kill(server);
  return written(session.tally) > before ? killAtS : null;
}

async function main(): Promise<void> {
  const { seconds, rounds, keep } = parseLoadOptions({ seconds: DEFAULT_SECONDS, secondsEnv: "CRASH_SECONDS", rounds: DEFAULT_ROUNDS, roundsEnv: "CRASH_ROUNDS" });
  const run = await prepareRun("crash-test", (rounds + 1) * (seconds + WATCHDOG_ROUND_MARGIN_S), keep);
  const { session } = run;
  const logs: string[] = [];
  let ok = true;
  let server: RunningServer | undefined;
  let loadS = 0;
  console.log(
    `Crash test: ${rounds} rounds of ${READERS} readers and ${WRITERS} writers, each round's SIGKILL ` +
      `${KILL_FROM * seconds}-${KILL_TO * seconds} s after its first acknowledged write.`,
  );

  // Start r checks what kill r - 1 left behind; the last start is followed by a graceful stop instead of a kill.
  for (let start = 1; start <= rounds + 1; start++) {
    logs.push(path.join(run.dir, `server-${start}.log`));
    const startedAt = Date.now();
    server = await startServer(run.data.file, run.data.authSecret, logs.at(-1)!);
    const what = start === 1 ? "fresh database" : `after kill ${start - 1}`;
    console.log(`Start ${start} (${what}): up in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    ok = printChecks(verifyDatabase(run.data.file, session.ledger, run.memberIds), "    ") && ok;
    if (start > rounds) break;

    const before = { written: written(session.tally), cutOff: session.tally.cutOff };
    session.connect(server.base);
    // The load's own bound is never reached: the kill ends it.
    const [load, killAtS] = await Promise.all([runLoad(session, FIRST_WRITE_LIMIT_S + seconds), killMidLoad(session, server, seconds)]);
    loadS += load;
    const cut = session.tally.cutOff - before.cutOff;
    if (killAtS === null) {
      ok = false;
      console.log(`  FAIL no write acknowledged within ${FIRST_WRITE_LIMIT_S} s; killed without one`);
    } else {
      const acknowledged = written(session.tally) - before.written;
      console.log(`  kill ${start}, ${killAtS.toFixed(1)} s after the first write: ${acknowledged} writes acknowledged this round, ${cut} cut off in flight`);
    }
  }

  console.log("Stopping the server with SIGTERM...");
  const stop = await stopGracefully(server!);
  const checks: Check[] = [
    requestCheck(session.tally),
    { name: `SIGTERM after the last restart: exited 0 (${stop.detail})`, problems: stop.ok ? [] : [stop.detail] },
    ...verifyDatabase(run.data.file, session.ledger, run.memberIds),
    busyInLogs(logs),
  ];
  console.log("\nLoad (all rounds):");
  for (const line of describeTally(session.tally, loadS)) console.log(`  ${line}`);
  console.log("Checks after the last stop:");
  ok = printChecks(checks) && ok;
  run.finish(ok);
}

main().catch(async (error: unknown) => {
  console.error(`\ncrash-test failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await stopAll();
  process.exit(1);
});
