// Load that writes comments through the real `addComment` server action, as React calls it with JavaScript on.
import type { RequestStep } from "autocannon";
import type { Load } from "./load";

export type WriterSetup = {
  base: string;
  board: string;
  postId: number;
  actionId: string;
  /** One session cookie per member; each request uses the next member, so none comments twice within seconds. */
  cookies: string[];
  connections: number;
};

export type WriterTally = {
  /** Answered with where the new comment landed (lib/actions/landing.ts): the comment exists. */
  created: number;
  /** Answered 200 with form state instead: the action refused (rate limit, validation...). */
  refused: number;
  /** The first refusal's message key, to say why. */
  firstRefusal: string | null;
};

const BOUNDARY = "----RapportBenchBoundary7MA4YWxkTrZu0gW";
// Each run gets its own key prefix: submission keys are unique per member, and a rerun on a kept copy must not collide.
const RUN_TAG = Date.now().toString(36);

/** The multipart body React sends for a form action: the fields as `_1_<name>`, then the argument list. */
function actionBody(fields: Record<string, string>): string {
  const parts: [string, string][] = Object.entries(fields).map(([name, value]) => [`_1_${name}`, value]);
  parts.push(["0", JSON.stringify([{}, "$K1"])]);
  const encoded = parts.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return `${encoded.join("")}--${BOUNDARY}--\r\n`;
}

/** The load, its tally, and `countFrom`, which sets when responses start to count (after the warm-up). */
export function commentWriters(setup: WriterSetup): { load: Load; tally: WriterTally; countFrom(since: number): void } {
  const tally: WriterTally = { created: 0, refused: 0, firstRefusal: null };
  const path = `/b/${setup.board}/${setup.postId}`;
  let sent = 0;
  let since = 0;

  const step: RequestStep = {
    method: "POST",
    path,
    setupRequest: (request) => {
      const n = sent++;
      const cookie = setup.cookies[n % setup.cookies.length]!;
      const body = actionBody({
        board: setup.board,
        postId: String(setup.postId),
        body: `Benchmark comment ${n}: a short reply, rendered as Markdown like any other.`,
        submissionKey: `bench-${RUN_TAG}-${String(n).padStart(8, "0")}`,
      });
      return { ...request, headers: { ...request.headers, cookie }, body };
    },
    onResponse: (status, body) => {
      if (Date.now() < since || status >= 400) return; // warm-up, or counted by the load as an HTTP error
      if (/"landed":"[^"]*#comment-\d+"/.test(body)) tally.created++;
      else {
        tally.refused++;
        tally.firstRefusal ??= /"message":"([^"]+)"/.exec(body)?.[1] ?? `no landing (${body.length} bytes)`;
      }
    },
  };

  const load: Load = {
    url: setup.base,
    connections: setup.connections,
    headers: {
      "next-action": setup.actionId,
      accept: "text/x-component",
      origin: setup.base,
      "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
    },
    requests: [step],
  };
  return { load, tally, countFrom: (at) => (since = at) };
}
