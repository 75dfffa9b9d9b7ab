// What notice mails need outside a request: a translator in the member's language and links on the site's origin.
import "server-only";
import { createTranslator } from "next-intl";
import en from "../i18n/messages/en.json";
import ko from "../i18n/messages/ko.json";
import { DEFAULT_LOCALE, isLocale } from "../i18n/config";
import { publicOrigin } from "../platform/site-origin";
import type { Translate } from "./notifications";

const CATALOGUES = { en, ko };

export function translatorFor(locale: string | null | undefined): Translate {
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return createTranslator({ locale: lang, messages: CATALOGUES[lang] }) as unknown as Translate;
}

/** A site path as an absolute link on the configured origin (never a request's Host). */
export const absoluteLink = (path: string): string => `${publicOrigin()}${path}`;
