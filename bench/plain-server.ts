// Child process of the benchmark: the bare node:http ceiling, answering every request with one file's bytes,
// compressed or not: an encoding given on the command line is sent as Content-Encoding, the bytes are never touched.
// Its own process, as Next is, so that it does not share an event loop with the load generator.
import fs from "node:fs";
import http from "node:http";

const [file, port, host, encoding] = process.argv.slice(2);
/** How often to check that the benchmark that started this server is still alive. */
const PARENT_CHECK_MS = 1_000;

const body = fs.readFileSync(file ?? "");
const headers = {
  "content-type": "text/html; charset=utf-8",
  "content-length": String(body.length),
  vary: "Accept-Encoding",
  ...(encoding && encoding !== "identity" ? { "content-encoding": encoding } : {}),
};

http
  .createServer((_request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  })
  .listen(Number(port), host, () => console.log(`ready on ${host}:${port}`));

// Never outlive the benchmark, even one killed without a chance to clean up: orphans are re-parented.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(0);
}, PARENT_CHECK_MS).unref();
