"use client";

import { usePathname, useSearchParams } from "next/navigation";

/** A hidden field naming the page the form was sent from, for an action that brings the reader back to it. */
export function ReturnHere({ name }: { name: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return <input type="hidden" name={name} value={search ? `${pathname}?${search}` : pathname} />;
}
