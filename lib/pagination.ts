// Page numbers for paginated lists: parsing ?page=N and choosing which numbers to show.
export const PAGE_SIZE = 20;
const WINDOW = 2; // page numbers shown on each side of the current page

/** Parses a ?page value; null means the value is not a page number at all. */
export function parsePage(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1;
  if (Array.isArray(raw) || !/^[1-9]\d{0,8}$/.test(raw)) return null;
  return Number(raw);
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The page numbers to link around the current page, e.g. 3 4 [5] 6 7. */
export function pageWindow(current: number, last: number): number[] {
  const start = Math.max(1, Math.min(current - WINDOW, last - 2 * WINDOW));
  const end = Math.min(last, start + 2 * WINDOW);
  const pages: number[] = [];
  for (let n = start; n <= end; n++) pages.push(n);
  return pages;
}
