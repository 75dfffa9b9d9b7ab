// A comment, reply or comment edit; it keeps what was typed when the server says no, and as a draft while typed.
import { getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { composerLabels } from "@/components/form/composer-labels";
import { type ComposeLabels, CommentFormFields } from "./comment-form-fields";

type Props = Omit<ComponentProps<typeof CommentFormFields>, "cancelLabel" | "compose">;

/** The draft and preview words, translated on the server. */
export async function composeLabels(): Promise<ComposeLabels> {
  const [t, tools, media] = await Promise.all([getTranslations("compose"), getTranslations("composer2"), getTranslations("media")]);
  return { tools: composerLabels(tools, media), write: t("write"), preview: t("preview"), previewEmpty: t("previewEmpty"), previewLoading: t("previewLoading"), leaveWarning: t("leaveWarning"), draftRestored: t("draftRestored") };
}

/** Translated here on the server, so the thread page ships no translator to the browser. */
export async function CommentForm(props: Props) {
  const t = await getTranslations("comments");
  return <CommentFormFields {...props} cancelLabel={t("cancel")} compose={await composeLabels()} />;
}
