import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/format/date-time";
import type { Change, Version } from "@/lib/content/revisions";

function Changes({ changes }: { changes: Change[] }) {
  return (
    <>
      {changes.map((change, i) =>
        change.kind === "added" ? (
          <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-950 dark:text-emerald-200">
            {change.text}
          </ins>
        ) : change.kind === "removed" ? (
          <del key={i} className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200">
            {change.text}
          </del>
        ) : (
          <span key={i}>{change.text}</span>
        ),
      )}
    </>
  );
}

/** Every version, newest first, each showing what it changed from the one before. */
export async function VersionList({ versions }: { versions: Version[] }) {
  const t = await getTranslations("history");
  return (
    <ol className="space-y-6">
      {versions
        .map((version, i) => ({ version, number: i + 1 }))
        .reverse()
        .map(({ version, number }) => (
          <li key={number} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
            <h2 className="mb-3 text-sm font-semibold text-stone-600 dark:text-stone-300">
              {version.current ? t("current", { number }) : t("version", { number })} · <DateTime value={version.writtenAt} withTime />
            </h2>
            {version.titleChanges && (
              <p className="mb-2 text-lg font-semibold">
                <Changes changes={version.titleChanges} />
              </p>
            )}
            <pre className="whitespace-pre-wrap break-words font-sans text-sm leading-6">
              <Changes changes={version.bodyChanges} />
            </pre>
          </li>
        ))}
    </ol>
  );
}
