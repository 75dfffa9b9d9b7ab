// Builds a mail (subject, plain text and simple HTML) in the member's language. Links are made by the caller from
// the configured origin (lib/platform/site-origin.ts), never from a request's Host header.
import type { MailKind } from "@/db/enums";
import { DEFAULT_LOCALE, isLocale } from "../i18n/config";
import { MAIL_TEXTS } from "./texts";

export type MailContent = { subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function renderMail(kind: MailKind, locale: string | null | undefined, params: { name: string; link?: string; lines?: string[] }): MailContent {
  const words = MAIL_TEXTS[isLocale(locale) ? locale : DEFAULT_LOCALE][kind];
  const greeting = words.greeting(params.name);
  const lines = params.lines ?? [];
  const text = [greeting, "", words.body, ...lines.map((line) => `- ${line}`), ...(params.link ? ["", params.link] : []), "", words.footer, ""].join("\n");
  const link = params.link
    ? `<p><a href="${escapeHtml(params.link)}">${escapeHtml(words.action ?? params.link)}</a></p>\n<p style="color:#666;font-size:small">${escapeHtml(params.link)}</p>\n`
    : "";
  const list = lines.length > 0 ? `<ul>\n${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("\n")}\n</ul>\n` : "";
  const html =
    `<!doctype html>\n<html><body style="font-family:sans-serif;line-height:1.5">\n` +
    `<p>${escapeHtml(greeting)}</p>\n<p>${escapeHtml(words.body)}</p>\n${list}${link}<p>${escapeHtml(words.footer)}</p>\n</body></html>\n`;
  return { subject: words.subject, text, html };
}
