import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageWindow } from "@/lib/pagination";

type Props = {
  current: number;
  last: number;
  hrefFor: (page: number) => string;
  /** The nav's accessible name, a key of the "pagination" messages; two navs on one page need different names. */
  label?: "label" | "comments" | "commentsTop";
  className?: string;
};

/** First, previous, numbered pages, next, last: plain links that work without JavaScript. */
export async function Pagination({ current, last, hrefFor, label = "label", className = "mt-6" }: Props) {
  if (last <= 1) return null;
  const t = await getTranslations("pagination");
  const edge = (label: string, page: number, disabled: boolean) =>
    disabled ? (
      <span className="px-2.5 py-1.5 text-stone-400 dark:text-stone-600" aria-disabled="true">
        {label}
      </span>
    ) : (
      <Link href={hrefFor(page)} className="rounded px-2.5 py-1.5 hover:bg-stone-100 dark:hover:bg-stone-800">
        {label}
      </Link>
    );
  return (
    <nav aria-label={t(label)} className={`${className} flex flex-wrap items-center justify-center gap-1 text-sm`}>
      {edge(t("first"), 1, current === 1)}
      {edge(t("previous"), current - 1, current === 1)}
      {pageWindow(current, last).map((page) =>
        page === current ? (
          <span
            key={page}
            aria-current="page"
            aria-label={t("current", { page })}
            className="rounded bg-stone-900 px-2.5 py-1.5 font-semibold text-white dark:bg-stone-100 dark:text-stone-900"
          >
            {page}
          </span>
        ) : (
          <Link
            key={page}
            href={hrefFor(page)}
            aria-label={t("page", { page })}
            className="rounded px-2.5 py-1.5 hover:bg-stone-100 dark:hover:bg-stone-800"
          >
            {page}
          </Link>
        ),
      )}
      {edge(t("next"), current + 1, current === last)}
      {edge(t("last"), last, current === last)}
    </nav>
  );
}
