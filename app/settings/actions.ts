"use server";

import { refresh } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { changePassword, updateProfile } from "@/lib/accounts";
import { signIn } from "@/lib/auth/config";
import { requireUser } from "@/lib/auth/session";
import { formValues, type FormState } from "@/lib/forms";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S } from "@/lib/i18n/config";
import { expireEverything } from "@/lib/render-cache";
import { fieldErrors, passwordChangeInput, profileInput } from "@/lib/validation/account";
import { answeringInText } from "@/lib/i18n/form-text";

export type ProfileField = "name" | "locale";
export type PasswordField = "currentPassword" | "newPassword";

export const saveProfile = answeringInText(async function saveProfile(_prev: FormState<ProfileField>, form: FormData): Promise<FormState<ProfileField>> {
  const user = await requireUser("/settings", { allowSuspended: true });
  const values = formValues(form, ["name", "locale"] as const);
  const input = profileInput.safeParse(values);
  if (!input.success) return { errors: fieldErrors<ProfileField>(input.error), values };
  updateProfile(user.id, input.data);
  // The display name is in every cached thread and board list the member wrote in, and in this page's header.
  expireEverything();
  refresh();
  if (input.data.locale) {
    (await cookies()).set(LOCALE_COOKIE, input.data.locale, { maxAge: LOCALE_COOKIE_MAX_AGE_S, sameSite: "lax", httpOnly: true, path: "/" });
  }
  return { success: "profileSaved", values: { name: input.data.name, locale: input.data.locale ?? "" } };
});

/** Changes the password; every other session is signed out, and this one gets a fresh token. */
export const savePassword = answeringInText(async function savePassword(_prev: FormState<PasswordField>, form: FormData): Promise<FormState<PasswordField>> {
  const user = await requireUser("/settings", { allowSuspended: true });
  const input = passwordChangeInput.safeParse({
    currentPassword: form.get("currentPassword"),
    newPassword: form.get("newPassword"),
  });
  if (!input.success) return { errors: fieldErrors<PasswordField>(input.error) };
  const changed = await changePassword(user.id, input.data.currentPassword, input.data.newPassword);
  if (!changed.ok) return { errors: changed.errors };
  await signIn("credentials", { identifier: user.username, password: input.data.newPassword, redirect: false });
  // A fresh page load, so that the page renders with the new token rather than the one this request carried.
  redirect("/settings?changed=password");
});
