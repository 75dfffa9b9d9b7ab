"use client";
// A form's way back: a link to the page without the form, or, for a form opened in place by script, closing it there.

import Link from "next/link";
import { type ReactNode, useContext } from "react";
import { CloseInPlace } from "./open-in-place";

export function CancelLink({ href, onCancel: given, children }: { href: string; onCancel?: () => void; children: ReactNode }) {
  const closeInPlace = useContext(CloseInPlace);
  const onCancel = given ?? closeInPlace ?? undefined;
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
