"use client";
// The warning before a page whose boxes hold unsent text is left: by reload, address or closing (beforeunload), or by
// a link to another page of the site, which the router would follow without an unload.

/** The boxes on the page with unsent text, each as a check of whether it still differs from what was published. */
const unsent = new Set<() => boolean>();
let leaveWarning = "";
/** Set once the member agreed to leave by a link, so the unload that may follow does not ask again. */
let agreedToLeave = false;
const anyUnsent = () => [...unsent].some((differs) => differs());

function onBeforeUnload(event: BeforeUnloadEvent) {
  if (agreedToLeave || !anyUnsent()) return;
  event.preventDefault();
  event.returnValue = "";
}

/**
 * A link to another page (the router would swap it without an unload): ask first. Links within the page (a comment
 * page, a form in place) keep every box; a link that does load a page anew meets beforeunload as well, once.
 */
function onLinkClick(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
  if (!link || link.target === "_blank" || link.hasAttribute("download")) return;
  const to = new URL(link.href, location.href);
  if (to.origin !== location.origin || to.pathname === location.pathname || !anyUnsent()) return;
  if (window.confirm(leaveWarning)) {
    agreedToLeave = true;
    setTimeout(() => (agreedToLeave = false), 1_000);
    return;
  }
  event.preventDefault();
  event.stopPropagation();
}

/** Counts a box as unsent while `differs` says so, until the returned function is called; `warning` asks before a link leaves. */
export function watchUnsent(differs: () => boolean, warning: string): () => void {
  if (unsent.size === 0) {
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onLinkClick, true);
  }
  unsent.add(differs);
  leaveWarning = warning;
  return () => {
    unsent.delete(differs);
    if (unsent.size > 0) return;
    window.removeEventListener("beforeunload", onBeforeUnload);
    window.removeEventListener("click", onLinkClick, true);
  };
}
