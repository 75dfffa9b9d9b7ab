"use server";
// Signing in with GitHub, where the site has it configured.

import { plainAction } from "@/lib/actions/form-action";
import { githubEnabled, signIn } from "@/lib/auth/config";
import { safeReturnPath } from "@/lib/forms";
import { returnPathInput } from "@/lib/validation/site";

export const signInWithGitHub = plainAction({ access: { as: "anyone" }, input: returnPathInput }, async ({ input }) => {
  if (!githubEnabled()) return;
  await signIn("github", { redirectTo: safeReturnPath(input.callbackUrl) });
});
