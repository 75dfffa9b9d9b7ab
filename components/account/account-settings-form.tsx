"use client";
// The settings page's reading preferences and the member's words about themselves: time zone, dates, theme, bio, signature.

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveAccountSettings, type AccountSettingsField } from "@/app/settings/actions";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { DATE_STYLES, THEMES } from "@/db/enums";
import type { FormState } from "@/lib/forms";
import { BIO_MAX, SIGNATURE_MAX } from "@/lib/limits";

type Props = {
  values: Record<AccountSettingsField, string>;
  /** Every zone the server knows, and the one dates are shown in now (the browser's or the site's when none is chosen). */
  timeZones: string[];
  currentZone: string;
};

const FIELD = "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600 dark:border-stone-700 dark:bg-stone-900";

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="text-sm font-medium text-red-700 dark:text-red-400">
      {error}
    </p>
  ) : null;
}

export function AccountSettingsForm({ values, timeZones, currentZone }: Props) {
  const t = useTranslations("accountSettings");
  const [state, action] = useActionState<FormState<AccountSettingsField>, FormData>(saveAccountSettings, { values });
  const v = { ...values, ...state.values };
  const e = state.errors ?? {};
  const described = (name: AccountSettingsField, hint = false) =>
    [hint ? `field-${name}-hint` : null, e[name] ? `field-${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormStatus state={state} />
      <div className="space-y-1">
        <label htmlFor="field-timeZone" className="block text-sm font-medium">
          {t("timeZone")}
        </label>
        <select id="field-timeZone" name="timeZone" defaultValue={v.timeZone} aria-invalid={e.timeZone ? true : undefined} aria-describedby={described("timeZone")} className={FIELD}>
          <option value="">{t("timeZoneAuto", { zone: currentZone })}</option>
          {/* A value the list lacks (typed by hand, or from another runtime) stays selected, so the error can say so. */}
          {v.timeZone && !timeZones.includes(v.timeZone) && <option value={v.timeZone}>{v.timeZone}</option>}
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <FieldError id="field-timeZone-error" error={e.timeZone} />
      </div>
      <fieldset className="space-y-1" aria-describedby={described("dateStyle")}>
        <legend className="text-sm font-medium">{t("dateStyle")}</legend>
        {DATE_STYLES.map((style) => (
          <label key={style} className="flex items-center gap-2">
            <input type="radio" name="dateStyle" value={style} defaultChecked={v.dateStyle === style} />
            {t(`dateStyles.${style}`)}
          </label>
        ))}
        <FieldError id="field-dateStyle-error" error={e.dateStyle} />
      </fieldset>
      <fieldset className="space-y-1" aria-describedby={described("theme")}>
        <legend className="text-sm font-medium">{t("theme")}</legend>
        {THEMES.map((theme) => (
          <label key={theme} className="flex items-center gap-2">
            <input type="radio" name="theme" value={theme} defaultChecked={v.theme === theme} />
            {t(`themes.${theme}`)}
          </label>
        ))}
        <FieldError id="field-theme-error" error={e.theme} />
      </fieldset>
      {(["bio", "signature"] as const).map((name) => (
        <div key={name} className="space-y-1">
          <label htmlFor={`field-${name}`} className="block text-sm font-medium">
            {t(name)}
          </label>
          <textarea
            id={`field-${name}`}
            name={name}
            rows={name === "bio" ? 5 : 3}
            defaultValue={v[name]}
            aria-invalid={e[name] ? true : undefined}
            aria-describedby={described(name, true)}
            className={FIELD}
          />
          <p id={`field-${name}-hint`} className="text-sm text-stone-600 dark:text-stone-400">
            {t(`${name}Hint`, { max: name === "bio" ? BIO_MAX : SIGNATURE_MAX })}
          </p>
          <FieldError id={`field-${name}-error`} error={e[name]} />
        </div>
      ))}
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
