"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { login, type LoginState } from "@/app/login/actions";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState<LoginState, FormData>(login, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="identifier"
        label={t("identifier")}
        autoComplete="username"
        required
        defaultValue={state.values?.identifier}
        error={state.errors?.identifier}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        error={state.errors?.password}
      />
      <SubmitButton pendingLabel={t("signingIn")}>{t("signIn")}</SubmitButton>
    </form>
  );
}
