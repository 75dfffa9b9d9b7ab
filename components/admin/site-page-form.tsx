"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveSitePageText, type SitePageField } from "@/app/admin/site/actions";
import { FormStatus } from "@/components/form/form-status";
import { SubmitButton } from "@/components/form/submit-button";
import type { FormState } from "@/lib/forms";
import { SITE_PAGE_BODY_MAX } from "@/lib/limits";

type Props = { page: "terms" | "privacy"; title: string; source: string };

/** One of the site's pages (terms, privacy) in Markdown; an empty text restores the default. */
export function SitePageForm({ page, title, source }: Props) {
  const t = useTranslations("sitePages.admin");
  const [state, action] = useActionState<FormState<SitePageField>, FormData>(saveSitePageText, {});
  const id = `site-page-${page}`;
  const error = state.errors?.body;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="page" value={page} />
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium">
          {title}: {t("body")}
        </label>
        <textarea
          id={id}
          name="body"
          rows={12}
          maxLength={SITE_PAGE_BODY_MAX}
          defaultValue={state.values?.body ?? source}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-sm aria-invalid:border-red-600 dark:border-stone-700 dark:bg-stone-900"
        />
        <p id={`${id}-hint`} className="text-sm text-stone-500 dark:text-stone-400">
          {t("bodyHint")}
        </p>
        {error && (
          <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
      </div>
      <SubmitButton>
        {t("savePage")}
        <span className="sr-only"> ({title})</span>
      </SubmitButton>
    </form>
  );
}
