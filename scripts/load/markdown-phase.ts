// The soak's long form (`--markdown`): the whole slow-Markdown corpus published by members in turn while
// /api/health is polled every 100 ms. Renders run in worker threads, so health must keep answering throughout.
import { slowMarkdownCorpus } from "../harness/slow-markdown-corpus";
import { watchHealth } from "../harness/health-watch";
import type { Check } from "./verify";
import type { Session } from "./workload";

/** lib/markdown/render-pool.ts's MARKDOWN_RENDER_BUDGET_MS; that module starts workers, so it is not imported here. */
const RENDER_BUDGET_MS = 2_000;
/** The request itself: a warm spare worker takes the render after a refused one, so no restart is waited for. */
const ANSWER_MARGIN_MS = 1_500;
const HEALTH_BOUND_MS = 500;

/** The multipart body React sends for a useActionState form action. */
function actionForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
  form.append("0", JSON.stringify([{}, "$K1"]));
  return form;
}

/**
 * Publishes every corpus entry, one at a time, each by a member whose pause is over. These posts stay out of the
 * ledger: some are held by the spam filter, and the checks after the load are about the load's writes.
 */
export async function runMarkdownPhase(session: Session, base: string): Promise<Check[]> {
  const { ctx } = session;
  const board = ctx.data.boards.find((b) => b.open)!.slug;
  const corpus = slowMarkdownCorpus();
  const late: string[] = [];
  const failed: string[] = [];
  const outcomes = { published: 0, refused: 0 };
  let slowest = 0;
  const watch = watchHealth(base);
  for (const [n, { name, source }] of corpus.entries()) {
    let member = ctx.pool.take("post");
    while (!member) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      member = ctx.pool.take("post");
    }
    const fields = { board, title: `Slow Markdown ${ctx.runTag}-${n}`, body: source, submissionKey: `md-${ctx.runTag}-${n}` };
    const started = performance.now();
    try {
      const response = await fetch(`${base}/b/${board}/write`, {
        method: "POST",
        redirect: "manual",
        headers: { "next-action": ctx.actions.publishPost, accept: "text/x-component", cookie: member.cookie, origin: base },
        body: actionForm(fields),
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      if (response.status >= 400) failed.push(`${response.status} for ${name}`);
      else outcomes[response.headers.get("x-action-redirect") ? "published" : "refused"]++;
    } catch (error) {
      failed.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const ms = performance.now() - started;
    slowest = Math.max(slowest, ms);
    if (ms > RENDER_BUDGET_MS + ANSWER_MARGIN_MS) late.push(`${Math.round(ms)} ms for ${name}`);
    ctx.pool.giveBack("post", member);
  }
  const health = await watch.stop();
  console.log(
    `Slow Markdown: ${corpus.length} bodies, ${outcomes.published} published, ${outcomes.refused} refused; slowest answer ` +
      `${Math.round(slowest)} ms; /api/health ${health.polls} polls, slowest ${Math.round(health.slowestMs)} ms`,
  );
  return [
    { name: `slow Markdown: every body answered below 400 within ${RENDER_BUDGET_MS + ANSWER_MARGIN_MS} ms`, problems: [...failed, ...late] },
    {
      name: `slow Markdown: /api/health answered within ${HEALTH_BOUND_MS} ms throughout`,
      problems: [
        ...(health.slowestMs >= HEALTH_BOUND_MS ? [`slowest health answer ${Math.round(health.slowestMs)} ms`] : []),
        ...(health.failures > 0 ? [`${health.failures} health polls failed`] : []),
      ],
    },
  ];
}
