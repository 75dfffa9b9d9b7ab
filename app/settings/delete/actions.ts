"use server";
// Deleting one's own account (lib/accounts/deletion.ts): confirmed with the password, or the username for an account
// that has none. The account is always the session's own: nothing in the form names whose.

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { deleteOwnAccount } from "@/lib/accounts/deletion";
import { signOut } from "@/lib/auth/config";
import { expireEverything } from "@/lib/content/cached-reads";
import type { FormState } from "@/lib/forms";
import { clientIp } from "@/lib/platform/client-ip";
import { accountDeletionInput } from "@/lib/validation/account-settings";

export type DeletionField = "confirmation";

export const deleteAccount = formAction(
  { access: { as: "page", returnTo: "/settings/delete", allowSuspended: true }, input: accountDeletionInput, secrets: ["confirmation"] },
  async ({ actor, input }): Promise<FormState<DeletionField>> => {
    const deleted = await deleteOwnAccount(actor, input, clientIp(await headers()));
    if (!deleted.ok) return { errors: deleted.errors, message: deleted.message, messageValues: deleted.messageValues };
    // Their name is on every cached page they wrote on.
    await expireEverything();
    await signOut({ redirect: false });
    redirect("/settings/delete/done");
  },
);
