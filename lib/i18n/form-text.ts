// Puts a form action's answer into the reader's language on the server, so the browser needs no translator.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/forms";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The state with its catalogue keys (message, success, field errors) replaced by their text. Keys are under
 * "validation", unless they name their namespace first: "accountSettings:bioTooLong".
 */
export async function inReadersLanguage<S extends FormState>(state: S): Promise<S> {
  if (!state.message && !state.success && !state.errors) return state;
  const root = (await getTranslations()) as unknown as Translate;
  const t: Translate = (key, values) => root(key.includes(":") ? key.replace(":", ".") : `validation.${key}`, values);
  const errors = state.errors && Object.fromEntries(Object.entries(state.errors).map(([field, key]) => [field, key && t(key as string)]));
  return {
    ...state,
    ...(state.message && { message: t(state.message, state.messageValues), messageValues: undefined }),
    ...(state.success && { success: t(state.success, state.messageValues), messageValues: undefined }),
    ...(errors && { errors }),
  };
}

/**
 * A form action whose answer arrives translated. Actions stay written in catalogue keys, which lib/ returns and
 * tests compare; only what leaves for the browser (or the page re-rendered without JavaScript) becomes text.
 */
export function answeringInText<S extends FormState>(action: (prev: S, form: FormData) => Promise<S>) {
  return async (prev: S, form: FormData): Promise<S> => inReadersLanguage(await action(prev, form));
}
