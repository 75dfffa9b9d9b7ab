import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { memberName } from "@/lib/accounts/deleted-members";
import { DateTime } from "@/components/format/date-time";
import { boardNamesIn } from "@/lib/content/board-names";
import type { SearchResult } from "@/lib/search/search";
import { profileHref } from "@/lib/routes";

// No side padding on a match: a highlighted 키보 inside 키보드 must not read as two words.
const marked = "[&_mark]:bg-amber-100 [&_mark]:text-inherit dark:[&_mark]:bg-amber-900/60";

/**
 * Search results: kind and title, the snippet, then board, author and date.
 * titleHtml and snippetHtml come from lib/search/query.ts, which escapes every character of the text and adds
 * only <mark> around matches; that is why they can be set as HTML here.
 */
export async function SearchResults({ results }: { results: SearchResult[] }) {
  const [t, td, locale] = await Promise.all([getTranslations("search"), getTranslations("accountDeletion"), getLocale()]);
  const boardName = await boardNamesIn(locale);
  return (
    <ol
      aria-label={t("resultList")}
      className={`divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900 ${marked}`}
    >
      {results.map((result) => (
        <li key={`${result.kind}-${result.id}`} className="px-4 py-3">
          <div className="flex items-baseline gap-2">
            <span className="shrink-0 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-semibold text-stone-600 dark:bg-stone-800 dark:text-stone-300">
              {t(result.kind)}
            </span>
            <Link href={result.href} className="font-medium text-stone-900 dark:text-stone-100">
              <span dangerouslySetInnerHTML={{ __html: result.titleHtml }} />
            </Link>
          </div>
          {result.snippetHtml && (
            <p className="mt-1 text-sm text-stone-700 dark:text-stone-300" dangerouslySetInnerHTML={{ __html: result.snippetHtml }} />
          )}
          <div className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-500 dark:text-stone-400">
            <span>{boardName(result.board).name}</span>
            <span>
              <span className="sr-only">{t("by")} </span>
              <Link href={profileHref(result.author.username)} className="text-stone-600 dark:text-stone-300">
                {memberName(result.author, td("deletedMember"))}
              </Link>
            </span>
            <DateTime value={result.createdAt} />
          </div>
        </li>
      ))}
    </ol>
  );
}
