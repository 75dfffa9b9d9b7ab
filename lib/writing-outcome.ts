// What a write returns: the id it made or touched, or why it was refused, as catalogue keys for the form.

export type WriteRefusal = {
  ok: false;
  /** A catalogue key under "validation". */
  message: string;
  messageValues?: Record<string, string | number>;
};

export type WriteResult<T = { id: number }> = ({ ok: true } & T) | WriteRefusal;

export const refuse = (message: string, messageValues?: Record<string, string | number>): WriteRefusal => ({
  ok: false,
  message,
  messageValues,
});
