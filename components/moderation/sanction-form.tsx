"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { sanctionAction } from "@/app/u/[username]/actions";
import { FormStatus } from "@/components/form/form-status";
import { TextField } from "@/components/form/text-field";
import type { FormState } from "@/lib/forms";

type Props = { userId: string; username: string; status: string; spammerLogId: number | null };

/** A moderator's sanctions on a member's profile; lifting is one click. */
export function SanctionForm({ userId, username, status, spammerLogId }: Props) {
  const t = useTranslations("moderation");
  const [state, action] = useActionState<FormState<"reason" | "days">, FormData>(sanctionAction, {});
  const button = (op: string, label: string, danger = false) => (
    <button
      type="submit"
      name="op"
      value={op}
      className={`rounded px-3 py-1.5 font-medium ${danger ? "bg-red-700 text-white hover:bg-red-800" : "border border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"}`}
    >
      {label}
    </button>
  );
  return (
    <form action={action} className="space-y-3 text-sm">
      <FormStatus state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="username" value={username} />
      {spammerLogId !== null && <input type="hidden" name="logId" value={spammerLogId} />}
      {status === "active" ? (
        <>
          <TextField name="reason" label={t("sanctionReason")} maxLength={300} defaultValue={state.values?.reason} error={state.errors?.reason} />
          <TextField name="days" type="number" min={1} max={365} label={t("suspendDays")} defaultValue={state.values?.days ?? "7"} />
          <div className="flex flex-wrap gap-2">
            {button("suspend", t("suspend"))}
            {button("ban", t("ban"), true)}
            {button("spammer", t("removeAsSpammer"), true)}
          </div>
        </>
      ) : (
        <div className="flex flex-wrap gap-2">
          {spammerLogId !== null ? button("undo_spammer", t("undoSpammer")) : button("lift", t("lift"))}
        </div>
      )}
    </form>
  );
}
