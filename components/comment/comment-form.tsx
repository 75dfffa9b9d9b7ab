// A comment, reply or comment edit; it keeps what was typed when the server says no.
import { getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { CommentFormFields } from "./comment-form-fields";

type Props = Omit<ComponentProps<typeof CommentFormFields>, "cancelLabel">;

/** Translated here on the server, so the thread page ships no translator to the browser. */
export async function CommentForm(props: Props) {
  const t = await getTranslations("comments");
  return <CommentFormFields {...props} cancelLabel={t("cancel")} />;
}
