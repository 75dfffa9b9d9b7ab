// @username mentions: turned into profile links as Markdown renders (code spans, code blocks and links ignored), and
// found again in the rendered HTML. No "server-only" and relative imports only: the render worker loads this.
import type { Link, Parent, PhrasingContent, Root, Text } from "mdast";
import { SKIP, visit } from "unist-util-visit";

/** Mentions acted on per write: more are left as plain text links, notifying nobody. */
export const MAX_MENTIONS_PER_WRITE = 10;

// "@" at the start or after something that cannot be part of a name or an address (so "me@example.com" is no
// mention), then a username's characters (lib/accounts/usernames.ts: letters, digits, _ and -), 3 to 20 of them.
const MENTION = /(^|[^\p{L}\p{Nd}_@.+-])@([\p{L}\p{Nd}_-]{3,20})(?![\p{L}\p{Nd}_@])/gu;

/** Text nodes outside code and links, where a mention counts. */
function eachMentionText(tree: Root, fn: (node: Text, index: number, parent: Parent) => void): void {
  visit(tree, (node, index, parent) => {
    if (node.type === "link" || node.type === "linkReference" || node.type === "code" || node.type === "inlineCode" || node.type === "html") return SKIP;
    if (node.type === "text" && parent && typeof index === "number") fn(node, index, parent);
    return undefined;
  });
}

/** What remarkMentions makes of "@name" once sanitised: `<a href="/u/name" rel="…">@name</a>`. */
// No "<" or ">" inside a name or an attribute, so a match can never run past its own tag: one linear pass.
const MENTION_LINK = /<a href="\/u\/([^"<>?#/]+)"(?: [a-z-]+="[^"<>]*")*>@([^<]+)<\/a>/g;

/**
 * The usernames a rendered body mentions, in order of first appearance, one per name (compared by `keyOf`), at most
 * MAX_MENTIONS_PER_WRITE. Read from the HTML the render pool made under its time budget: parsing the Markdown again
 * here, on the server's thread and inside the write's transaction, is what Markdown built to be slow would stall.
 * A link the writer made by hand, `[@sora](/u/sora)`, reads the same and counts the same.
 */
export function mentionsInHtml(html: string, keyOf: (name: string) => string = (n) => n.normalize("NFKC").toLowerCase()): string[] {
  const found = new Map<string, string>();
  for (const match of html.matchAll(MENTION_LINK)) {
    let name: string;
    try {
      name = decodeURIComponent(match[1]!);
    } catch {
      continue;
    }
    if (name !== match[2]) continue;
    const key = keyOf(name);
    if (!found.has(key)) found.set(key, name);
    if (found.size === MAX_MENTIONS_PER_WRITE) break;
  }
  return [...found.values()];
}

/** A remark plugin: each mention in running text becomes a link to the member's profile (/u/name). */
export function remarkMentions() {
  return (tree: Root) => {
    const edits: { parent: Parent; index: number; parts: PhrasingContent[] }[] = [];
    eachMentionText(tree, (node, index, parent) => {
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(MENTION)) {
        const at = match.index + match[1]!.length;
        if (at > last) parts.push({ type: "text", value: node.value.slice(last, at) });
        const name = match[2]!;
        const link: Link = { type: "link", url: `/u/${encodeURIComponent(name)}`, children: [{ type: "text", value: `@${name}` }] };
        parts.push(link);
        last = at + 1 + name.length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
      edits.push({ parent, index, parts });
    });
    // From the last edit back, so earlier indexes stay true.
    for (const { parent, index, parts } of edits.reverse()) parent.children.splice(index, 1, ...(parts as Parent["children"]));
  };
}
