// Raw HTML in the Markdown source styled to be invisible: the renderer drops it, but writing it shows intent to hide.
import type { PreparedText } from "./prepared";

const OPENING_TAG = /<[A-Za-z][\w-]*(\s[^<>]*)?>/g;
const STYLE_ELEMENT = /<style\b[^<>]*>([^<]*)/gi;
const QUOTED_VALUE = /"[^"]*"|'[^']*'/g;
const HIDDEN_ATTRIBUTE = /(?:^|\s)hidden(?:[\s=/]|$)/i;
const STYLE_ATTRIBUTE = /(?:^|\s)style\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** Declarations that hide text outright, written without spaces, lower-case, !important dropped. */
const HIDING: RegExp[] = [
  /^display:none$/,
  /^visibility:(?:hidden|collapse)$/,
  /^(?:color|-webkit-text-fill-color):(?:transparent|(?:rgba|hsla)\([^)]*[,/]0(?:\.0*)?%?\))$/,
  /^transform:scale\(0(?:\.0*)?[,)]/,
  /^clip:rect\(0/,
  // Pushed off-screen by 100px or more: left:-9999px, text-indent:-5000px.
  /^(?:left|top|right|bottom|text-indent|margin-left|margin-top):-\d{3,}/,
];
/** Text this small cannot be read: under 2px, 0.2em or 20%. Opacity under 0.1 cannot be seen. */
const TINY_FONT: Record<string, number> = { "": 2, px: 2, pt: 2, em: 0.2, rem: 0.2, "%": 20 };
// Numbers written as \d+(\.\d*)? or \.\d+, never \d*\.?\d+, whose two digit runs backtrack against each other.
const FONT_SIZE = /^font-size:(\d+(?:\.\d*)?|\.\d+)(px|pt|em|rem|%)?$/;
const OPACITY = /^opacity:(\d+(?:\.\d*)?|\.\d+)(%)?$/;
const ZERO_SIZE = /^(?:max-)?(?:width|height):0(?:px|em|rem|%)?$/;
const MIN_OPACITY = 0.1;

/** True when raw HTML outside code hides its content with a style, a `hidden` attribute or a <style> rule. */
export function hasHiddenHtml(text: PreparedText): boolean {
  if (!text.body.includes("<")) return false;
  const html = text.bodyWithoutCode;
  for (const tag of html.matchAll(OPENING_TAG)) {
    const attributes = tag[1] ?? "";
    if (HIDDEN_ATTRIBUTE.test(attributes.replace(QUOTED_VALUE, ""))) return true;
    const style = STYLE_ATTRIBUTE.exec(attributes);
    if (style && hidesText(style[1] ?? style[2] ?? style[3] ?? "")) return true;
  }
  for (const element of html.matchAll(STYLE_ELEMENT)) if (hidesText(element[1] ?? "")) return true;
  return false;
}

/** Whether CSS declarations (an attribute's, or a stylesheet's rules) make text invisible. */
export function hidesText(css: string): boolean {
  const declarations = css
    .toLowerCase()
    .replace(/\s+|!important/g, "")
    .split(/[;{}]/);
  // Zero height or width hides text only when the overflow is clipped as well.
  const clipped = declarations.includes("overflow:hidden");
  return declarations.some((declaration) => {
    if (HIDING.some((rule) => rule.test(declaration))) return true;
    if (clipped && ZERO_SIZE.test(declaration)) return true;
    const font = FONT_SIZE.exec(declaration);
    if (font) return Number(font[1]) < (TINY_FONT[font[2] ?? ""] ?? 0);
    const opacity = OPACITY.exec(declaration);
    if (opacity) return Number(opacity[1]) / (opacity[2] ? 100 : 1) < MIN_OPACITY;
    return false;
  });
}
