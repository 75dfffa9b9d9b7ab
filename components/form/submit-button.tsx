"use client";

import { useFormStatus } from "react-dom";
import type { ButtonHTMLAttributes } from "react";

/** A submit button that shows it is working while the form is sent (with JavaScript on). */
export function SubmitButton({ children, pendingLabel, className = "", ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      aria-disabled={pending}
      className={`rounded-md bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700 aria-disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300 ${className}`}
      {...rest}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
