"use client";
// A form's way back: a link to the page without the form, or, for a form opened in place by script, closing it there.

import Link from "next/link";
import type { ReactNode } from "react";

export function CancelLink({ href, onCancel, children }: { href: string; onCancel?: () => void; children: ReactNode }) {
  return (
    <Link
      href={href}
      onClick={(event) => {
        if (!onCancel) return;
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </Link>
  );
}
