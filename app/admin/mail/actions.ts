"use server";
// The admins' email verification switch on /admin/mail.

import { revalidatePath } from "next/cache";
import { plainAction } from "@/lib/actions/form-action";
import { setEmailVerificationRequired } from "@/lib/accounts/email-verification";
import { canAdminister } from "@/lib/permissions";
import { verificationSettingInput } from "@/lib/validation/site";

const PAGE = "/admin/mail";

export const setVerification = plainAction({ access: { as: "page", may: canAdminister, returnTo: PAGE }, input: verificationSettingInput }, async ({ input }) => {
  await setEmailVerificationRequired(input.required === "on");
  revalidatePath(PAGE);
});
