// Runs once when the server starts. Everything it does needs Node.js (SQLite, the process's exit), so it lives in
// lib/platform/server-start.ts, loaded only in the Node.js runtime.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { onServerStart } = await import("./lib/platform/server-start");
  await onServerStart();
}
