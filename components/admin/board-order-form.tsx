"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { reorderBoard } from "@/app/admin/boards/actions";
import type { FormState } from "@/lib/forms";
import { ActionStatus, smallButton } from "./board-action-status";

type Props = { boardId: number; name: string; first: boolean; last: boolean };

/** Up and down buttons: one form, and the pressed button says which way, so it works without JavaScript. */
export function BoardOrderForm({ boardId, name, first, last }: Props) {
  const t = useTranslations("adminBoards");
  const [state, action] = useActionState<FormState, FormData>(reorderBoard, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="boardId" value={boardId} />
      <button type="submit" name="direction" value="up" disabled={first} className={smallButton}>
        {t("moveUp")}
        <span className="sr-only"> ({name})</span>
      </button>
      <button type="submit" name="direction" value="down" disabled={last} className={smallButton}>
        {t("moveDown")}
        <span className="sr-only"> ({name})</span>
      </button>
      <ActionStatus state={state} />
    </form>
  );
}
