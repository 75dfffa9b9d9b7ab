// Runs once when the server starts: opens and migrates the database, and fills an empty one with demo content.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("./db");
  const { seedDemoIfEmpty } = await import("./db/seed/demo");
  const created = seedDemoIfEmpty(getDb());
  if (created) console.log(`Rapport: created demo content (${created.posts} posts, ${created.comments} comments).`);
}
