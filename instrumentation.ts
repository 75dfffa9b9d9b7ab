// Runs once when the server starts: opens and migrates the database, fills an empty one with demo content,
// and, while the site has no admin, prints the one-time link that creates the first one.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("./db");
  const { seedDemoIfEmpty } = await import("./db/seed/demo");
  const created = seedDemoIfEmpty(getDb());
  if (created) console.log(`Rapport: created demo content (${created.posts} posts, ${created.comments} comments).`);

  // Views wait in memory for a few seconds; whatever is waiting is written before the process ends.
  // scripts/server.ts calls this once requests in flight have finished; "exit" covers any other way out.
  const { flushViews } = await import("./lib/views");
  const { closeDatabase } = await import("./db");
  let done = false;
  const shutdown = () => {
    if (done) return;
    done = true;
    flushViews();
    closeDatabase();
  };
  (globalThis as { __rapportShutdown?: () => void }).__rapportShutdown = shutdown;
  process.on("exit", shutdown);

  const { issueSetupToken } = await import("./lib/setup");
  const token = issueSetupToken();
  if (token) {
    const origin = process.env.AUTH_URL?.replace(/\/$/, "") || `http://localhost:${process.env.PORT || 3000}`;
    console.log(`Rapport: no admin yet. Open this one-time link to create the first admin account:\n  ${origin}/setup/${token}`);
  }
}
