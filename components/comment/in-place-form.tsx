"use client";
// One form a comment's control opened in place (./comment-forms-in-place.tsx): the same client halves, actions and
// hidden fields that comment-thread.tsx renders for ?reply=, ?edit=, ?report=, ?moderate= and ?delete=.

import type { ComponentProps } from "react";
import { addComment, saveComment } from "@/app/b/[board]/[postId]/actions";
import { moderateContent, reportAction } from "@/app/b/[board]/[postId]/moderation-actions";
import { ReasonFormFields } from "@/components/moderation/reason-form-fields";
import { type ComposeLabels, CommentFormFields } from "./comment-form-fields";
import { DeleteCommentFields } from "./delete-comment-fields";

export const FORM_KINDS = ["reply", "edit", "delete", "report", "moderate"] as const;
export type FormKind = (typeof FORM_KINDS)[number];

/** A form open on a comment; a reply carries its one-time key from the moment it opens, and may start with a quote. */
export type OpenForm = { kind: FormKind; id: number; submissionKey: string; initialBody?: string };

/** Every word the forms show, translated on the server; `replyTo` holds "{name}" for the comment's author. */
export type InPlaceLabels = {
  replyTo: string;
  postReply: string;
  editLabel: string;
  save: string;
  cancel: string;
  confirmDelete: string;
  delete: string;
  sendReport: string;
  remove: string;
  restore: string;
  reasons: ComponentProps<typeof ReasonFormFields>["labels"];
  compose: ComposeLabels;
  /** The button over selected text in a comment, and how a quote names its source ("{id}" for the comment's number). */
  quoteSelection: string;
  quoteSource: string;
};

export type ThreadPlace = {
  board: string;
  postId: string;
  /** The comment page's address: the forms' way back without JavaScript. */
  here: string;
  /** The viewer's own comments they may still edit, with their Markdown source. */
  editSources: Record<string, string>;
  /** Comments a moderator would restore rather than remove. */
  unpublished: number[];
};

type Props = { form: OpenForm; author: string; place: ThreadPlace; labels: InPlaceLabels; close: () => void; landed: () => void };

export function InPlaceForm({ form: { kind, id, submissionKey, initialBody }, author, place, labels, close, landed }: Props) {
  const cancelHref = `${place.here}#comment-${id}`;
  const base = { board: place.board, postId: place.postId };
  const target = { board: place.board, targetType: "comment", targetId: String(id) };
  const common = { cancelHref, cancelLabel: labels.cancel, compose: labels.compose, onCancel: close, onLanded: landed };
  switch (kind) {
    case "reply":
      return (
        <CommentFormFields
          {...common}
          action={addComment}
          id={`reply-body-${id}`}
          hidden={{ ...base, parentId: String(id), submissionKey }}
          initialBody={initialBody}
          label={labels.replyTo.replace("{name}", author)}
          submitLabel={labels.postReply}
        />
      );
    case "edit":
      return (
        <CommentFormFields
          {...common}
          action={saveComment}
          id={`edit-body-${id}`}
          hidden={{ ...base, commentId: String(id) }}
          initialBody={place.editSources[id] ?? ""}
          label={labels.editLabel}
          submitLabel={labels.save}
        />
      );
    case "delete":
      return <DeleteCommentFields hidden={{ ...base, commentId: String(id) }} cancelHref={cancelHref} onCancel={close} labels={{ confirmDelete: labels.confirmDelete, delete: labels.delete, cancel: labels.cancel }} />;
    case "report":
      return <ReasonFormFields action={reportAction} hidden={target} submitLabel={labels.sendReport} cancelHref={cancelHref} onCancel={close} labels={labels.reasons} />;
    case "moderate": {
      const restoring = place.unpublished.includes(id);
      return (
        <ReasonFormFields
          action={moderateContent}
          hidden={{ ...target, op: restoring ? "restore" : "remove" }}
          submitLabel={restoring ? labels.restore : labels.remove}
          reasonless={restoring}
          cancelHref={cancelHref}
          onCancel={close}
          labels={labels.reasons}
        />
      );
    }
  }
}
