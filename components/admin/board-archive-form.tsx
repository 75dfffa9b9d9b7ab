"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { archiveBoard } from "@/app/admin/boards/actions";
import type { FormState } from "@/lib/forms";
import { ActionStatus, smallButton } from "./board-action-status";

/** Archives an open board, or brings an archived one back. */
export function BoardArchiveForm({ boardId, name, archived }: { boardId: number; name: string; archived: boolean }) {
  const t = useTranslations("adminBoards");
  const [state, action] = useActionState<FormState, FormData>(archiveBoard, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="boardId" value={boardId} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      <button type="submit" className={smallButton}>
        {archived ? t("unarchive") : t("archive")}
        <span className="sr-only"> ({name})</span>
      </button>
      <ActionStatus state={state} />
    </form>
  );
}
