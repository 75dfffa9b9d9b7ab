"use client";

import { useEffect, useSyncExternalStore } from "react";

/**
 * The four sentences in both languages, chosen by the page's lang: an error boundary renders in the browser, and
 * shipping them here costs less than a translator and its catalogue on every page.
 */
const TEXT = {
  en: { title: "Something went wrong", body: "The page could not be shown. Please try again in a moment.", retry: "Try again", home: "Go to the home page" },
  ko: { title: "문제가 생겼습니다", body: "페이지를 표시하지 못했습니다. 잠시 후 다시 시도해 주세요.", retry: "다시 시도", home: "홈으로 가기" },
};

const noChanges = () => () => {};

/** Shown when a page fails unexpectedly; the message says nothing about the cause, the log does. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The server's render says English and hydration keeps it; the browser then switches to the page's language.
  const lang = useSyncExternalStore(noChanges, () => document.documentElement.lang, () => "en");
  const text = lang === "ko" ? TEXT.ko : TEXT.en;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="py-16 text-center">
      <title>{text.title}</title>
      <h1 className="text-2xl font-bold">{text.title}</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">{text.body}</p>
      {error.digest && <p className="mt-2 font-mono text-xs text-stone-400">{error.digest}</p>}
      <p className="mt-6 flex justify-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-stone-900 px-4 py-2 text-white dark:bg-stone-100 dark:text-stone-900"
        >
          {text.retry}
        </button>
        <a href="/">{text.home}</a>
      </p>
    </div>
  );
}
