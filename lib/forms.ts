// The state a form action returns: errors by field, a message for the whole form, and what the user typed.

export type FormState<F extends string = string> = {
  /** Catalogue keys under "validation", by field; text once the action answers (lib/i18n/form-text.ts). */
  errors?: Partial<Record<F, string>>;
  /** A catalogue key under "validation" for the whole form, with its values; text once the action answers. */
  message?: string;
  /** The values of the message's (or the success's) placeholders. */
  messageValues?: Record<string, string | number>;
  /** What the user typed, returned so that nothing is lost. Passwords are never included. */
  values?: Partial<Record<F, string>>;
  /** A catalogue key under "validation" saying the action succeeded; text once the action answers. */
  success?: string;
  /** Where the write landed, for the page's script to go (lib/actions/landing.ts); set only when JavaScript sent the form. */
  landed?: string;
};

/** Reads the named text fields of a form, for echoing them back. */
export function formValues<F extends string>(form: FormData, fields: readonly F[]): Record<F, string> {
  const values = {} as Record<F, string>;
  for (const field of fields) {
    const value = form.get(field);
    values[field] = typeof value === "string" ? value : "";
  }
  return values;
}

/** Only paths on this site: "/b/free", never "//evil.example" or "https://evil.example". */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  // Parsed against a placeholder origin: tabs and newlines drop out, Hangul comes back percent-encoded (a redirect's
  // Location header takes no other bytes), and anything the parser reads as another host is refused.
  try {
    const url = new URL(value, RETURN_BASE);
    return url.origin === RETURN_BASE ? url.pathname + url.search + url.hash : fallback;
  } catch {
    return fallback;
  }
}

const RETURN_BASE = "http://rapport.invalid";

/** The page to return to after signing in or registering, from a ?callbackUrl= that may be repeated or hostile. */
export function callbackFrom(raw: string | string[] | undefined): string {
  return safeReturnPath(Array.isArray(raw) ? raw[0] : raw);
}
