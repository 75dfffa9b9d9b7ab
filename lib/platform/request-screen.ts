// What the production server refuses before Next.js sees a request: paths it cannot decode, bodies over the limit.
import type { IncomingMessage, ServerResponse } from "node:http";
import { limitBody } from "./body-limit";
import { maxBodyBytes } from "./security-headers";

/** A path with a broken percent-escape ("/u/%ff"): Next.js would throw decoding it and answer 500. */
function hasMalformedPath(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0]!;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/**
 * True when the request has been answered here (400 or 413) and must not go on to Next.js. `headers` go on such an
 * answer (the request id).
 */
export function screenRequest(req: IncomingMessage, res: ServerResponse, headers: Record<string, string> = {}): boolean {
  if (hasMalformedPath(req.url)) {
    res.writeHead(400, { ...headers, "content-type": "text/plain; charset=utf-8" });
    res.end("Bad request: the address has a malformed percent-escape.");
    return true;
  }
  return limitBody(req, res, { headers, max: maxBodyBytes(req.method, (req.url ?? "/").split("?")[0]!) });
}
