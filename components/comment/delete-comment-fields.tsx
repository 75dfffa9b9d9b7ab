"use client";
// The browser half of DeleteCommentForm, with its words handed in already translated.

import { useActionState } from "react";
import { deleteOwnComment } from "@/app/b/[board]/[postId]/actions";
import { CancelLink } from "@/components/form/cancel-link";
import { FormStatus } from "@/components/form/form-status";
import type { FormState } from "@/lib/forms";
import { HiddenFields } from "@/components/form/hidden-fields";

type Labels = { confirmDelete: string; delete: string; cancel: string };

type Props = { hidden: Record<string, string>; cancelHref: string; labels: Labels; onCancel?: () => void };

export function DeleteCommentFields({ hidden, cancelHref, labels, onCancel }: Props) {
  const [state, action] = useActionState<FormState, FormData>(deleteOwnComment, {});
  return (
    <form action={action} className="mt-3 flex flex-wrap items-center gap-3 rounded-md bg-red-50 p-3 text-sm dark:bg-red-950">
      <FormStatus state={state} />
      <HiddenFields values={hidden} />
      <span>{labels.confirmDelete}</span>
      <button type="submit" className="rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800">
        {labels.delete}
      </button>
      <CancelLink href={cancelHref} onCancel={onCancel}>
        {labels.cancel}
      </CancelLink>
    </form>
  );
}
