"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

/** A link to the sign-in page that brings the reader back to where they were. */
export function SignInLink({ href, children, className }: { href: "/login" | "/register"; children: React.ReactNode; className?: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const here = search ? `${pathname}?${search}` : pathname;
  const target = here === "/" || here.startsWith("/login") || here.startsWith("/register") ? href : `${href}?callbackUrl=${encodeURIComponent(here)}`;
  return (
    <Link href={target} className={className}>
      {children}
    </Link>
  );
}
