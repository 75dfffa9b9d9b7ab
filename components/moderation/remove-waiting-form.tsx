"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { removeWaitingItems } from "@/app/mod/queue/actions";
import { FormStatus } from "@/components/form/form-status";
import { REMOVAL_REASONS } from "@/db/enums";
import type { FormState } from "@/lib/forms";

type Props = { author: { id: string; name: string; status: string }; count: number; suggested: string };

/** The queue's offer after a sanction: remove everything else the author has waiting, in one step. */
export function RemoveWaitingForm({ author, count, suggested }: Props) {
  const t = useTranslations("moderation");
  // A refusal comes back here; a removal lands on the queue, which says how many went (QUEUE_REMOVED_PARAM).
  const [state, action] = useActionState<FormState, FormData>(removeWaitingItems, {});
  const reasonId = `waiting-reason-${author.id}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2 text-sm">
      <FormStatus state={state} />
      <input type="hidden" name="authorId" value={author.id} />
      <span>{t("waitingFromSanctioned", { name: author.name, status: author.status, count })}</span>
      <label htmlFor={reasonId} className="sr-only">
        {t("reason")}
      </label>
      <select id={reasonId} name="reason" defaultValue={suggested} className="rounded border border-stone-300 bg-white px-1 py-1 dark:border-stone-700 dark:bg-stone-900">
        {REMOVAL_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {t(`reasons.${reason}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded border border-red-300 px-2 py-1 text-red-800 hover:bg-red-50 dark:border-red-900 dark:text-red-200 dark:hover:bg-red-950">
        {t("removeWaiting", { count })}
      </button>
    </form>
  );
}
