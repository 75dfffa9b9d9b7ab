// A record's id as a form sends it, checked once for every action: the only id parser there is.
import { z } from "zod";

/** Digits only, a positive safe integer: "0", "-1", "1e3", "1.0", "abc" and "" are refused as a bad request. */
export const id = z
  .string("invalidRequest")
  .regex(/^[1-9]\d{0,15}$/, "invalidRequest")
  .transform(Number)
  .refine(Number.isSafeInteger, "invalidRequest");

/** An id a form may leave empty (a comment's parent): null when empty, refused when malformed. */
export const optionalId = z
  .string("invalidRequest")
  .transform((value) => value || undefined)
  .pipe(id.optional())
  .transform((value) => value ?? null);

/** A user's id: an opaque string the database made, never empty. */
export const userId = z.string("invalidRequest").min(1, "invalidRequest").max(64, "invalidRequest");

/** An id from a page's address (/b/free/12): the number, or null when it is absent or malformed (the page 404s). */
export function addressId(value: string | undefined): number | null {
  const parsed = id.safeParse(value);
  return parsed.success ? parsed.data : null;
}
