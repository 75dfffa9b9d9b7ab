// What a write in lib/ returns: what it made or touched (and what the action needs next), or why it was refused.

/** Catalogue keys under "validation", by field. */
export type FieldErrors<F extends string = string> = Partial<Record<F, string>>;

export type Refusal<F extends string = string> = {
  ok: false;
  /** A catalogue key under "validation", for the whole form. */
  message?: string;
  messageValues?: Record<string, string | number>;
  /** Catalogue keys by field, when the refusal belongs beside one (a username already taken). */
  errors?: FieldErrors<F>;
};

export type WriteResult<T = { id: number }, F extends string = string> = ({ ok: true } & T) | Refusal<F>;

export const refuse = (message: string, messageValues?: Record<string, string | number>): Refusal => ({
  ok: false,
  message,
  messageValues,
});
