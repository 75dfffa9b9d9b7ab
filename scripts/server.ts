// The production server: Next.js behind a plain node:http server, for two things `next start` cannot do:
// knowing the client's real address, and stopping gracefully (finish requests, flush views, close the database).
import { createServer, type IncomingMessage } from "node:http";
import next from "next";

/** Proxies in front of Rapport whose X-Forwarded-For entries are trusted; 0 means clients connect directly. */
const TRUSTED_PROXY_HOPS = Number(process.env.RAPPORT_TRUSTED_PROXIES || 0);
/** How long in-flight requests get to finish after SIGTERM before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * The client's address: the socket's peer, or with trusted proxies the entry they added to X-Forwarded-For.
 * Anything a client writes into the header itself is ignored, so it cannot pose as many visitors.
 */
export function trustedClientIp(forwardedFor: string | string[] | undefined, peer: string | undefined, hops = TRUSTED_PROXY_HOPS): string {
  const chain = [forwardedFor ?? []].flat().join(",").split(",").map((s) => s.trim()).filter(Boolean);
  const candidate = hops > 0 ? chain[chain.length - hops] : undefined;
  return candidate ?? peer ?? "unknown";
}

type Shutdown = { __rapportShutdown?: () => void };

export async function startServer(): Promise<void> {
  const port = Number(process.env.PORT || 3000);
  const hostname = process.env.HOSTNAME || "0.0.0.0";
  const app = next({ dev: false, dir: process.cwd(), port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req: IncomingMessage, res) => {
    req.headers["x-forwarded-for"] = trustedClientIp(req.headers["x-forwarded-for"], req.socket.remoteAddress);
    void handle(req, res);
  });
  server.listen(port, hostname, () => console.log(`Rapport: listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Rapport: ${signal}: finishing requests in flight, then stopping.`);
    const finish = () => {
      // Registered by instrumentation.ts: writes buffered views and closes the database.
      (globalThis as Shutdown).__rapportShutdown?.();
      process.exit(0);
    };
    server.close(finish);
    server.closeIdleConnections();
    setTimeout(finish, SHUTDOWN_GRACE_MS).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

if (import.meta.url === `file://${process.argv[1]}`) void startServer();
