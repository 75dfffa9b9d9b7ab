"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveBoard, type BoardEditField } from "@/app/admin/boards/actions";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import type { AdminBoard } from "@/lib/content/board-admin";
import type { FormState } from "@/lib/forms";
import { BOARD_LIST_STYLES } from "@/db/enums";
import { BOARD_DESCRIPTION_MAX, BOARD_NAME_MAX, BOARD_POSTING_ROLES } from "@/lib/limits";

type Props = { board: Pick<AdminBoard, "id" | "name" | "description" | "nameKo" | "descriptionKo" | "postingRole" | "approveNewMembers" | "listStyle"> };

/** One board's name, description and posting rules. Ids carry the board's, since every board has this form. */
export function BoardSettingsForm({ board }: Props) {
  const t = useTranslations("adminBoards");
  const tTable = useTranslations("boardTable");
  const [state, action] = useActionState<FormState<BoardEditField>, FormData>(saveBoard, {});
  const values = state.values;
  const field = (name: string) => `board-${board.id}-${name}`;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="boardId" value={board.id} />
      <TextField id={field("name")} name="name" label={t("name")} required maxLength={BOARD_NAME_MAX} defaultValue={values?.name ?? board.name} error={state.errors?.name} />
      <TextField
        id={field("description")}
        name="description"
        label={t("description")}
        maxLength={BOARD_DESCRIPTION_MAX}
        defaultValue={values?.description ?? board.description}
        error={state.errors?.description}
      />
      <input type="hidden" name="translations" value="ko" />
      <TextField
        id={field("name_ko")}
        name="name_ko"
        label={t("nameIn", { language: "한국어" })}
        hint={t("translationHint")}
        maxLength={BOARD_NAME_MAX}
        defaultValue={values?.name_ko ?? board.nameKo}
        error={state.errors?.name_ko}
        lang="ko"
      />
      <TextField
        id={field("description_ko")}
        name="description_ko"
        label={t("descriptionIn", { language: "한국어" })}
        maxLength={BOARD_DESCRIPTION_MAX}
        defaultValue={values?.description_ko ?? board.descriptionKo}
        error={state.errors?.description_ko}
        lang="ko"
      />
      <div className="space-y-1">
        <label htmlFor={field("postingRole")} className="block text-sm font-medium">
          {t("postingRole")}
        </label>
        {/* Keyed by the saved value, so the reset React does after a form action shows it (see RoleForm). */}
        <select
          key={board.postingRole}
          id={field("postingRole")}
          name="postingRole"
          defaultValue={values?.postingRole ?? board.postingRole}
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
        >
          {BOARD_POSTING_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`postingRoles.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor={field("listStyle")} className="block text-sm font-medium">
          {tTable("listStyle")}
        </label>
        <select
          key={board.listStyle}
          id={field("listStyle")}
          name="listStyle"
          defaultValue={values?.listStyle ?? board.listStyle}
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
        >
          {BOARD_LIST_STYLES.map((style) => (
            <option key={style} value={style}>
              {tTable(`listStyles.${style}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          key={String(board.approveNewMembers)}
          type="checkbox"
          name="approveNewMembers"
          defaultChecked={values ? values.approveNewMembers === "on" : board.approveNewMembers}
          className="h-4 w-4"
        />
        {t("approveNewMembers")}
      </label>
      <SubmitButton>
        {t("save")}
        <span className="sr-only"> ({board.name})</span>
      </SubmitButton>
    </form>
  );
}
