"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { canAdminister } from "@/lib/permissions";
import { createBoard, moveBoard, setBoardArchived, updateBoard } from "@/lib/board-admin";
import { formValues, type FormState } from "@/lib/forms";
import { expireEverything } from "@/lib/render-cache";
import { fieldErrors } from "@/lib/validation/account";
import { boardArchiveInput, boardCreateInput, boardMoveInput, boardUpdateInput } from "@/lib/validation/board";
import { answeringInText } from "@/lib/i18n/form-text";

const PAGE = "/admin/boards";

export type BoardCreateField = "slug" | "name" | "description";
export type BoardEditField = "name" | "description" | "postingRole" | "approveNewMembers";

/** Board names and the board list show on every page (home, breadcrumbs, lists), so the whole site is refreshed. */
function refreshSite(): void {
  expireEverything();
  revalidatePath("/", "layout");
}

export const addBoard = answeringInText(async function addBoard(_prev: FormState<BoardCreateField>, form: FormData): Promise<FormState<BoardCreateField>> {
  const admin = await requirePermission(canAdminister, PAGE);
  const values = formValues(form, ["slug", "name", "description"] as const);
  const input = boardCreateInput.safeParse(values);
  if (!input.success) return { errors: fieldErrors<BoardCreateField>(input.error), values };
  const result = createBoard(admin, input.data);
  if (!result.ok) return { errors: result.errors, message: result.message, values };
  refreshSite();
  return { success: "boardCreated" };
});

/** Renames, re-describes and sets the posting rules of one board; its slug is not among the fields. */
export const saveBoard = answeringInText(async function saveBoard(_prev: FormState<BoardEditField>, form: FormData): Promise<FormState<BoardEditField>> {
  const admin = await requirePermission(canAdminister, PAGE);
  const values = formValues(form, ["name", "description", "postingRole", "approveNewMembers"] as const);
  const input = boardUpdateInput.safeParse({ ...values, boardId: form.get("boardId") });
  if (!input.success) {
    // The board id is a hidden field: a problem with it is the form's, not a field's to show.
    const { boardId, ...errors } = fieldErrors<BoardEditField | "boardId">(input.error);
    return { errors, message: boardId, values };
  }
  const result = updateBoard(admin, input.data);
  if (!result.ok) return { message: result.message, values };
  refreshSite();
  return { success: "boardSaved" };
});

export const reorderBoard = answeringInText(async function reorderBoard(_prev: FormState, form: FormData): Promise<FormState> {
  const admin = await requirePermission(canAdminister, PAGE);
  const input = boardMoveInput.safeParse({ boardId: form.get("boardId"), direction: form.get("direction") });
  if (!input.success) return { message: "invalidRequest" };
  const result = moveBoard(admin, input.data.boardId, input.data.direction);
  if (!result.ok) return { message: result.message };
  refreshSite();
  return { success: "boardMoved" };
});

export const archiveBoard = answeringInText(async function archiveBoard(_prev: FormState, form: FormData): Promise<FormState> {
  const admin = await requirePermission(canAdminister, PAGE);
  const input = boardArchiveInput.safeParse({ boardId: form.get("boardId"), archived: form.get("archived") });
  if (!input.success) return { message: "invalidRequest" };
  const result = setBoardArchived(admin, input.data.boardId, input.data.archived);
  if (!result.ok) return { message: result.message };
  refreshSite();
  return { success: input.data.archived ? "boardArchived" : "boardUnarchived" };
});
