"use client";

import type { FormState } from "@/lib/forms";

/** The outcome of a one-button form, beside it and announced, as on the users page's role form. */
export function ActionStatus({ state }: { state: FormState }) {
  return (
    <span role="status" className="text-sm">
      {state.message && <span className="text-red-700 dark:text-red-400">{state.message}</span>}
      {state.success && <span className="text-emerald-700 dark:text-emerald-400">{state.success}</span>}
    </span>
  );
}

export const smallButton =
  "rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800";
