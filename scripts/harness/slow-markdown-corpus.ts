// A generated corpus of Markdown shapes that parse slowly, each at several sizes up to the post body limit:
// shared by the render pool's unit tests, the hostile-input browser tests and the soak's long form.

/** Sizes in characters; the largest is the post body limit. */
export const CORPUS_SIZES = [1_000, 5_000, 12_000, 20_000, 35_000, 50_000] as const;

const nestedList = (depth: number, marker: string) => Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}${marker} x\n`).join("");
const nestedQuote = (depth: number) => `${"> ".repeat(depth)}x\n`;

/** Units that repeat into a shape; each family is what the parser finds hard: setext, nesting, delimiters, brackets. */
const FAMILIES: Record<string, string[]> = {
  setext: ["a\n===\n", "a\n---\n", "ab\n=\n", "a\nb\n===\n", "a\n===\n\n"],
  lists: [2, 4, 6, 8].flatMap((d) => [nestedList(d, "-"), nestedList(d, "1.")]),
  quotes: [2, 4, 8].map(nestedQuote).concat(["> - > - x\n"]),
  emphasis: ["**a__", "*a_", "_a**b*", "***a___", "**a__\n", "a**b__c "],
  brackets: ["[a", "[[a]", "[a](", "![a[", "[a](<", "[](["],
  references: ["[a]: http://x\n", "[a]: http://x\n[a][a]\n", "[a][b]"],
  tables: [8, 32, 64].map((n) => `|${"a|".repeat(n)}\n|${"-|".repeat(n)}\n`),
};

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** A mix: units from different families, taken in a fixed order so that the corpus is the same on every run. */
function mix(seed: number, size: number): string {
  const units = Object.values(FAMILIES).flat();
  let out = "";
  for (let i = seed; out.length < size; i += 7) out += fill(units[i % units.length]!, 500);
  return out.slice(0, size);
}

export type CorpusEntry = { name: string; source: string };

/** Every family unit at every size, and mixes: several hundred entries. */
export function slowMarkdownCorpus(): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const [family, units] of Object.entries(FAMILIES)) {
    units.forEach((unit, i) => {
      for (const size of CORPUS_SIZES) entries.push({ name: `${family} #${i} at ${size}`, source: fill(unit, size) });
    });
  }
  for (let seed = 0; seed < 12; seed++) {
    for (const size of CORPUS_SIZES) entries.push({ name: `mix #${seed} at ${size}`, source: mix(seed, size) });
  }
  return entries;
}

/** Plain prose of the given length: what the slow shapes are measured against. */
export const plainText = (size: number) => fill("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", size);
