import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { signOutAction } from "@/app/actions";
import { SignInLink } from "@/components/auth/sign-in-link";
import { getCurrentUser } from "@/lib/auth/session";
import { unreadCount } from "@/lib/accounts/notifications";
import { waitingCount } from "@/lib/moderation/reports";
import { canModerate, canAdminister } from "@/lib/permissions";
import { profileHref } from "@/lib/routes";
import { ReturnHere } from "./return-here";

/** The signed-in member's name and links, or the way to sign in. */
export async function UserMenu() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("auth")]);
  if (!user) {
    return (
      <div className="flex items-center gap-3 text-sm">
        <Suspense fallback={<Link href="/login">{t("signIn")}</Link>}>
          <SignInLink href="/login">{t("signIn")}</SignInLink>
        </Suspense>
        <Suspense fallback={<Link href="/register">{t("register")}</Link>}>
          <SignInLink href="/register" className="rounded-md bg-stone-900 px-3 py-1.5 text-white no-underline hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900">
            {t("register")}
          </SignInLink>
        </Suspense>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <Link href={profileHref(user.username)} className="font-semibold" aria-label={t("signedInAs", { name: user.name })}>
        {user.name}
      </Link>
      <NotificationsLink userId={user.id} />
      {canModerate(user) && <QueueLink />}
      {canAdminister(user) && <Link href="/admin/users">{t("admin")}</Link>}
      <Link href="/settings">{t("settings")}</Link>
      <form action={signOutAction}>
        <Suspense fallback={<input type="hidden" name="returnTo" value="/" />}>
          <ReturnHere name="returnTo" />
        </Suspense>
        <button type="submit" className="text-stone-600 underline-offset-2 hover:underline dark:text-stone-300">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}

/** A header link with a count beside it when there is one, read out as "Notifications 3 unread". */
function CountedLink({ href, label, count, countWord, badgeClass }: { href: string; label: string; count: number; countWord: string; badgeClass: string }) {
  return (
    <Link href={href}>
      {label}
      {count > 0 && (
        <>
          {" "}
          <span className={`rounded-full px-1.5 py-0.5 text-xs font-semibold text-white ${badgeClass}`}>
            {count}
            <span className="sr-only"> {countWord}</span>
          </span>
        </>
      )}
    </Link>
  );
}

async function NotificationsLink({ userId }: { userId: string }) {
  const t = await getTranslations("notifications");
  return <CountedLink href="/notifications" label={t("title")} count={await unreadCount(userId)} countWord={t("unread")} badgeClass="bg-rose-600" />;
}

/** Staff's way to the review queue, with how many items wait there. */
async function QueueLink() {
  const t = await getTranslations("auth");
  return <CountedLink href="/mod/queue" label={t("queue")} count={await waitingCount()} countWord={t("queueWaiting")} badgeClass="bg-amber-700" />;
}
