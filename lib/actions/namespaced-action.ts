// A form action whose own answers are catalogue keys of its feature's namespace rather than "validation": every key
// (the write's, or the schema's field errors) is looked up there first, then in "validation" (the guard's refusals:
// signed out, malformed request).
import "server-only";
import type { z } from "zod";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/forms";
import type { ActionCall } from "./form-action";
import { guard, type Access, type ActionSpec } from "./guard";

type Translator = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

export function namespacedFormAction<State extends FormState<F>, A extends Access, Input extends z.ZodObject, F extends string = never>(
  namespace: string,
  spec: ActionSpec<A, Input, F>,
  write: (call: ActionCall<A, Input, F>) => Promise<State>,
): (prev: State, form: FormData) => Promise<State> {
  return async (_prev: State, form: FormData): Promise<State> => {
    const guarded = await guard(form, spec);
    const state = guarded.ok ? await write(guarded) : (guarded.refusal as State);
    if (!state.message && !state.success && !state.errors) return state;
    const [own, validation] = (await Promise.all([getTranslations(namespace), getTranslations("validation")])) as unknown as [Translator, Translator];
    const t = (key: string, values?: Record<string, string | number>) => (own.has(key) ? own(key, values) : validation(key, values));
    const errors = state.errors && Object.fromEntries(Object.entries(state.errors).map(([field, key]) => [field, key && t(key as string)]));
    return {
      ...state,
      ...(state.message && { message: t(state.message, state.messageValues), messageValues: undefined }),
      ...(state.success && { success: t(state.success) }),
      ...(errors && { errors }),
    };
  };
}
