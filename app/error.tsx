"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

/** Shown when a page fails unexpectedly; the message says nothing about the cause, the log does. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="py-16 text-center">
      <title>{t("title")}</title>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">{t("body")}</p>
      {error.digest && <p className="mt-2 font-mono text-xs text-stone-400">{error.digest}</p>}
      <p className="mt-6 flex justify-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-stone-900 px-4 py-2 text-white dark:bg-stone-100 dark:text-stone-900"
        >
          {t("retry")}
        </button>
        <a href="/">{t("home")}</a>
      </p>
    </div>
  );
}
