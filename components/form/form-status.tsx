"use client";

import type { FormState } from "@/lib/forms";

/** The form-wide message, already in the reader's language, in a live region so that screen readers announce it when it changes. */
export function FormStatus({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" role="status" className="empty:hidden">
      {state.message && (
        <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      )}
      {state.success && (
        <p className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
          {state.success}
        </p>
      )}
    </div>
  );
}
