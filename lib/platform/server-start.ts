// What the Node.js server does once at start (called from instrumentation.ts): opens and migrates the database,
// hands the production server its hooks (counting views; writing buffered views and closing the database on the way
// out), starts the mail sender, and, while the site has no admin, prints the one-time link that creates the first one. Demo content for an
// empty database is written before this, outside the build: by scripts/server.ts, or by `npm run dev`'s seed step.
// A module of its own so that the Edge build of instrumentation.ts never sees its Node.js APIs.
import { closeDatabase, databaseReady, usesPostgres } from "@/db";
import { warmMarkdownPool } from "../markdown/render-pool";
import { registerServerHooks } from "./server-hooks";
import { configuredOrigin, publicOrigin } from "./site-origin";
import { issueSetupToken } from "../accounts/first-admin";
import { countThreadView, flushViews, flushViewsOnExit } from "../content/views";
import { mailConfigured } from "../mail/config";
import { startMailSender } from "../mail/sender";
import { pruneOutbox } from "../mail/outbox";

/** How often the outbox drops mails past their keeping time (lib/mail/outbox.ts). */
const OUTBOX_PRUNE_INTERVAL_MS = 6 * 60 * 60 * 1000;
import { startDigestTimer } from "../accounts/digest";

export async function onServerStart(): Promise<void> {
  // Auth.js builds its redirects from AUTH_URL; without it they would name whatever address the server listens on.
  const origin = publicOrigin();
  const source = process.env.SITE_URL ? "SITE_URL" : configuredOrigin() ? "AUTH_URL" : "the default; set SITE_URL";
  process.env.AUTH_URL ||= origin;
  console.log(`Rapport: site origin ${origin} (from ${source}).`);
  // Opened and migrated now rather than by the first request.
  await databaseReady();
  // Queued mail goes out from here, off every request; without SMTP_URL it waits in the outbox (/admin/mail).
  const mailSender = startMailSender();
  // Members who chose a daily digest get it from here: queued in the outbox like every other mail.
  const digest = startDigestTimer();
  console.log(mailConfigured() ? "Rapport: sending mail through SMTP_URL." : "Rapport: SMTP_URL is not set; mail waits in the outbox at /admin/mail.");
  await pruneOutbox();
  setInterval(() => pruneOutbox().catch((error: unknown) => console.error("Rapport: could not prune the outbox.", error)), OUTBOX_PRUNE_INTERVAL_MS).unref();

  // Views wait in memory for a few seconds; whatever is waiting is written before the process ends.
  // scripts/server.ts calls this once requests in flight have finished; "exit" covers any other way out.
  let done = false;
  const shutdown = async () => {
    if (done) return;
    done = true;
    void mailSender?.stop();
    digest.stop();
    await flushViews().catch((error: unknown) => console.error("Rapport: could not write view counts.", error));
    await closeDatabase();
  };
  registerServerHooks({ shutdown, countView: countThreadView });
  // A cold render worker spends much of the render budget starting up; start them before the first write.
  warmMarkdownPool();
  // Any other way out: nothing asynchronous runs after "exit", so on SQLite the views still waiting are written
  // synchronously. PostgreSQL's driver has no synchronous call: there, views of the last few seconds before an
  // abrupt exit are lost (as are a SIGKILLed process's on either engine); the orderly shutdown above writes them.
  process.on("exit", () => {
    if (done) return;
    done = true;
    if (!usesPostgres()) flushViewsOnExit();
    void closeDatabase();
  });

  const token = await issueSetupToken();
  if (token) {
    console.log(`Rapport: no admin yet. Open this one-time link to create the first admin account:\n  ${origin}/setup/${token}`);
  }
}
