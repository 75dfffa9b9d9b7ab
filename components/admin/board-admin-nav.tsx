import Link from "next/link";
import { getTranslations } from "next-intl/server";

const PAGES = [
  { href: "/admin/users", label: "navUsers" },
  { href: "/admin/boards", label: "navBoards" },
  { href: "/admin/words", label: "navWords" },
  { href: "/admin/mail", label: "navMail" },
  { href: "/admin/site", label: "navSite" },
] as const;

/** Links between the admin pages, since the site header links only to the first. */
export async function BoardAdminNav({ current }: { current: (typeof PAGES)[number]["href"] }) {
  const t = await getTranslations("adminBoards");
  const tSite = await getTranslations("sitePages.admin");
  return (
    <nav aria-label={t("nav")} className="mb-4 text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {PAGES.map((page) => (
          <li key={page.href}>
            {page.href === current ? (
              <span aria-current="page" className="font-semibold">{page.label === "navSite" ? tSite("nav") : t(page.label)}</span>
            ) : (
              <Link href={page.href}>{page.label === "navSite" ? tSite("nav") : t(page.label)}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
