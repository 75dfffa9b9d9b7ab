import Link from "next/link";
import { getTranslations } from "next-intl/server";

const PAGES = [
  { href: "/admin/users", label: "navUsers" },
  { href: "/admin/boards", label: "navBoards" },
  { href: "/admin/words", label: "navWords" },
  { href: "/admin/mail", label: "navMail" },
  { href: "/admin/site", label: "navSite" },
  { href: "/admin/uploads", label: "uploads" },
] as const;

/** Links between the admin pages, since the site header links only to the first. */
export async function BoardAdminNav({ current }: { current: (typeof PAGES)[number]["href"] }) {
  const t = await getTranslations("adminBoards");
  const tSite = await getTranslations("sitePages.admin");
  const tm = await getTranslations("media.admin");
  // The site and uploads pages' names live with the rest of their words, in their own namespaces.
  const label = (key: (typeof PAGES)[number]["label"]) => (key === "uploads" ? tm("nav") : key === "navSite" ? tSite("nav") : t(key));
  return (
    <nav aria-label={t("nav")} className="mb-4 text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {PAGES.map((page) => (
          <li key={page.href}>
            {page.href === current ? (
              <span aria-current="page" className="font-semibold">{label(page.label)}</span>
            ) : (
              <Link href={page.href}>{label(page.label)}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
