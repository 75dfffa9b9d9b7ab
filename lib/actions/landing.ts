// Where a writer lands after a write that succeeded. A browser without JavaScript posts the form itself and follows
// a 303 to the new address. With JavaScript, Next.js answers a redirect() by rendering the page redirected to into
// the action's own answer. That suits the rarer writes (redirectAfterWrite), but would cost every comment a page
// render before the write was even confirmed: comments land instead (land), with the address in the answer and the
// form's script fetching the page there (components/form/use-landing.ts).
import "server-only";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

/**
 * Redirects after a write. The browser's router is told to drop the pages it holds, which may show what the write
 * changed; without that, an address that differs from the page only by its #fragment would only scroll.
 */
export function redirectAfterWrite(url: string): never {
  refresh();
  redirect(url);
}

/** Sends the writer to `url`: a 303 for a plain form post, `{ landed }` for the page's script to follow. */
export async function land(url: string): Promise<{ landed: string }> {
  // React's fetch names the action in this header; a plain form post names it in a form field instead.
  if (!(await headers()).has("next-action")) redirect(url);
  return { landed: url };
}
