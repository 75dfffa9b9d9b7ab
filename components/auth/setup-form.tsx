"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setupAdmin, type SetupField } from "@/app/setup/[token]/actions";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import type { FormState } from "@/lib/forms";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/limits";

export function SetupForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState<FormState<SetupField>, FormData>(setupAdmin, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField name="username" label={t("username")} autoComplete="username" required defaultValue={state.values?.username} error={state.errors?.username} />
      <TextField name="email" type="email" label={t("email")} autoComplete="email" required defaultValue={state.values?.email} error={state.errors?.email} />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="new-password"
        required
        hint={t("passwordHint", { min: PASSWORD_MIN, max: PASSWORD_MAX })}
        error={state.errors?.password}
      />
      <SubmitButton>{t("createAdmin")}</SubmitButton>
    </form>
  );
}
