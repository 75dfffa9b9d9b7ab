"use client";
// The browser half of lib/actions/landing.ts: goes where the action said the write landed, fetching only that page.

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

/**
 * Follows `landed` once it is set. Another page (a new comment page, the thread after an edit) is a client
 * navigation. The same page is refreshed first and then scrolled to the #fragment, since a change of fragment
 * alone would only scroll to where the new comment is not yet.
 */
export function useLanding(landed: string | undefined): void {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const scrollTo = useRef<string | null>(null);

  useEffect(() => {
    if (!landed) return;
    const target = new URL(landed, window.location.href);
    if (target.pathname + target.search !== window.location.pathname + window.location.search) {
      router.push(landed);
      return;
    }
    scrollTo.current = landed;
    startRefresh(() => router.refresh());
  }, [landed, router]);

  useEffect(() => {
    if (refreshing || !scrollTo.current) return;
    router.push(scrollTo.current);
    scrollTo.current = null;
  }, [refreshing, router]);
}
