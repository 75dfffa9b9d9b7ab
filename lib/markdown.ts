// Markdown to safe HTML: CommonMark with GitHub tables, strikethrough and autolinks, sanitised by an allowlist.
import type { Element, Root } from "hast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit, SKIP } from "unist-util-visit";

/** Post bodies sit under the page's h1, comments under the comments' h2. */
export const POST_HEADING_OFFSET = 1;
export const COMMENT_HEADING_OFFSET = 2;

const LINK_REL = "ugc nofollow noopener";

// GitHub's allowlist, narrowed: links to http(s) and mail only, images from https only, no form controls.
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== "input"),
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["https"], cite: ["http", "https"] },
  // remark-rehype already prefixes footnote ids and their links with "user-content-"; prefixing the ids again here
  // left every footnote link pointing nowhere. Raw HTML is dropped, so footnotes are the only source of ids.
  clobberPrefix: "",
};

const headingLevel = /^h([1-6])$/;
const ID_PREFIX = "user-content-";
const FOOTNOTE_LABEL = "footnote-label";

/** Shifts headings down, caps them at h6, and hardens links and images after sanitising. */
function rehypeForumDefaults(options: { headingOffset: number }) {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      const level = headingLevel.exec(node.tagName);
      if (level) node.tagName = `h${Math.min(6, Number(level[1]) + options.headingOffset)}`;
      // The one footnote id remark-rehype leaves unprefixed (see the schema's clobberPrefix).
      if (node.properties.id === FOOTNOTE_LABEL) node.properties.id = `${ID_PREFIX}${FOOTNOTE_LABEL}`;
      if (Array.isArray(node.properties.ariaDescribedBy)) {
        node.properties.ariaDescribedBy = node.properties.ariaDescribedBy.map((id) => (id === FOOTNOTE_LABEL ? `${ID_PREFIX}${id}` : id));
      }
      if (node.tagName === "a" && typeof node.properties.href === "string") {
        node.properties.rel = LINK_REL.split(" ");
      }
      if (node.tagName === "img") {
        if (typeof node.properties.src !== "string" || !node.properties.src.startsWith("https:")) {
          if (parent && typeof index === "number") {
            parent.children.splice(index, 1);
            return [SKIP, index];
          }
        }
        node.properties.loading = "lazy";
        node.properties.referrerPolicy = "no-referrer";
      }
      return undefined;
    });
  };
}

function processor(headingOffset: number) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype) // raw HTML in the source is dropped, never passed through
    .use(rehypeSanitize, schema)
    .use(rehypeForumDefaults, { headingOffset })
    .use(rehypeStringify);
}

const processors = new Map<number, ReturnType<typeof processor>>();

/** Deeper nesting than this is flattened: no honest post needs it, and parsers slow down with depth. */
export const MAX_NESTING = 8;
/** Runs of one markup character longer than this are written as literal characters. */
const MAX_MARKUP_RUN = 32;
const MAX_INDENT = 4 * MAX_NESTING;
/** A line with more cells than this is not a table anyone reads: its pipes become literal. */
const MAX_TABLE_CELLS = 64;

const MARKUP_RUN = new RegExp(`([*_\\[\\]~\`<>|])\\1{${MAX_MARKUP_RUN},}`, "g");

/** Where the line's leading container markers (quotes ">", bullets, "1.") end, after at most `max` of them. */
function flattenNesting(line: string, max: number): string {
  let i = 0;
  let markers = 0;
  let keptEnd = 0;
  while (i < line.length) {
    let j = i;
    while (line[j] === " " || line[j] === "\t") j++;
    let k = j;
    if (line[k] === ">") k++;
    else if ((line[k] === "-" || line[k] === "*" || line[k] === "+") && (line[k + 1] === " " || line[k + 1] === "\t")) k++;
    else {
      while (k < line.length && k - j < 9 && line[k]! >= "0" && line[k]! <= "9") k++;
      if (k === j || (line[k] !== "." && line[k] !== ")") || (line[k + 1] !== " " && line[k + 1] !== "\t")) break;
      k++;
    }
    markers++;
    if (markers <= max) keptEnd = k;
    i = k;
  }
  return markers > max ? line.slice(0, keptEnd) + " " + line.slice(i).trimStart() : line;
}

const pipeCount = (line: string) => line.split("|").length - 1;

/**
 * Makes Markdown built to be slow harmless before it is parsed: caps quote and list nesting, caps
 * indentation, and turns very long runs of markup characters into escaped literals. Honest text is untouched.
 */
export function tameMarkdown(source: string): string {
  return source
    .split("\n")
    .map((line) => flattenNesting(line, MAX_NESTING))
    .map((line) => (pipeCount(line) > MAX_TABLE_CELLS ? line.replaceAll("|", "\\|") : line))
    .map((line) =>
      line
        .replace(/^[ \t]+/, (indent) => (indent.length > MAX_INDENT ? indent.slice(0, MAX_INDENT) : indent))
        .replace(MARKUP_RUN, (run) => run.replace(/./g, "\\$&")),
    )
    .join("\n");
}

/** Renders Markdown source to sanitised HTML, once, at write time. */
export function renderMarkdown(source: string, headingOffset = POST_HEADING_OFFSET): string {
  let p = processors.get(headingOffset);
  if (!p) {
    p = processor(headingOffset);
    processors.set(headingOffset, p);
  }
  return String(p.processSync(tameMarkdown(source)));
}
