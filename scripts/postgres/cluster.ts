// A throwaway PostgreSQL for tests and trials: `startCluster()` makes a cluster in a temporary directory (initdb,
// trust authentication, fsync off), starts it on a free port with its unix socket in that directory, and `stop()`
// stops it and deletes the directory. Nothing listens on TCP; the URL names the socket.
//
//   npx tsx scripts/postgres/cluster.ts start     prints DATABASE_URL=… and leaves the cluster running
//   npx tsx scripts/postgres/cluster.ts stop [dir] stops and deletes it (the last one started when no dir is given)
//
// PostgreSQL refuses to run as root: as root, initdb and pg_ctl run as the `postgres` user (runuser) and the
// directory is made theirs. The binaries come from `pg_config --bindir`, /usr/lib/postgresql/<version>/bin (Debian),
// or PATH; without them startCluster() throws PostgresMissing, naming the package to install.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type Cluster = { url: string; dir: string; port: number; bindir: string; stop(): Promise<void> };

export class PostgresMissing extends Error {
  constructor(detail: string) {
    super(
      `PostgreSQL's server programs (initdb, pg_ctl) were not found (${detail}). Install them: on Debian or Ubuntu ` +
        "`apt-get install postgresql` (Debian's postgresql package), or put a PostgreSQL bin directory on PATH.",
    );
    this.name = "PostgresMissing";
  }
}

const STATE_FILE = path.join(os.tmpdir(), "rapport-postgres-cluster.txt");
/** Under load (2 cores, other test runs) a start can take a few seconds; pg_ctl waits this long. */
const START_TIMEOUT_S = 60;

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;
const hasPrograms = (dir: string) => ["initdb", "pg_ctl"].every((p) => fs.existsSync(path.join(dir, p)));

/** The directory holding initdb and pg_ctl, or PostgresMissing. */
export function findBindir(): string {
  const tried: string[] = [];
  const fromConfig = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  if (fromConfig.status === 0) {
    const dir = fromConfig.stdout.trim();
    if (hasPrograms(dir)) return dir;
    tried.push(dir);
  }
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    const versions = fs.readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const dir = path.join(debian, version, "bin");
      if (hasPrograms(dir)) return dir;
      tried.push(dir);
    }
  }
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    if (hasPrograms(dir)) return dir;
  }
  tried.push("PATH");
  throw new PostgresMissing(`looked in ${tried.join(", ")}`);
}

function postgresUser(): { uid: number; gid: number } {
  const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error("Running as root, but there is no `postgres` user to run PostgreSQL as (Debian's postgresql package creates it).");
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Runs one of PostgreSQL's programs, as the postgres user when we are root; throws with its output on failure. */
function run(bindir: string, program: string, args: string[]): string {
  const command = path.join(bindir, program);
  const [file, argv] = isRoot() ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: "utf8", env: { ...process.env, LC_ALL: "C.UTF-8", LANG: "C.UTF-8" } });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${program} ${args.join(" ")} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

const dataDir = (dir: string) => path.join(dir, "data");

/** The connection URL of a cluster whose socket is in `dir`: user and database postgres, trust authentication. */
export const clusterUrl = (dir: string, port: number) => `postgres://postgres@localhost:${port}/postgres?host=${encodeURIComponent(dir)}`;

/** Stops the cluster in `dir` (immediately: it is throwaway) and deletes the directory. Safe to call twice. */
export function stopClusterSync(dir: string, bindir = findBindir()): void {
  if (fs.existsSync(path.join(dataDir(dir), "postmaster.pid"))) {
    try {
      run(bindir, "pg_ctl", ["stop", "-D", dataDir(dir), "-m", "immediate", "-w", "-s"]);
    } catch (error) {
      if (fs.existsSync(path.join(dataDir(dir), "postmaster.pid"))) throw error;
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

/** A new, empty, running cluster. Stop it with stop(); a process that exits first stops it too. */
export async function startCluster(): Promise<Cluster> {
  const bindir = findBindir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-pg-"));
  try {
    if (isRoot()) {
      const { uid, gid } = postgresUser();
      fs.chownSync(dir, uid, gid);
    }
    fs.chmodSync(dir, 0o700);
    run(bindir, "initdb", ["-D", dataDir(dir), "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
    const port = await freePort();
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      "-c listen_addresses=''",
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=50",
    ].join(" ");
    run(bindir, "pg_ctl", ["start", "-D", dataDir(dir), "-o", options, "-l", path.join(dir, "postgres.log"), "-w", "-t", String(START_TIMEOUT_S), "-s"]);
    const onExit = () => {
      try {
        stopClusterSync(dir, bindir);
      } catch {
        // The process is leaving; nothing better to do.
      }
    };
    process.once("exit", onExit);
    let stopped = false;
    return {
      url: clusterUrl(dir, port),
      dir,
      port,
      bindir,
      async stop() {
        if (stopped) return;
        stopped = true;
        process.removeListener("exit", onExit);
        stopClusterSync(dir, bindir);
      },
    };
  } catch (error) {
    const log = path.join(dir, "postgres.log");
    const tail = fs.existsSync(log) ? `\n${fs.readFileSync(log, "utf8").split("\n").slice(-20).join("\n")}` : "";
    try {
      stopClusterSync(dir, bindir);
    } catch {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    if (tail && error instanceof Error) error.message += `\npostgres.log:${tail}`;
    throw error;
  }
}

async function cli(args: string[]): Promise<number> {
  const [command, target] = args;
  if (command === "start") {
    const cluster = await startCluster();
    // The CLI's cluster outlives this process: forget the exit hook by leaving without running it.
    fs.appendFileSync(STATE_FILE, `${cluster.dir}\n`);
    console.log(`DATABASE_URL=${cluster.url}`);
    console.error(`PostgreSQL ${cluster.bindir} running in ${cluster.dir}; stop it with: npx tsx scripts/postgres/cluster.ts stop ${cluster.dir}`);
    process.removeAllListeners("exit");
    process.exit(0);
  }
  if (command === "stop") {
    const known = fs.existsSync(STATE_FILE) ? fs.readFileSync(STATE_FILE, "utf8").split("\n").filter(Boolean) : [];
    const dir = target ?? known.at(-1);
    if (!dir) {
      console.error("No cluster to stop: none was started by this command, and no directory was given.");
      return 2;
    }
    stopClusterSync(dir);
    const rest = known.filter((d) => d !== dir);
    if (rest.length) fs.writeFileSync(STATE_FILE, rest.map((d) => `${d}\n`).join(""));
    else fs.rmSync(STATE_FILE, { force: true });
    console.log(`Stopped and deleted ${dir}.`);
    return 0;
  }
  console.error("Usage: npx tsx scripts/postgres/cluster.ts start | stop [dir]");
  return 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
