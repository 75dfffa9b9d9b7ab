"use server";
// Email verification: opening the mailed link's confirm button, and the "mail the link again" button.

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { formAction } from "@/lib/actions/form-action";
import { confirmEmail, resendVerification } from "@/lib/accounts/email-verification";
import type { FormState } from "@/lib/forms";
import { clientIp } from "@/lib/platform/client-ip";
import { emailConfirmationInput, noInput } from "@/lib/validation/site";

/** Confirms the address in the link; anyone holding the link may, since holding it proves the mailbox. */
export const confirmEmailAddress = formAction({ access: { as: "anyone" }, input: emailConfirmationInput }, async ({ input }): Promise<FormState> => {
  const confirmed = await confirmEmail(input.token);
  if (!confirmed.ok) return { message: confirmed.message };
  return { success: "emailConfirmed" };
});

/** Mails the signed-in member's address a fresh link. */
export const resendVerificationLink = formAction({ access: { as: "member" }, input: noInput }, async ({ actor }): Promise<FormState> => {
  const sent = await resendVerification(actor.id, clientIp(await headers()), await getLocale());
  if (!sent.ok) return { message: sent.message, messageValues: sent.messageValues };
  return { success: "verificationSent" };
});
