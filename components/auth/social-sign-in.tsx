import { getTranslations } from "next-intl/server";
import { signInWithGitHub } from "@/app/login/social-actions";
import { githubEnabled } from "@/lib/auth/config";

/** "Sign in with GitHub", shown only when the GitHub keys are configured. */
export async function SocialSignIn({ callbackUrl }: { callbackUrl: string }) {
  if (!githubEnabled()) return null;
  const t = await getTranslations("auth");
  return (
    <form action={signInWithGitHub} className="mt-4 border-t border-stone-200 pt-4 dark:border-stone-800">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <button
        type="submit"
        className="w-full rounded-md border border-stone-300 px-4 py-2 font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
      >
        {t("signInWithGitHub")}
      </button>
    </form>
  );
}
