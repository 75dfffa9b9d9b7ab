"use server";
// Filing an appeal against one's own sanction: signed in (suspended, or banned during a session), or through the
// signed link a banned member's sign-in attempt leads to (lib/auth/appeal-link.ts).

import { redirect } from "next/navigation";
import { namespacedFormAction } from "@/lib/actions/namespaced-action";
import { findSessionUser } from "@/lib/accounts/members";
import { appealTokenUser } from "@/lib/auth/appeal-link";
import { getCurrentUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";
import { fileAppeal } from "@/lib/moderation/appeals";
import { appealInput } from "@/lib/validation/appeals";

export type AppealState = FormState<"body">;

/** The member appealing: the session's, else the banned member a valid signed link names. */
async function appellant(token: string | undefined) {
  const user = await getCurrentUser();
  if (user) return user;
  const id = appealTokenUser(token);
  const member = id ? await findSessionUser(id) : null;
  return member?.status === "banned" ? member : null;
}

export const submitAppeal = namespacedFormAction(
  "appeals",
  { access: { as: "anyone" }, input: appealInput, fields: ["body"] },
  async ({ input, values }): Promise<AppealState> => {
    const member = await appellant(input.t);
    const filed = await fileAppeal(member, input.body);
    if (!filed.ok) return { message: filed.message, values };
    redirect(input.t ? `/appeal?t=${encodeURIComponent(input.t)}&sent=1` : "/appeal?sent=1");
  },
);
