"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveSiteIdentity, type SiteIdentityField } from "@/app/admin/site/actions";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import type { FormState } from "@/lib/forms";
import { SITE_LOGO_URL_MAX, SITE_NAME_MAX } from "@/lib/limits";

/** The header's site name and logo address; empty fields go back to the defaults. */
export function SiteIdentityForm({ name, logoUrl, defaultName }: { name: string; logoUrl: string; defaultName: string }) {
  const t = useTranslations("sitePages.admin");
  const [state, action] = useActionState<FormState<SiteIdentityField>, FormData>(saveSiteIdentity, {});
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <TextField id="site-name" name="name" label={t("name")} hint={t("nameHint", { name: defaultName })} maxLength={SITE_NAME_MAX} defaultValue={state.values?.name ?? name} error={state.errors?.name} />
      <TextField id="site-logo" name="logoUrl" label={t("logoUrl")} hint={t("logoUrlHint")} maxLength={SITE_LOGO_URL_MAX} defaultValue={state.values?.logoUrl ?? logoUrl} error={state.errors?.logoUrl} />
      <SubmitButton>{t("saveIdentity")}</SubmitButton>
    </form>
  );
}
