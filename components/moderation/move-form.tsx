"use client";

import { useActionState } from "react";
import { movePostAction } from "@/app/b/[board]/[postId]/moderation-actions";
import type { FormState } from "@/lib/forms";

type Props = { postId: number; board: string; boards: { slug: string; name: string }[]; labels: { moveTo: string; move: string } };

/** Moves a thread to another board; its words come translated from ThreadTools, so no translator ships. */
export function MoveForm({ postId, board, boards, labels }: Props) {
  const [state, action] = useActionState<FormState, FormData>(movePostAction, {});
  return (
    <form action={action} className="flex items-center gap-1">
      <input type="hidden" name="targetId" value={postId} />
      <input type="hidden" name="board" value={board} />
      <label htmlFor={`move-${postId}`} className="sr-only">
        {labels.moveTo}
      </label>
      <select id={`move-${postId}`} name="toBoard" defaultValue={board} className="rounded border border-stone-300 bg-white px-1 py-1 dark:border-stone-700 dark:bg-stone-900">
        {boards.map((b) => (
          <option key={b.slug} value={b.slug}>
            {b.name}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800">
        {labels.move}
      </button>
      <span role="status">{state.message && <span className="text-red-700 dark:text-red-400">{state.message}</span>}</span>
    </form>
  );
}
