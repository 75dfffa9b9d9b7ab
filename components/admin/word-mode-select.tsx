"use client";

import { useTranslations } from "next-intl";
import { BANNED_WORD_MODES } from "@/db/enums";

/** Block or review, named by what each does to the writing. */
export function WordModeSelect({ id, defaultValue }: { id: string; defaultValue: string }) {
  const t = useTranslations("adminWords");
  return (
    // Keyed by the saved mode, so the reset React does after a form action shows it (see RoleForm).
    <select
      key={defaultValue}
      id={id}
      name="mode"
      defaultValue={defaultValue}
      className="rounded-md border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
    >
      {BANNED_WORD_MODES.map((mode) => (
        <option key={mode} value={mode}>
          {t(`modes.${mode}`)}
        </option>
      ))}
    </select>
  );
}
