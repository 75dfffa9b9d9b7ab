// A post or comment prepared once for the spam checks: every form of the text a check reads (the words without code,
// the body without code, the letters-and-digits skeleton) is derived at most once, on first use, and shared.
import { proseOf, withoutCode } from "./prose";
import { skeletonOf, skeletonText, type Skeleton } from "./skeleton";

export type PreparedText = {
  /** Title and body as one text: banned words, foreign scripts and hidden characters count in titles too. */
  readonly whole: string;
  /** The Markdown body as typed: links and HTML only live there. */
  readonly body: string;
  /** The body with code blocks and spans blanked out (code shows markup and links as examples). */
  readonly bodyWithoutCode: string;
  /** The words a reader reads in the whole text: no code, link targets, URLs or tags. */
  readonly prose: string;
  /** The whole text's letters and digits with word boundaries, for banned words. */
  readonly skeleton: Skeleton;
  /** The body's letters and digits alone, for comparing it with the author's recent texts. */
  readonly bodySkeleton: string;
};

export function prepareText({ title, body }: { title?: string; body: string }): PreparedText {
  const whole = title ? `${title}\n\n${body}` : body;
  const once = <T>(derive: () => T) => {
    let value: { of: T } | undefined;
    return () => (value ??= { of: derive() }).of;
  };
  const bodyWithoutCode = once(() => withoutCode(body));
  const prose = once(() => proseOf(whole));
  const skeleton = once(() => skeletonOf(whole));
  const bodySkeleton = once(() => skeletonText(body));
  return {
    whole,
    body,
    get bodyWithoutCode() { return bodyWithoutCode(); },
    get prose() { return prose(); },
    get skeleton() { return skeleton(); },
    get bodySkeleton() { return bodySkeleton(); },
  };
}
