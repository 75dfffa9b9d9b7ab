"use server";
// The admin's board page: adding, editing, ordering and archiving boards.

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { createBoard, moveBoard, setBoardArchived, updateBoard } from "@/lib/content/board-admin";
import type { FormState } from "@/lib/forms";
import { canAdminister } from "@/lib/permissions";
import { expireEverything } from "@/lib/content/cached-reads";
import { boardArchiveInput, boardCreateInput, boardMoveInput, boardUpdateInput } from "@/lib/validation/board";

const PAGE = "/admin/boards";
const admin = { as: "page", may: canAdminister, returnTo: PAGE } as const;

export type BoardCreateField = "slug" | "name" | "description";
export type BoardEditField = "name" | "description" | "name_ko" | "description_ko" | "postingRole" | "approveNewMembers" | "listStyle";

/** Board names and the board list show on every page (home, breadcrumbs, lists), so the whole site is refreshed. */
async function refreshSite(): Promise<void> {
  await expireEverything();
  revalidatePath("/", "layout");
}

export const addBoard = formAction(
  { access: admin, input: boardCreateInput, fields: ["slug", "name", "description"] },
  async ({ actor, input, values }): Promise<FormState<BoardCreateField>> => {
    const result = await createBoard(actor, input);
    if (!result.ok) return { errors: result.errors, message: result.message, values };
    await refreshSite();
    return { success: "boardCreated" };
  },
);

/** Renames, re-describes and sets the posting rules of one board; its slug is not among the fields. */
export const saveBoard = formAction(
  { access: admin, input: boardUpdateInput, fields: ["name", "description", "name_ko", "description_ko", "postingRole", "approveNewMembers", "listStyle"] },
  async ({ actor, input, values }): Promise<FormState<BoardEditField>> => {
    const result = await updateBoard(actor, input);
    if (!result.ok) return { message: result.message, values };
    await refreshSite();
    return { success: "boardSaved" };
  },
);

export const reorderBoard = formAction({ access: admin, input: boardMoveInput }, async ({ actor, input }): Promise<FormState> => {
  const result = await moveBoard(actor, input.boardId, input.direction);
  if (!result.ok) return { message: result.message };
  await refreshSite();
  return { success: "boardMoved" };
});

export const archiveBoard = formAction({ access: admin, input: boardArchiveInput }, async ({ actor, input }): Promise<FormState> => {
  const result = await setBoardArchived(actor, input.boardId, input.archived);
  if (!result.ok) return { message: result.message };
  await refreshSite();
  return { success: input.archived ? "boardArchived" : "boardUnarchived" };
});
