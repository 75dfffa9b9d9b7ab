"use client";
// The reset link's form: the new password, with the link's token hidden beside it.

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setNewPassword, type ResetField } from "@/app/reset-password/[token]/actions";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import type { FormState } from "@/lib/forms";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/limits";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("account");
  const [state, action] = useActionState<FormState<ResetField>, FormData>(setNewPassword, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="newPassword"
        type="password"
        label={t("newPassword")}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={t("passwordHint", { min: PASSWORD_MIN, max: PASSWORD_MAX })}
        error={state.errors?.newPassword}
      />
      <SubmitButton>{t("setPassword")}</SubmitButton>
    </form>
  );
}
