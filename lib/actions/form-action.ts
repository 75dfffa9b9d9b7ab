// The two shapes of server action, both on the one guard (./guard.ts): a form that answers with FormState, and a
// plain button form that answers by sending the reader somewhere.
import "server-only";
import type { z } from "zod";
import type { FormState } from "@/lib/forms";
import { answeringInText } from "@/lib/i18n/form-text";
import { guard, type Access, type ActionSpec, type ActorFor } from "./guard";

export type ActionCall<A extends Access, Input extends z.ZodObject, F extends string> = {
  /** Null only for actions open to anyone. */
  actor: ActorFor<A>;
  /** The form's fields, parsed by the spec's schema. */
  input: z.output<Input>;
  /** What the user typed, to hand back with a later refusal. */
  values: Record<F, string>;
};

/**
 * A form action (useActionState): guarded, parsed, then `write` runs; its answer is translated for the reader.
 * `write` may redirect (redirect(), redirectAfterWrite()), which throws past this wrapper untouched.
 * The state may add optional fields to FormState (a preview's HTML); a refusal carries none of them.
 */
export function formAction<State extends FormState<F>, A extends Access, Input extends z.ZodObject, F extends string = never>(
  spec: ActionSpec<A, Input, F>,
  write: (call: ActionCall<A, Input, F>) => Promise<State>,
): (prev: State, form: FormData) => Promise<State> {
  return answeringInText(async (_prev: State, form: FormData): Promise<State> => {
    const guarded = await guard(form, spec);
    if (!guarded.ok) return guarded.refusal as State;
    return write(guarded);
  });
}

/**
 * A plain form with no state to show (a recommend button, a thread switch, the language picker): guarded and
 * parsed like the rest; when refused, `refused` decides where the reader goes (or nothing happens).
 */
export function plainAction<A extends Access, Input extends z.ZodObject>(
  spec: ActionSpec<A, Input, never>,
  write: (call: ActionCall<A, Input, never>, form: FormData) => Promise<void>,
  refused: (form: FormData) => void | Promise<void> = () => {},
): (form: FormData) => Promise<void> {
  return async (form: FormData): Promise<void> => {
    const guarded = await guard(form, spec);
    if (!guarded.ok) return await refused(form);
    await write(guarded, form);
  };
}
