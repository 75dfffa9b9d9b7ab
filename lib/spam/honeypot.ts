// A field that people never see and bots fill in: a filled one marks the submission as automated.

export const HONEYPOT_FIELD = "website";

export function honeypotFilled(form: FormData): boolean {
  const value = form.get(HONEYPOT_FIELD);
  return typeof value === "string" && value.length > 0;
}
