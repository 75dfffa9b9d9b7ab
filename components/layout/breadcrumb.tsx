import Link from "next/link";
import { getTranslations } from "next-intl/server";

export type Crumb = { label: string; href?: string };

/** Home > ... > the current page, which is the last crumb and carries no link. */
export async function Breadcrumb({ items }: { items: Crumb[] }) {
  const t = await getTranslations("nav");
  const crumbs: Crumb[] = [{ label: t("home"), href: "/" }, ...items];
  return (
    <nav aria-label={t("breadcrumb")} className="mb-4 text-sm text-stone-500 dark:text-stone-400">
      <ol className="flex flex-wrap items-center gap-x-1.5">
        {crumbs.map((crumb, i) => {
          const last = i === crumbs.length - 1;
          return (
            <li key={i} className="flex items-center gap-x-1.5">
              {crumb.href && !last ? <Link href={crumb.href}>{crumb.label}</Link> : (
                <span aria-current={last ? "page" : undefined} className="line-clamp-1">
                  {crumb.label}
                </span>
              )}
              {!last && <span aria-hidden="true">›</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
