"use server";
// A member's own settings: the profile, the email address, the password, and how they read the site (time zone,
// dates, theme, bio and signature). A suspended member may still use them all.

import { refresh } from "next/cache";
import { renderMarkdownOffThread, type RenderOutcome } from "@/lib/markdown/render-pool";
import { COMMENT_HEADING_OFFSET } from "@/lib/markdown/pipeline";
import { cookies, headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { requestEmailChange } from "@/lib/accounts/email-verification";
import { changePassword, updateProfile } from "@/lib/accounts/members";
import { signIn } from "@/lib/auth/config";
import type { FormState } from "@/lib/forms";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S } from "@/lib/i18n/config";
import { expireEverything } from "@/lib/content/cached-reads";
import { clientIp } from "@/lib/platform/client-ip";
import { emailChangeInput, passwordChangeInput, profileInput } from "@/lib/validation/account";
import { saveSettings } from "@/lib/accounts/settings";
import { rememberTheme } from "@/lib/accounts/theme";
import { accountSettingsInput } from "@/lib/validation/account-settings";

export type ProfileField = "name" | "locale";
export type PasswordField = "currentPassword" | "newPassword";
export type EmailField = "email" | "currentPassword";

const ownAccount = { as: "page", returnTo: "/settings", allowSuspended: true } as const;

export const saveProfile = formAction(
  { access: ownAccount, input: profileInput, fields: ["name", "locale"] },
  async ({ actor, input }): Promise<FormState<ProfileField>> => {
    await updateProfile(actor.id, input);
    // The display name is in every cached thread and board list the member wrote in, and in this page's header.
    await expireEverything();
    refresh();
    if (input.locale) {
      (await cookies()).set(LOCALE_COOKIE, input.locale, { maxAge: LOCALE_COOKIE_MAX_AGE_S, sameSite: "lax", httpOnly: true, path: "/" });
    }
    return { success: "profileSaved", values: { name: input.name, locale: input.locale ?? "" } };
  },
);

/** Changes the password; every other session is signed out, and this one gets a fresh token. */
export const savePassword = formAction(
  { access: ownAccount, input: passwordChangeInput, secrets: ["currentPassword", "newPassword"] },
  async ({ actor, input }): Promise<FormState<PasswordField>> => {
    const changed = await changePassword(actor.id, input.currentPassword, input.newPassword);
    if (!changed.ok) return { errors: changed.errors };
    await signIn("credentials", { identifier: actor.username, password: input.newPassword, redirect: false });
    // A fresh page load, so that the page renders with the new token rather than the one this request carried.
    redirect("/settings?changed=password");
  },
);

/** Mails a confirmation link to a new address and a notice to the old one; the address changes once the link is opened. */
export const saveEmail = formAction(
  { access: ownAccount, input: emailChangeInput, fields: ["email"], secrets: ["currentPassword"] },
  async ({ actor, input, values }): Promise<FormState<EmailField>> => {
    const requested = await requestEmailChange(actor.id, input, clientIp(await headers()), await getLocale());
    if (!requested.ok) return { errors: requested.errors, message: requested.message, messageValues: requested.messageValues, values };
    return { success: "emailChangeSent" };
  },
);

export type AccountSettingsField = "timeZone" | "dateStyle" | "theme" | "bio" | "signature";

const renderProfileText = async (source: string): Promise<RenderOutcome> =>
  source === "" ? { ok: true, html: "" } : await renderMarkdownOffThread(source, COMMENT_HEADING_OFFSET);

/** Time zone, date style, theme, bio and signature: one form, saved together. */
export const saveAccountSettings = formAction(
  { access: ownAccount, input: accountSettingsInput, fields: ["timeZone", "dateStyle", "theme", "bio", "signature"] },
  async ({ actor, input, values }): Promise<FormState<AccountSettingsField>> => {
    // Rendered in the pool, under its time budget, like every other Markdown a member writes.
    const [bio, signature] = await Promise.all([renderProfileText(input.bio), renderProfileText(input.signature)]);
    if (!bio.ok) return { errors: { bio: bio.message }, values };
    if (!signature.ok) return { errors: { signature: signature.message }, values };
    const saved = await saveSettings(actor.id, input, { bioHtml: bio.html, signatureHtml: signature.html });
    // The cookie only: the member's setting was saved above.
    await rememberTheme(input.theme, null);
    // The signature is under the member's posts on cached visitor pages, the bio on their cached profile: a rare write.
    if (saved.signatureChanged || saved.bioChanged) await expireEverything();
    refresh();
    return { success: "accountSettings:saved", values };
  },
);
