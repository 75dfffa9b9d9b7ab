// The settings page's picture section: a plain form to /media/avatar (works without JavaScript), the current
// picture or initials, and what the last attempt did. Placed by the page; it reads nothing itself.
import { getTranslations } from "next-intl/server";
import { UPLOAD_ACCEPT } from "@/lib/limits";
import { Avatar } from "./avatar";

type Props = { name: string; image: string | null; blocked: string | null; answer?: string };

const ANSWERS = new Set(["saved", "removed", "signIn", "accountRestricted", "confirmEmail", "uploadsOff", "noFile", "fileTooLarge", "dailyQuota", "newAccountQuota", "notAnImage", "svgRefused", "markupInImage", "dataAfterImage", "tooManyPixels", "unreadableImage"]);

export async function AvatarForm({ name, image, blocked, answer }: Props) {
  const t = await getTranslations("media.avatar");
  const te = await getTranslations("media.errors");
  const said = answer && ANSWERS.has(answer) ? answer : null;
  const good = said === "saved" || said === "removed";
  const values = { megabytes: 10, count: 0 };
  return (
    <section id="avatar" aria-labelledby="avatar-heading" className="space-y-4">
      <h2 id="avatar-heading" className="text-lg font-semibold">{t("heading")}</h2>
      <div className="flex items-center gap-4">
        <Avatar name={name} image={image} size={64} />
        <p className="text-sm text-stone-600 dark:text-stone-300">{image ? t("current") : t("none")}</p>
      </div>
      <div aria-live="polite">
        {said && <p className={good ? "text-sm" : "text-sm font-medium text-red-700 dark:text-red-400"}>{good ? t(said) : te(said, values)}</p>}
      </div>
      {blocked ? (
        <p className="text-sm">{te(blocked, values)}</p>
      ) : (
        <form method="post" action="/media/avatar" encType="multipart/form-data" className="space-y-2">
          <label htmlFor="avatar-file" className="block text-sm font-medium">{t("fileLabel")}</label>
          <input id="avatar-file" type="file" name="file" accept={UPLOAD_ACCEPT} required className="block" />
          <div className="flex gap-3">
            <button type="submit" className="rounded-md bg-stone-900 px-4 py-2 font-medium text-white dark:bg-stone-100 dark:text-stone-900">{t("submit")}</button>
          </div>
        </form>
      )}
      {image && (
        <form method="post" action="/media/avatar">
          <input type="hidden" name="intent" value="remove" />
          <button type="submit" className="rounded-md border border-stone-300 px-3 py-1 text-sm dark:border-stone-700">{t("remove")}</button>
        </form>
      )}
    </section>
  );
}
