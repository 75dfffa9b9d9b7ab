// The one guard every server action passes: who is asking, may they, and is what they sent well formed.
// It reads the form's typed fields first, so that every refusal hands back what the user typed.
import "server-only";
import type { z } from "zod";
import { currentWriter, requirePermission, requireUser, type CurrentUser } from "@/lib/auth/session";
import { formValues, type FormState } from "@/lib/forms";
import { honeypotFilled } from "@/lib/spam/honeypot";
import { fieldErrors } from "@/lib/validation/account";

type Permission = (user: CurrentUser) => boolean | Promise<boolean>;

/**
 * Who may send the form.
 * - anyone: sign-in, registration, first-admin setup, the language switch.
 * - member: an active member, and with `may` one whom that predicate of lib/permissions.ts allows; anyone else gets
 *   `refusal` (or "signInToWrite" / "accountRestricted") beside the form, with what they typed.
 * - page: as the page itself is guarded: a visitor is sent to sign in (back to `returnTo`), the rest forbidden (403).
 */
export type Access =
  | { as: "anyone" }
  | { as: "member"; may?: undefined }
  | { as: "member"; may: Permission; refusal: string }
  | { as: "page"; returnTo: string; may?: Permission; allowSuspended?: boolean };

export type ActorFor<A extends Access> = A extends { as: "anyone" } ? null : CurrentUser;

export type ActionSpec<A extends Access, Input extends z.ZodObject, F extends string> = {
  access: A;
  /** The zod schema of everything the action reads from the form (lib/validation/); its keys name the fields read. */
  input: Input;
  /** The fields the user types, handed back on every refusal; their errors show beside them. */
  fields?: readonly F[];
  /** Fields the user types that are never handed back (passwords); their errors still show beside them. */
  secrets?: readonly string[];
  /** A filled honeypot is a bot's: it is answered with this message and nothing else happens. */
  honeypot?: string;
};

export type Guarded<A extends Access, Input extends z.ZodObject, F extends string> =
  | { ok: true; actor: ActorFor<A>; input: z.output<Input>; values: Record<F, string> }
  | { ok: false; refusal: FormState<F> };

/** Values, then the session and permission, then the honeypot, then the schema: the first refusal wins. */
export async function guard<A extends Access, Input extends z.ZodObject, F extends string = never>(
  form: FormData,
  spec: ActionSpec<A, Input, F>,
): Promise<Guarded<A, Input, F>> {
  const fields = spec.fields ?? [];
  const values = formValues(form, fields);
  const refused = (state: FormState<F>) => ({ ok: false as const, refusal: fields.length > 0 ? { ...state, values } : state });

  const asking = await actorFor(spec.access);
  if ("message" in asking) return refused({ message: asking.message });
  if (spec.honeypot && honeypotFilled(form)) return refused({ message: spec.honeypot });

  const input = spec.input.safeParse(formValues(form, Object.keys(spec.input.shape)));
  if (!input.success) return refused(splitErrors(fieldErrors(input.error), [...fields, ...(spec.secrets ?? [])]));
  return { ok: true, actor: asking.actor as ActorFor<A>, input: input.data, values };
}

async function actorFor(access: Access): Promise<{ actor: CurrentUser | null } | { message: string }> {
  if (access.as === "anyone") return { actor: null };
  if (access.as === "page") {
    // requireUser and requirePermission redirect or answer 403 themselves: the page's behaviour, kept.
    if (access.may) return { actor: await requirePermission(access.may, access.returnTo) };
    return { actor: await requireUser(access.returnTo, { allowSuspended: access.allowSuspended }) };
  }
  const writer = await currentWriter();
  if ("message" in writer) return writer;
  if (access.may && !(await access.may(writer.user))) return { message: access.refusal };
  return { actor: writer.user };
}

/**
 * Errors of the fields the user sees stay beside them; an error in a hidden field (an id, a target, a chosen
 * reason) is the form's: the first one becomes its message.
 */
function splitErrors<F extends string>(errors: Record<string, string | undefined>, shown: readonly string[]): FormState<F> {
  const beside: Partial<Record<F, string>> = {};
  let message: string | undefined;
  for (const [field, error] of Object.entries(errors)) {
    if (shown.includes(field)) beside[field as F] = error;
    else message ??= error;
  }
  return { ...(Object.keys(beside).length > 0 && { errors: beside }), ...(message && { message }) };
}
