"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { reviewItem } from "@/app/mod/queue/actions";
import { FormStatus } from "@/components/form/form-status";
import { REMOVAL_REASONS } from "@/db/enums";
import type { FormState } from "@/lib/forms";

type Props = { targetType: string; targetId: number; authorId: string; held: boolean; suggested: string };

/** The queue's one-step decisions on an item. */
export function ReviewForm({ targetType, targetId, authorId, held, suggested }: Props) {
  const t = useTranslations("moderation");
  const [state, action] = useActionState<FormState, FormData>(reviewItem, {});
  if (state.success) return <FormStatus state={state} />;
  const button = (op: string, label: string) => (
    <button key={op} type="submit" name="op" value={op} className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
      {label}
    </button>
  );
  return (
    <form action={action} className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      <FormStatus state={state} />
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="authorId" value={authorId} />
      <label htmlFor={`reason-${targetType}-${targetId}`} className="sr-only">
        {t("reason")}
      </label>
      <select id={`reason-${targetType}-${targetId}`} name="reason" defaultValue={suggested} className="rounded border border-stone-300 bg-white px-1 py-1 dark:border-stone-700 dark:bg-stone-900">
        {REMOVAL_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {t(`reasons.${reason}`)}
          </option>
        ))}
      </select>
      {button("remove", t("remove"))}
      {button("remove_suspend", t("removeAndSuspend"))}
      {button("remove_ban", t("removeAndBan"))}
      {held ? button("approve", t("approve")) : button("dismiss", t("dismiss"))}
    </form>
  );
}
