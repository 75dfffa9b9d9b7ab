// Where the page cache's renders go: a second listener on a private Unix socket that hands requests straight to
// Next.js. Only this process knows the socket, so a render request never passes the cache (or its view counting)
// again, and nothing a client sends can reach it.
import fs from "node:fs";
import http, { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import os from "node:os";
import path from "node:path";
import type { RenderedResponse, RenderRequest } from "./serve";

/** A render that takes longer than this is abandoned; the readers waiting for it are answered by Next.js directly. */
export const RENDER_TIMEOUT_MS = 30_000;

export type RenderSocket = {
  render(request: RenderRequest): Promise<RenderedResponse>;
  close(): void;
};

export async function openRenderSocket(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>): Promise<RenderSocket> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-render-"));
  const socketPath = path.join(dir, "render.sock");
  const server: Server = createServer((req, res) => {
    // Renders are made for no one in particular: no client address rides along.
    req.headers["x-forwarded-for"] = "127.0.0.1";
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(socketPath, resolve));
  const agent = new http.Agent({ keepAlive: true });

  return {
    render: ({ path: requestPath, headers }) =>
      new Promise((resolve, reject) => {
        const call = http.request({ socketPath, agent, path: requestPath, method: "GET", headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on("error", reject);
        });
        call.setTimeout(RENDER_TIMEOUT_MS, () => call.destroy(new Error(`Rendering ${requestPath} took over ${RENDER_TIMEOUT_MS} ms`)));
        call.on("error", reject);
        call.end();
      }),
    close() {
      agent.destroy();
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
