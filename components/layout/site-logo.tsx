import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { siteIdentity } from "@/lib/platform/site-identity";

/** The header's way home: the admin's logo image when there is one (named by the site's name), else the name. */
export async function SiteLogo() {
  const t = await getTranslations("site");
  const identity = await siteIdentity();
  const name = identity.name ?? t("name");
  return (
    <Link href="/" className="min-w-0 shrink truncate text-xl font-bold tracking-tight text-stone-900 no-underline dark:text-stone-50">
      {identity.logoUrl ? (
        // A plain <img>: the address is the admin's, on any https host, so Next's image optimiser (which needs a host list) does not apply.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={identity.logoUrl} alt={name} className="h-8 w-auto max-w-40 object-contain" />
      ) : (
        name
      )}
    </Link>
  );
}
