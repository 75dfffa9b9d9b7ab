// A post's or comment's preview: counted against the preview limits, then rendered in the pool like a write.
import "server-only";
import { headers } from "next/headers";
import { clientIp } from "../platform/client-ip";
import { previewWait } from "../content/preview-limits";
import { POST_HEADING_OFFSET } from "./pipeline";
import { renderMarkdownOffThread } from "./render-pool";

export type PreviewOutcome = { previewHtml: string } | { errors: { body: string } } | { message: string; messageValues: { seconds: number } };

/** The preview's HTML, or why not: too many previews (for the whole form), or a body too slow to render (beside it). */
export async function previewPost(memberId: string, body: string, headingOffset = POST_HEADING_OFFSET): Promise<PreviewOutcome> {
  const wait = await previewWait(memberId, clientIp(await headers()));
  if (wait) return { message: "previewTooOften", messageValues: wait };
  const rendered = await renderMarkdownOffThread(body, headingOffset);
  return rendered.ok ? { previewHtml: rendered.html } : { errors: { body: rendered.message } };
}
