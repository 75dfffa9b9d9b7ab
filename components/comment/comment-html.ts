// A thread's comments as HTML strings, built outside React so they are sent to every reader as plain strings
// instead of a component tree per comment, and remembered (below) so each comment is serialised once.
// - The header line of a comment (author, time, status, link to its edit history) is the same for every reader.
// - The whole list as a reader who is not signed in sees it has no controls but the recommendation count.
// - A member's list is the same comments with their controls; with a form open on one comment (?reply=, ?edit=, …)
//   the same tree becomes React elements (memberThreadElements), the form standing in its slot.
// So a comment's markup is written once, here. hast-util-to-html escapes every text and attribute value; comment
// bodies are already sanitised HTML (lib/markdown/pipeline.ts) and go in as they are.
//
// Each comment's HTML is remembered by what it shows (its fields, the language, where the thread lives), so a
// thread rendered again after one write serialises only the comment that changed, and a member's list is the
// remembered comments with their controls slotted in.
import "server-only";
import { createHash } from "node:crypto";
import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { h } from "hastscript";
import type { ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { ThreadComment } from "@/lib/content/comments";
import { DATE_EXACT, DATE_WITH_TIME, withZone } from "@/lib/i18n/date-formats";
import { remembered } from "@/lib/platform/remembered";
import { commentHistoryHref, profileHref } from "@/lib/routes";

export type Translate = (key: string, values?: Record<string, string | number>) => string;
export type FormatDate = (value: Date, options: typeof DATE_EXACT) => string;
/** What the HTML needs from the request: the reader's language, and where the thread lives. */
export type ThreadContext = {
  /** The language `t`, `tm`, `tp` and `formatDate` speak: remembered HTML is kept per language. */
  locale: string;
  /** The "comments", "moderation" and "post" messages. */
  t: Translate;
  tm: Translate;
  tp: Translate;
  /** The "notices" messages: held writing's explanation. Without it the short label stands. */
  tn?: Translate;
  formatDate: FormatDate;
  /** The zone formatDate writes times in, named on hover. */
  timeZone: string;
  /** For a member who reads relative dates ("3 hours ago"): the shown text; the exact time then goes on hover. */
  relativeDate?: (value: Date) => string;
  boardSlug: string;
  postId: number;
};

/** Indentation per reply level, in rem; capped by the comment depth limit. */
export const INDENT_REM = 1.25;
export const THREAD_CLASS = "space-y-3";
// The classes are defined in app/globals.css.
const HEADER_CLASS = "comment-header";
// One class each (app/globals.css sizes a comment's text): a value without spaces needs no quotes, and the list
// is sent twice, the second time with every quote escaped.
const BODY_CLASS = "prose-body";
const FOOTER_CLASS = "comment-footer";
const TOMBSTONE_CLASS = "tombstone";
const MUTED = "muted";
export const LIKE_COUNT_CLASS = MUTED;
const BADGE = "status-badge";

/** A machine-readable time to the second: the milliseconds of toISOString() are weight a hundred times over. */
const toSecond = (value: Date) => `${value.toISOString().slice(0, 19)}Z`;

/** The class of a comment's <li>: replies get a rule on their leading edge. */
const itemClass = (depth: number) => (depth > 0 ? "comment comment-reply" : "comment");
const indent = (depth: number) => `${depth * INDENT_REM}rem`;
/**
 * The thread's HTML is sent twice, in the page and in React's payload (which escapes every quote, "<" and ">"), so
 * attribute quotes and end tags that HTML does not need are left out: hast-util-to-html still quotes any value that
 * needs it. The browser builds the same elements either way.
 */
const COMPACT = { preferUnquoted: true, omitOptionalTags: true } as const;
/** Whether the reader sees the comment's text, or only a tombstone where it was. */
const isReadable = (comment: Pick<ThreadComment, "bodyHtml" | "status">) => comment.bodyHtml !== "" || comment.status === "published";
/** The recommendation count as text, for readers who cannot recommend. */
export const likeCountText = (count: number, tp: Translate) => `♥ ${tp("likes", { count })}`;

/** What stands in the place of writing a reader may not see, or labels it for those who may. */
function tombstone(comment: Pick<ThreadComment, "status" | "removalReason" | "holdReasons">, t: Translate, tm: Translate, tn?: Translate): string {
  if (comment.status === "removed") return tm("removedBanner", { reason: tm(`reasons.${comment.removalReason ?? "other"}`) });
  if (comment.status === "held") {
    if (comment.holdReasons.includes("reports")) return tn ? tn("heldByReports") : tm("hiddenPendingReview");
    return tn ? tn("heldExplain", { reasons: comment.holdReasons.map((r) => tm(`checkReasons.${r}`)).join(", ") }) : tm("awaitingReview");
  }
  return t("deleted");
}

/** The shown time and its title: the zone always; the exact time too when the shown one is relative. */
function timeNodes(value: Date, { formatDate, timeZone, relativeDate }: ThreadContext): { shown: string; title: string } {
  if (relativeDate) return { shown: relativeDate(value), title: withZone(formatDate(value, DATE_EXACT), timeZone) };
  return { shown: formatDate(value, DATE_WITH_TIME), title: timeZone };
}

function headerNodes(comment: ThreadComment, context: ThreadContext): ElementContent[] {
  const { t, tm, tn, boardSlug, postId } = context;
  const time = timeNodes(comment.createdAt, context);
  return [
    // Styled by position in app/globals.css (the author first, the rest muted): no class on a hundred links.
    h("a", { href: profileHref(comment.author.username) }, comment.author.name),
    // The title names only the zone, not the exact time as elsewhere on the site: a page has a hundred comments, each
    // sent twice, and the shown time and the machine-readable datetime say when. Relative times add the exact one.
    h("a", { href: `#comment-${comment.id}` }, h("time", { dateTime: toSecond(comment.createdAt), title: time.title }, time.shown)),
    ...(comment.status === "published" ? [] : [h("span", { class: BADGE }, tombstone(comment, t, tm, tn))]),
    ...(comment.editedAt ? [h("a", { href: commentHistoryHref(boardSlug, postId, comment.id) }, `(${t("edited")})`)] : []),
  ];
}

/** Comments' HTML remembered at once: enough for the threads a busy site is reading. */
const REMEMBERED_COMMENTS = 20_000;
/** A fixed-size key for what a piece of HTML shows; comment bodies are long. */
const fingerprint = (parts: readonly (string | number | null)[]) => createHash("sha256").update(parts.join("\u0000")).digest("base64url");

type Rendering = { comment: ThreadComment; context: ThreadContext };

const rememberedHeader = remembered(
  REMEMBERED_COMMENTS,
  ({ comment, context }: Rendering) => toHtml(headerNodes(comment, context), COMPACT),
  ({ comment: c, context }) =>
    fingerprint([context.locale, context.timeZone, context.relativeDate?.(c.createdAt) ?? "", context.boardSlug, context.postId, c.id, c.author.username, c.author.name, c.createdAt.getTime(), c.editedAt?.getTime() ?? null, c.status, c.holdReasons.join(), c.removalReason]),
);

/** The inner HTML of a comment's <header>. */
export const commentHeaderHtml = (comment: ThreadComment, context: ThreadContext) => rememberedHeader({ comment, context });

/** A member's controls under one comment: decided by components/comment/comment-thread.tsx (the permissions), drawn here. */
export type CommentControls = {
  /** The recommend button (it names the thread's one recommend form), or for who may not recommend the count alone. */
  like: { form: string; name: string; value: string; pressed: boolean; label: string } | null;
  /** Reply, edit, delete, report, moderate: plain links that open their form on the page. */
  links: { href: string; label: string }[];
};

/** The element a member's open form stands in (memberThreadElements): in place of the body, or after the footer. */
const FORM_SLOT = "rapport-form-slot";
/** Where the form a member opened on a comment goes: `body` for an edit, `end` for a reply, report, … */
export type FormPlace = "body" | "end";

/** One comment's <li>: its header (given as cached HTML, or built), its body, a footer when there is one, a form's slot. */
function item(comment: ThreadComment, { t, tm }: Pick<ThreadContext, "t" | "tm">, header: ElementContent[], footer: ElementContent | null, form?: FormPlace): Element {
  const slot = h(FORM_SLOT);
  const content = isReadable(comment)
    ? h("article", { ariaLabel: t("commentBy", { name: comment.author.name }) }, [
        h("header", { class: HEADER_CLASS }, header),
        form === "body" ? slot : h("div", { class: BODY_CLASS }, { type: "raw", value: comment.bodyHtml }),
        ...(footer ? [footer] : []),
        ...(form === "end" ? [slot] : []),
      ])
    : h("p", { class: TOMBSTONE_CLASS }, tombstone(comment, t, tm));
  // A top-level comment needs no indentation, and a hundred empty style attributes are weight for nothing.
  const style = comment.depth > 0 ? `margin-inline-start:${indent(comment.depth)}` : undefined;
  return h("li", { id: `comment-${comment.id}`, style, class: itemClass(comment.depth) }, content);
}

/** Where a comment's footer goes in its remembered HTML; split off before anyone sees it. */
const FOOTER_SLOT = "\u0000footer\u0000";

type CommentShell = { before: string; after: string };
type ShellRendering = { comment: ThreadComment; context: Pick<ThreadContext, "locale" | "t" | "tm">; headerHtml: string };

/**
 * A comment's <li> in two parts, for its footer to go between: everything up to the footer, and the end tags after
 * it. The slot is found from the end, so a body that happened to hold the marker could not move it. A tombstone has
 * no footer: all of it is `before`.
 */
const commentShell = remembered(
  REMEMBERED_COMMENTS,
  ({ comment, context, headerHtml }: ShellRendering): CommentShell => {
    const html = toHtml(item(comment, context, [{ type: "raw", value: headerHtml }], { type: "raw", value: FOOTER_SLOT }), { ...COMPACT, allowDangerousHtml: true });
    const at = html.lastIndexOf(FOOTER_SLOT);
    return at < 0 ? { before: html, after: "" } : { before: html.slice(0, at), after: html.slice(at + FOOTER_SLOT.length) };
  },
  ({ comment: c, context, headerHtml }) => fingerprint([context.locale, c.id, c.depth, c.status, c.holdReasons.join(), c.removalReason, c.author.name, headerHtml, c.bodyHtml]),
);

/** The footer a visitor sees: the count alone, and only when there is one ("0 likes" a hundred times tells nothing). */
const publicFooter = remembered(
  1_000,
  ({ count, tp }: { count: number; tp: Translate; locale: string }) =>
    count > 0 ? toHtml(h("footer", { class: `${FOOTER_CLASS} ${LIKE_COUNT_CLASS}` }, likeCountText(count, tp)), COMPACT) : "",
  ({ count, locale }) => `${locale}:${count}`,
);

/** The inner HTML of the thread's <ol> for readers who are not signed in: the comments of listThread(postId, null). */
export function publicThreadHtml(comments: ThreadComment[], context: ThreadContext): string {
  return comments
    .map((comment) => {
      const shell = commentShell({ comment, context, headerHtml: commentHeaderHtml(comment, context) });
      return shell.before + publicFooter({ count: comment.likeCount, tp: context.tp, locale: context.locale }) + shell.after;
    })
    .join("");
}

/** A count in a footer: "3 recommendations" beside no button, the bare number on one. */
type CountTexts = { likes: (count: number) => string; number: (count: number) => string };

/** The footer's counts, each formatted once per page rather than once per comment. */
function countTexts(tp: Translate, locale: string): CountTexts {
  const likes = new Map<number, string>();
  const numbers = new Intl.NumberFormat(locale);
  return {
    likes: (count) => {
      let text = likes.get(count);
      if (text === undefined) likes.set(count, (text = tp("likes", { count })));
      return text;
    },
    number: (count) => numbers.format(count),
  };
}

/** One word per language for one thing: the button says "Recommend · 3", a reader who may not press it "3 recommendations". */
function memberFooterNodes(comment: ThreadComment, { like, links }: CommentControls, counts: CountTexts): ElementContent[] {
  return [
    like
      ? h("button", { type: "submit", form: like.form, name: like.name, value: like.value, ariaPressed: String(like.pressed), class: "recommend-button" }, [
          h("span", { ariaHidden: "true" }, "♥"),
          ` ${like.label} · ${counts.number(comment.likeCount)}`,
        ])
      : h("span", { class: LIKE_COUNT_CLASS }, `♥ ${counts.likes(comment.likeCount)}`),
    ...links.map((link) => h("a", { href: link.href }, link.label)),
  ];
}


type FooterRendering = { comment: ThreadComment; controls: CommentControls; counts: CountTexts; locale: string };

/** A member's <footer>, remembered by its controls: members who may do the same things to a comment share it. */
const memberFooter = remembered(
  REMEMBERED_COMMENTS,
  ({ comment, controls, counts }: FooterRendering) => toHtml(h("footer", { class: FOOTER_CLASS }, memberFooterNodes(comment, controls, counts)), COMPACT),
  ({ comment, controls, locale }) => `${locale}:${comment.likeCount}:${JSON.stringify(controls)}`,
);

/**
 * The inner HTML of the thread's <ol> as a member sees it, controls and all, with each header from the cache: one
 * string instead of a component tree per comment, which is most of the cost of a member's thread page.
 */
export function memberThreadHtml<C extends ThreadComment & { headerHtml: string }>(
  comments: C[],
  context: Pick<ThreadContext, "locale" | "t" | "tm" | "tp">,
  controlsOf: (comment: C) => CommentControls,
): string {
  const counts = countTexts(context.tp, context.locale);
  return comments
    .map((comment) => {
      const shell = commentShell({ comment, context, headerHtml: comment.headerHtml });
      return shell.before + (shell.after && memberFooter({ comment, controls: controlsOf(comment), counts, locale: context.locale })) + shell.after;
    })
    .join("");
}

/** Stands for an element whose content is HTML already made (a remembered header, a sanitised body). */
const RAW_HTML = "rapport-raw-html";

/** Elements whose only child is raw HTML become RAW_HTML elements carrying it, which React sets as inner HTML. */
function carryRawHtml(node: Element): Element {
  const [only] = node.children;
  if (node.children.length === 1 && only?.type === "raw") {
    return { ...node, tagName: RAW_HTML, properties: { ...node.properties, as: node.tagName, html: only.value }, children: [] };
  }
  return { ...node, children: node.children.map((child) => (child.type === "element" ? carryRawHtml(child) : child)) };
}

const RawHtml = ({ as, html, ...props }: { as: "header" | "div"; html: string }) => jsx(as, { ...props, dangerouslySetInnerHTML: { __html: html } });

/**
 * The thread as a member sees it with a form open on one comment: the <li>s of memberThreadHtml as React elements,
 * with `form` in the open comment's slot. Only this page, rarer than the plain list, needs elements at all.
 */
export function memberThreadElements<C extends ThreadComment & { headerHtml: string }>(
  comments: C[],
  context: Pick<ThreadContext, "locale" | "t" | "tm" | "tp">,
  controlsOf: (comment: C) => CommentControls,
  open: { commentId: number; place: FormPlace; form: ReactNode },
): ReactNode {
  const counts = countTexts(context.tp, context.locale);
  const items = comments.map((comment) =>
    carryRawHtml(
      item(
        comment,
        context,
        [{ type: "raw", value: comment.headerHtml }],
        h("footer", { class: FOOTER_CLASS }, memberFooterNodes(comment, controlsOf(comment), counts)),
        comment.id === open.commentId ? open.place : undefined,
      ),
    ),
  );
  const tree: Root = { type: "root", children: items };
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components: { [FORM_SLOT]: () => open.form, [RAW_HTML]: RawHtml } as never });
}
