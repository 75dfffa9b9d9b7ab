"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteOwnComment } from "@/app/b/[board]/[postId]/actions";
import { FormStatus } from "@/components/form/form-status";
import type { FormState } from "@/lib/forms";
import { HiddenFields } from "@/components/form/hidden-fields";

/** "Delete this comment?" with the button to do it and a way back. */
export function DeleteCommentForm({ hidden, cancelHref }: { hidden: Record<string, string>; cancelHref: string }) {
  const t = useTranslations("comments");
  const [state, action] = useActionState<FormState, FormData>(deleteOwnComment, {});
  return (
    <form action={action} className="mt-3 flex flex-wrap items-center gap-3 rounded-md bg-red-50 p-3 text-sm dark:bg-red-950">
      <FormStatus state={state} />
      <HiddenFields values={hidden} />
      <span>{t("confirmDelete")}</span>
      <button type="submit" className="rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800">
        {t("delete")}
      </button>
      <Link href={cancelHref}>{t("cancel")}</Link>
    </form>
  );
}
