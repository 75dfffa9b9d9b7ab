"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { register, type RegisterState } from "@/app/register/actions";
import { FormStatus } from "@/components/form/form-status";
import { Honeypot } from "@/components/form/honeypot";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/limits";
import { USERNAME_MAX, USERNAME_MIN } from "@/lib/accounts/usernames";

/** `agreement` is the line on the terms and privacy policy, with their links, rendered by the page. */
export function RegisterForm({ callbackUrl, agreement }: { callbackUrl: string; agreement?: React.ReactNode }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState<RegisterState, FormData>(register, {});
  return (
    <form action={action} className="relative space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="username"
        label={t("username")}
        autoComplete="username"
        required
        minLength={USERNAME_MIN}
        maxLength={USERNAME_MAX}
        hint={t("usernameHint", { min: USERNAME_MIN, max: USERNAME_MAX })}
        defaultValue={state.values?.username}
        error={state.errors?.username}
      />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.errors?.email}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={t("passwordHint", { min: PASSWORD_MIN, max: PASSWORD_MAX })}
        error={state.errors?.password}
      />
      <Honeypot />
      {agreement && <p className="text-sm text-stone-600 dark:text-stone-300">{agreement}</p>}
      <SubmitButton pendingLabel={t("registering")}>{t("register")}</SubmitButton>
    </form>
  );
}
