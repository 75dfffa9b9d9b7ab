"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { savePassword, saveProfile, type PasswordField, type ProfileField } from "@/app/settings/actions";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import type { FormState } from "@/lib/forms";
import { DISPLAY_NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/limits";

export function ProfileForm({ name, locale }: { name: string; locale: string }) {
  const t = useTranslations("settings");
  const [state, action] = useActionState<FormState<ProfileField>, FormData>(saveProfile, { values: { name, locale } });
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField
        name="name"
        label={t("displayName")}
        required
        maxLength={DISPLAY_NAME_MAX}
        defaultValue={state.values?.name}
        error={state.errors?.name}
      />
      <div className="space-y-1">
        <label htmlFor="field-locale" className="block text-sm font-medium">
          {t("language")}
        </label>
        <select
          id="field-locale"
          name="locale"
          defaultValue={state.values?.locale ?? ""}
          aria-describedby={state.errors?.locale ? "field-locale-error" : undefined}
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900"
        >
          <option value="">{t("languageAuto")}</option>
          <option value="en">English</option>
          <option value="ko">한국어</option>
        </select>
        {state.errors?.locale && (
          <p id="field-locale-error" className="text-sm text-red-700 dark:text-red-400">
            {state.errors.locale}
          </p>
        )}
      </div>
      <SubmitButton>{t("saveProfile")}</SubmitButton>
    </form>
  );
}

export function PasswordForm({ justChanged }: { justChanged: boolean }) {
  const t = useTranslations("settings");
  const tv = useTranslations("validation");
  const [state, action] = useActionState<FormState<PasswordField>, FormData>(
    savePassword,
    justChanged ? { success: tv("passwordChanged") } : {},
  );
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
        error={state.errors?.currentPassword}
      />
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
      <SubmitButton>{t("changePassword")}</SubmitButton>
    </form>
  );
}
