// Markdown to safe HTML: CommonMark with GitHub tables, strikethrough and autolinks, sanitised by an allowlist.
// The one implementation of the pipeline: the server runs it in worker threads (render-pool.ts), tests and scripts
// call it directly. No "server-only" here, and relative imports only: the worker loads this file with tsx.
import type { Element, Root } from "hast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit, SKIP } from "unist-util-visit";
import { isMediaSrc } from "../media/names";
import { remarkMentions } from "./mentions";
import { tameMarkdown } from "./tame";

/** Post bodies sit under the page's h1, comments under the comments' h2. */
export const POST_HEADING_OFFSET = 1;
export const COMMENT_HEADING_OFFSET = 2;

const LINK_REL = "ugc nofollow noopener";
/** The alignments a table cell may carry; app/globals.css honours them. */
const CELL_ALIGN: [string, ...string[]] = ["align", "left", "center", "right"];

// GitHub's allowlist, narrowed: links to http(s) and mail only, images from https or this site's uploads, no form controls.
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== "input"),
  // A table column's alignment (`:---:`, `---:`) is the one use of `align`: only on cells, only these values.
  attributes: {
    ...defaultSchema.attributes,
    "*": (defaultSchema.attributes?.["*"] ?? []).filter((name) => name !== "align"),
    th: [...(defaultSchema.attributes?.th ?? []), CELL_ALIGN],
    td: [...(defaultSchema.attributes?.td ?? []), CELL_ALIGN],
  },
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["https"], cite: ["http", "https"] },
  // remark-rehype already prefixes footnote ids and their links with "user-content-"; prefixing the ids again here
  // left every footnote link pointing nowhere. Raw HTML is dropped, so footnotes are the only source of ids.
  clobberPrefix: "",
};

const headingLevel = /^h([1-6])$/;
const ID_PREFIX = "user-content-";
const FOOTNOTE_LABEL = "footnote-label";

/** Images kept: from https addresses, or this site's own uploads (/media/<hash>.webp, lib/media/names.ts). */
const isKeptImageSrc = (src: unknown): boolean => typeof src === "string" && (src.startsWith("https:") || isMediaSrc(src));

/** Whether an element holds text, or an image that stays with a text alternative: what gives a link its name. */
function hasReadableContent(node: Element): boolean {
  return node.children.some(
    (child) =>
      (child.type === "text" && child.value.trim() !== "") ||
      (child.type === "element" && ((child.tagName === "img" && isKeptImageSrc(child.properties.src) && String(child.properties.alt ?? "").trim() !== "") || hasReadableContent(child))),
  );
}

/** Shifts headings down, caps them at h6, hardens links and images after sanitising, and names empty links. */
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
        // "[](https://…)" makes a link with nothing to read: a screen reader would announce an empty link.
        if (!hasReadableContent(node)) node.children = [{ type: "text", value: node.properties.href }];
      }
      if (node.tagName === "img") {
        if (!isKeptImageSrc(node.properties.src)) {
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
    .use(remarkMentions)
    .use(remarkRehype) // raw HTML in the source is dropped, never passed through
    .use(rehypeSanitize, schema)
    .use(rehypeForumDefaults, { headingOffset })
    .use(rehypeStringify);
}

const processors = new Map<number, ReturnType<typeof processor>>();

/** Renders Markdown source to sanitised HTML, synchronously: on the server, only inside a render worker. */
export function renderMarkdown(source: string, headingOffset = POST_HEADING_OFFSET): string {
  let p = processors.get(headingOffset);
  if (!p) {
    p = processor(headingOffset);
    processors.set(headingOffset, p);
  }
  return String(p.processSync(tameMarkdown(source)));
}
