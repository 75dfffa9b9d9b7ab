// The request body's size limit, enforced on the raw stream: a declared length is judged at once, a chunked body as it
// arrives, so no framing slips past to Next.js's own limit (which answers 500).
import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_BODY_BYTES } from "./security-headers";

/**
 * A body refused for its declared length is still read and thrown away, up to this much, so the client finishes
 * sending and reads the 413 (closing at once makes its upload fail with EPIPE and it never sees the answer).
 * Past it the connection is dropped: nobody needs to push that much after being told no.
 */
const MAX_DISCARDED_BYTES = 16 * 1024 * 1024;

function refuse(res: ServerResponse, close: boolean, headers: Record<string, string>): void {
  if (res.headersSent) return;
  res.writeHead(413, { ...headers, "content-type": "text/plain; charset=utf-8", ...(close ? { connection: "close" } : {}) });
  res.end("Request body too large.");
}

function discard(req: IncomingMessage): void {
  let discarded = 0;
  req.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > MAX_DISCARDED_BYTES) req.destroy();
  });
}

/**
 * True when the request was refused here (its declared length is over the limit). Otherwise the body is counted as
 * the handler reads it, and past the limit the request gets its 413 and the stream stops delivering. `headers` go on
 * the 413.
 */
export function limitBody(req: IncomingMessage, res: ServerResponse, { max = MAX_BODY_BYTES, headers = {} }: { max?: number; headers?: Record<string, string> } = {}): boolean {
  // HTTP/1.1 frames a body by one of these two headers: a request with neither (most GETs) has none to count.
  if (req.headers["content-length"] === undefined && req.headers["transfer-encoding"] === undefined) return false;
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > max) {
    refuse(res, false, headers);
    discard(req);
    return true;
  }
  let seen = 0;
  const emit = req.emit.bind(req);
  // Every chunk a reader gets passes through emit("data"), whether it pipes, listens or calls read().
  req.emit = ((event: string | symbol, ...args: unknown[]) => {
    if (event === "data") {
      seen += (args[0] as Buffer).length;
      if (seen > max) {
        // Mid-stream, with a reader waiting on the rest: the connection closes once the answer is out.
        refuse(res, true, headers);
        res.once("finish", () => req.destroy());
        return false;
      }
    }
    return emit(event, ...args);
  }) as typeof req.emit;
  return false;
}
