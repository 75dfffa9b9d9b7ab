import { getTranslations } from "next-intl/server";
import { SearchBox } from "@/components/search/search-box";
import { unreadCount } from "@/lib/accounts/notifications";
import { getCurrentUser } from "@/lib/auth/session";
import { waitingCount } from "@/lib/moderation/reports";
import { canModerate } from "@/lib/permissions";
import { LocaleSwitch } from "./locale-switch";
import { SiteLogo } from "./site-logo";
import { UserMenu } from "./user-menu";

/**
 * The site's name, then search, the member's links and the language. On narrow screens everything but the name folds
 * into a <details> menu, which opens without JavaScript; from the sm breakpoint its content always shows and the
 * menu button hides (app/globals.css, .site-menu).
 */
export async function SiteHeader() {
  const [t, user] = await Promise.all([getTranslations("sitePages.header"), getCurrentUser()]);
  // The folded menu hides the counts beside its links, so its button carries their sum.
  const waiting = user ? await unreadCount(user.id) + (canModerate(user) ? await waitingCount() : 0) : 0;
  return (
    <header className="relative border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto flex max-w-4xl items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <SiteLogo />
        <details className="site-menu">
          <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium dark:border-stone-700 [&::-webkit-details-marker]:hidden">
            <span aria-hidden="true">☰</span>
            {t("menu")}
            {waiting > 0 && (
              <span className="rounded-full bg-rose-600 px-1.5 py-0.5 text-xs font-semibold text-white">
                {waiting}
                <span className="sr-only"> {t("waiting")}</span>
              </span>
            )}
          </summary>
          <div className="site-menu-panel absolute inset-x-0 top-full z-30 flex flex-col items-start gap-4 border-b border-stone-200 bg-white px-4 py-4 shadow-md sm:static sm:flex-row sm:flex-wrap sm:items-center sm:justify-end sm:gap-x-4 sm:gap-y-2 sm:border-0 sm:bg-transparent sm:p-0 sm:shadow-none dark:border-stone-800 dark:bg-stone-900 sm:dark:bg-transparent">
            <SearchBox />
            <UserMenu />
            <LocaleSwitch />
          </div>
        </details>
      </div>
    </header>
  );
}
