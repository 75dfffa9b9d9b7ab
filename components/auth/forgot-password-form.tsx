"use client";
// "Forgot your password?": the username or email to mail a reset link to.

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { askForReset, type ForgotField } from "@/app/forgot-password/actions";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import type { FormState } from "@/lib/forms";

export function ForgotPasswordForm() {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  const [state, action] = useActionState<FormState<ForgotField>, FormData>(askForReset, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField
        name="identifier"
        label={ta("identifier")}
        autoComplete="username"
        required
        defaultValue={state.values?.identifier}
        error={state.errors?.identifier}
      />
      <SubmitButton pendingLabel={t("sending")}>{t("sendLink")}</SubmitButton>
    </form>
  );
}
