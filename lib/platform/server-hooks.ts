// What the Next.js app hands to the production server around it (scripts/server.ts) at start: the two run in one
// process but load separate copies of lib/, so they meet on globalThis. No imports, so either side can load it.

export type ViewOfPage = {
  /** The path as requested, before any decoding. */
  pathname: string;
  method: string;
  /** The request's headers as the browser sent them: Next.js strips its router headers before proxy.ts sees them. */
  headers: Pick<Headers, "get" | "has">;
  /**
   * The signed-in member's id, read from the session only when the view is about to be counted: at once without a
   * session cookie, through a promise while a session is decrypted.
   */
  userId: () => string | null | Promise<string | null>;
  ip: string;
};

export type ServerHooks = {
  /** Counts a view if the request reads a visible thread and qualifies (lib/content/views.ts). Never throws or rejects. */
  countView(view: ViewOfPage): void | Promise<void>;
  /** Writes buffered views and closes the database; called once requests in flight have finished. */
  shutdown(): void | Promise<void>;
};

const holder = globalThis as typeof globalThis & { __rapportServerHooks?: ServerHooks };

export function registerServerHooks(hooks: ServerHooks): void {
  holder.__rapportServerHooks = hooks;
}

/** The hooks, once the app has started; null under `next dev` or before instrumentation has run. */
export function serverHooks(): ServerHooks | null {
  return holder.__rapportServerHooks ?? null;
}
