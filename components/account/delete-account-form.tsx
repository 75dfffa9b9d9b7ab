"use client";
// The confirm page's form: the password (or the username, for an account without one) and whether the writing goes too.

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteAccount, type DeletionField } from "@/app/settings/delete/actions";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import type { FormState } from "@/lib/forms";

export function DeleteAccountForm({ hasPassword, username }: { hasPassword: boolean; username: string }) {
  const t = useTranslations("accountDeletion");
  const [state, action] = useActionState<FormState<DeletionField>, FormData>(deleteAccount, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField
        id="field-confirmation"
        name="confirmation"
        type={hasPassword ? "password" : "text"}
        label={hasPassword ? t("password") : t("typeUsername", { username })}
        autoComplete={hasPassword ? "current-password" : "off"}
        required
        error={state.errors?.confirmation}
      />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="deleteWriting" value="on" className="mt-1.5" />
        <span>
          {t("deleteWriting")}
          <span className="block text-sm text-stone-600 dark:text-stone-400">{t("deleteWritingHint")}</span>
        </span>
      </label>
      <SubmitButton className="bg-red-700 hover:bg-red-800 dark:bg-red-300 dark:text-red-950 dark:hover:bg-red-200">{t("confirm")}</SubmitButton>
    </form>
  );
}
