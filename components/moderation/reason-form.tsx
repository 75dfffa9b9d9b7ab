// A reason (spam, abuse, ...) and an optional note: for removing and for reporting.
import { getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { REMOVAL_REASONS } from "@/db/enums";
import { ReasonFormFields } from "./reason-form-fields";

type Props = Omit<ComponentProps<typeof ReasonFormFields>, "labels">;

/** Translated here on the server, so the thread page ships no translator to the browser. */
export async function ReasonForm(props: Props) {
  const t = await getTranslations("moderation");
  const reasons = Object.fromEntries(REMOVAL_REASONS.map((reason) => [reason, t(`reasons.${reason}`)]));
  const labels = { reason: t("reason"), note: t("note"), close: t("close"), cancel: t("cancel"), reasons };
  return <ReasonFormFields {...props} labels={labels as ComponentProps<typeof ReasonFormFields>["labels"]} />;
}
