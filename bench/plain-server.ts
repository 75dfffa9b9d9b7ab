// Child process of the benchmark: the bare node:http ceiling, answering every request with one file's bytes,
// compressed or not: an encoding given on the command line is sent as Content-Encoding, the bytes are never touched.
// When the app's headers for those bytes were kept beside the file (bench/ceilings.ts), they are sent as they were.
// Its own process, as Next is, so that it does not share an event loop with the load generator.
import fs from "node:fs";
import http from "node:http";

const [file, port, host, encoding] = process.argv.slice(2);
/** How often to check that the benchmark that started this server is still alive. */
const PARENT_CHECK_MS = 1_000;

const body = fs.readFileSync(file ?? "");
const headersFile = `${file}.headers.json`;
const headers: Record<string, string> | [string, string][] = fs.existsSync(headersFile)
  ? (JSON.parse(fs.readFileSync(headersFile, "utf8")) as [string, string][])
  : {
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
