// `npx tsx scripts/measure-upload.ts [runs]`: times the HTTP upload of a 5 MB photo (noise, so JPEG cannot shrink it)
// against the production build in .next, on a fresh database; prints each run and the median. Build first.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { addMembers } from "./harness/members";
import { freePort, HOST, startProcess, stop, TS_NODE_ARGS, waitUntilReady } from "./harness/processes";
import { mintSessionCookies } from "./harness/session-cookies";

const runs = Number(process.argv[2] ?? 5);
const TARGET_BYTES = 5 * 1024 * 1024;

/** Gaussian noise at JPEG quality 92, grown until the file is about 5 MB. */
async function noisyPhoto(): Promise<Buffer> {
  let side = 1600;
  for (;;) {
    const photo = await sharp({ create: { width: Math.round(side * 1.5), height: side, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 50 } } })
      .jpeg({ quality: 92 })
      .toBuffer();
    if (photo.length >= TARGET_BYTES * 0.95) return photo;
    side = Math.round(side * Math.sqrt(TARGET_BYTES / photo.length) * 1.02);
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-upload-"));
const databaseFile = path.join(dir, "rapport.db");
const secret = "measure-upload-secret-measure-upload-secret";
const port = await freePort();
const server = startProcess("the Rapport server", process.execPath, [...TS_NODE_ARGS, "scripts/server.ts"], {
  env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: HOST, DATABASE_PATH: databaseFile, AUTH_SECRET: secret, RAPPORT_DEMO_CONTENT: "off", LOG_LEVEL: "warn" },
});
const base = `http://${HOST}:${port}`;
try {
  await waitUntilReady(server, `${base}/api/health`);
  const [memberId] = addMembers(databaseFile, 1);
  const [cookie] = await mintSessionCookies([memberId!], secret);
  const photo = await noisyPhoto();
  const meta = await sharp(photo).metadata();
  console.log(`Photo: ${(photo.length / 1024 / 1024).toFixed(2)} MB JPEG, ${meta.width}×${meta.height} (${((meta.width! * meta.height!) / 1e6).toFixed(1)} MP)`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(photo)], { type: "image/jpeg" }), `photo-${i}.jpg`);
    const started = performance.now();
    const response = await fetch(`${base}/media/upload`, { method: "POST", headers: { accept: "application/json", origin: base, cookie: cookie! }, body: form });
    const answer = (await response.json()) as { ok: boolean; error?: string };
    const ms = performance.now() - started;
    if (!answer.ok) throw new Error(`Upload refused: ${response.status} ${answer.error}`);
    times.push(ms);
    console.log(`run ${i + 1}: ${ms.toFixed(0)} ms`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, fastest ${sorted[0]!.toFixed(0)} ms, slowest ${sorted.at(-1)!.toFixed(0)} ms over ${runs} uploads (loopback, upload + check + redraw + store)`);
} finally {
  await stop(server);
  fs.rmSync(dir, { recursive: true, force: true });
}
