// Spots a few words in a script foreign to the rest of the text: keyword spam injected into an honest post.
import type { PreparedText } from "./prepared";
import { isSyllabic, letterWeight, scriptOf, type Script } from "./script-of";

/**
 * Scripts a text may mix freely, by its dominant script. The forum writes English and Korean, so Latin and
 * Hangul never count against each other; Latin is everyone's script for names, products and code.
 * Han is absent from a Korean text's list on purpose: Hanja is welcome only in the small doses below.
 */
const NATIVE: Partial<Record<Script, Script[]>> = {
  latin: ["latin", "hangul"],
  hangul: ["hangul", "latin"],
  han: ["han", "kana", "latin"],
  kana: ["han", "kana", "latin"],
};

/** A text at least this share foreign, and at least a sentence of it, is written in two languages, not injected. */
export const BILINGUAL_MIN_SHARE = 0.3;
export const BILINGUAL_MIN_WEIGHT = 40;
/** A lone unquoted foreign word passes when this short: 정, 눈치, 韓, θ, Δ. Two words or more never do. */
export const BARE_SYLLABIC_WORD_MAX = 3;
export const BARE_ALPHABETIC_WORD_MAX = 4;
/** A single word in quotes or brackets is a citation or a gloss: "木漏れ日", 학교(學校), 「いただきます」. */
export const QUOTED_WORD_MAX = 8;

const OPENERS = new Set([..."([{（［「『\"'“‘«《〈【"]);
const CLOSERS = new Set([...")]}）］」』\"'”’»》〉】"]);
const SPACE = /\s/;

type Run = { start: number; end: number; letters: number; words: number; syllabic: boolean };

/**
 * True when the text's minority script appears as a short run that is not a quoted or single word.
 * A text whose dominant script is Japanese or Chinese is judged by the same rule against its own native set;
 * being Japanese is not spam by itself, and moderators judge off-topic languages elsewhere.
 */
export function hasInjectedScript(text: PreparedText): boolean {
  const chars = Array.from(text.prose);
  const scripts = chars.map(scriptOf);
  const weights = new Map<Script, number>();
  for (const script of scripts) if (script) weights.set(script, (weights.get(script) ?? 0) + letterWeight(script));
  if (weights.size < 2) return false;

  const [dominant] = [...weights].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  const native = new Set<Script>(NATIVE[dominant] ?? [dominant, "latin"]);
  let total = 0;
  let foreign = 0;
  for (const [script, weight] of weights) {
    total += weight;
    if (!native.has(script)) foreign += weight;
  }
  if (foreign === 0 || (foreign >= BILINGUAL_MIN_WEIGHT && foreign / total >= BILINGUAL_MIN_SHARE)) return false;
  return foreignRuns(chars, scripts, native).some((run) => !isCitation(run, chars));
}

/** Maximal stretches of foreign letters, joined across spaces and punctuation, ended by a native letter or a line. */
function foreignRuns(chars: string[], scripts: (Script | null)[], native: Set<Script>): Run[] {
  const runs: Run[] = [];
  let run: Run | null = null;
  let spaced = false;
  chars.forEach((char, i) => {
    const script = scripts[i] ?? null;
    if (script && !native.has(script)) {
      if (!run) runs.push((run = { start: i, end: i, letters: 0, words: 1, syllabic: false }));
      else if (spaced) run.words++;
      run.letters++;
      run.end = i + 1;
      run.syllabic ||= isSyllabic(script);
      spaced = false;
    } else if (run && (script || char === "\n")) {
      run = null;
    } else if (run && SPACE.test(char)) {
      spaced = true;
    }
  });
  return runs;
}

function isCitation(run: Run, chars: string[]): boolean {
  if (run.words > 1) return false;
  const quoted = OPENERS.has(chars[run.start - 1] ?? "") && CLOSERS.has(chars[run.end] ?? "");
  if (quoted && run.letters <= QUOTED_WORD_MAX) return true;
  return run.letters <= (run.syllabic ? BARE_SYLLABIC_WORD_MAX : BARE_ALPHABETIC_WORD_MAX);
}
