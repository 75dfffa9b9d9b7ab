// What a suspended or banned member sees wherever they would write: until when, why, and how to appeal.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/format/date-time";
import { appealAgainst, sanctionInForce } from "@/lib/moderation/appeals";

const REASON_KEYS = new Set(["spam", "abuse", "off_topic", "personal_info", "other"]);

export async function SanctionNotice({ userId, appealHref = "/appeal" }: { userId: string; appealHref?: string }) {
  const sanction = await sanctionInForce(userId);
  const t = await getTranslations("notices");
  if (!sanction) return null;
  const tr = await getTranslations("moderation");
  const reason = sanction.reason && REASON_KEYS.has(sanction.reason) ? tr(`reasons.${sanction.reason}`) : sanction.reason;
  const appeal = await appealAgainst(userId, sanction.logId);
  return (
    <section aria-labelledby="sanction-notice-heading" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      <h2 id="sanction-notice-heading" className="mb-1 font-semibold">
        {sanction.status === "banned" ? t("bannedTitle") : t("suspendedTitle")}
      </h2>
      {sanction.status === "suspended" && sanction.until && (
        <p>
          {t("until")} <DateTime value={sanction.until} withTime />
        </p>
      )}
      <p>{reason ? t("why", { reason }) : t("noReason")}</p>
      <p className="mt-2">
        {appeal?.status === "open" ? (
          t("appealOpen")
        ) : appeal?.status === "upheld" ? (
          t("appealUpheld")
        ) : (
          <>
            {t("appealHint")} <Link href={appealHref} className="font-semibold underline">{t("appealLink")}</Link>
          </>
        )}
      </p>
    </section>
  );
}
