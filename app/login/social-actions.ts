"use server";

import { githubEnabled, signIn } from "@/lib/auth/config";
import { safeReturnPath } from "@/lib/forms";

export async function signInWithGitHub(form: FormData): Promise<void> {
  if (!githubEnabled()) return;
  await signIn("github", { redirectTo: safeReturnPath(form.get("callbackUrl")) });
}
