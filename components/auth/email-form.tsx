"use client";
// The settings page's email change: the new address and the current password; it applies once the mailed link is opened.

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveEmail, type EmailField } from "@/app/settings/actions";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import type { FormState } from "@/lib/forms";

export function EmailForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState<FormState<EmailField>, FormData>(saveEmail, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField
        id="field-newEmail"
        name="email"
        type="email"
        label={t("newEmail")}
        autoComplete="email"
        required
        hint={t("emailChangeHint")}
        defaultValue={state.values?.email}
        error={state.errors?.email}
      />
      <TextField
        id="field-email-currentPassword"
        name="currentPassword"
        type="password"
        label={t("confirmPassword")}
        autoComplete="current-password"
        required
        error={state.errors?.currentPassword}
      />
      <SubmitButton>{t("changeEmail")}</SubmitButton>
    </form>
  );
}
