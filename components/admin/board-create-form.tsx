"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addBoard, type BoardCreateField } from "@/app/admin/boards/actions";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import type { FormState } from "@/lib/forms";
import { BOARD_DESCRIPTION_MAX, BOARD_NAME_MAX, BOARD_SLUG_MAX, BOARD_SLUG_MIN } from "@/lib/limits";

/** A new board: its address is chosen here once and never changes. */
export function BoardCreateForm() {
  const t = useTranslations("adminBoards");
  const [state, action] = useActionState<FormState<BoardCreateField>, FormData>(addBoard, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField
        name="slug"
        label={t("slug")}
        required
        minLength={BOARD_SLUG_MIN}
        maxLength={BOARD_SLUG_MAX}
        autoCapitalize="none"
        spellCheck={false}
        hint={t("slugHint", { min: BOARD_SLUG_MIN, max: BOARD_SLUG_MAX })}
        defaultValue={state.values?.slug}
        error={state.errors?.slug}
      />
      <TextField name="name" label={t("name")} required maxLength={BOARD_NAME_MAX} defaultValue={state.values?.name} error={state.errors?.name} />
      <TextField
        name="description"
        label={t("description")}
        maxLength={BOARD_DESCRIPTION_MAX}
        defaultValue={state.values?.description}
        error={state.errors?.description}
      />
      <SubmitButton>{t("create")}</SubmitButton>
    </form>
  );
}
