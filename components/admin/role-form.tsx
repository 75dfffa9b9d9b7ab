"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeRole, type RoleChangeState } from "@/app/admin/users/actions";
import { USER_ROLES, type UserRole } from "@/db/enums";

/** A role picker for one user; it works as a plain form without JavaScript. */
export function RoleForm({ userId, username, role, disabled }: { userId: string; username: string; role: UserRole; disabled: boolean }) {
  const t = useTranslations("admin");
  const tp = useTranslations("profile");
  const [state, action] = useActionState<RoleChangeState, FormData>(changeRole, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        {t("roleOf", { username })}
      </label>
      {/* Keyed by the saved role: React resets a form after its action, and a select resets to the option it was
          first drawn with, so without a new element the saved role would snap back to the old one. */}
      <select
        key={role}
        id={`role-${userId}`}
        name="role"
        defaultValue={role}
        disabled={disabled}
        className="rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-900"
      >
        {USER_ROLES.map((r) => (
          <option key={r} value={r}>
            {tp(`role.${r}`)}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={disabled}
        className="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 disabled:opacity-50 dark:border-stone-700 dark:hover:bg-stone-800"
      >
        {t("saveRole")}
        <span className="sr-only"> ({username})</span>
      </button>
      <span role="status" className="text-sm">
        {state.message && <span className="text-red-700 dark:text-red-400">{state.message}</span>}
        {state.success && <span className="text-emerald-700 dark:text-emerald-400">{state.success}</span>}
      </span>
    </form>
  );
}
