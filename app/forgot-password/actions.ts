"use server";
// "Forgot your password?": mails a reset link; the answer is the same whether or not an account matched.

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { formAction } from "@/lib/actions/form-action";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import type { FormState } from "@/lib/forms";
import { clientIp } from "@/lib/platform/client-ip";
import { forgotPasswordInput } from "@/lib/validation/account";

export type ForgotField = "identifier";

export const askForReset = formAction(
  { access: { as: "anyone" }, input: forgotPasswordInput, fields: ["identifier"] },
  async ({ input, values }): Promise<FormState<ForgotField>> => {
    const answer = await requestPasswordReset(input.identifier, clientIp(await headers()), await getLocale());
    if (!answer.ok) return { message: answer.message, messageValues: answer.messageValues, values };
    return { success: answer.message, values };
  },
);
