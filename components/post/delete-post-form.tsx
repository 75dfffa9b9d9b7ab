"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteOwnPost } from "@/app/b/[board]/[postId]/edit/actions";
import { FormStatus } from "@/components/form/form-status";
import type { FormState } from "@/lib/forms";

/** Deleting needs a tick in a box first, so a stray click deletes nothing. */
export function DeletePostForm({ postId }: { postId: number }) {
  const t = useTranslations("write");
  const [state, action] = useActionState<FormState, FormData>(deleteOwnPost, {});
  return (
    <form action={action} className="space-y-3 rounded-lg border border-red-200 p-4 dark:border-red-900">
      <FormStatus state={state} />
      <input type="hidden" name="postId" value={postId} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" className="h-4 w-4" />
        {t("confirmDelete")}
      </label>
      <button type="submit" className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">
        {t("deletePost")}
      </button>
    </form>
  );
}
