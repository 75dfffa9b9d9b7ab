// "Delete this comment?" with the button to do it and a way back.
import { getTranslations } from "next-intl/server";
import { DeleteCommentFields } from "./delete-comment-fields";

/** Translated here on the server, so the thread page ships no translator to the browser. */
export async function DeleteCommentForm({ hidden, cancelHref }: { hidden: Record<string, string>; cancelHref: string }) {
  const t = await getTranslations("comments");
  const labels = { confirmDelete: t("confirmDelete"), delete: t("delete"), cancel: t("cancel") };
  return <DeleteCommentFields hidden={hidden} cancelHref={cancelHref} labels={labels} />;
}
