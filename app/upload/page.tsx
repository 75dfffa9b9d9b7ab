// /upload: the upload form that needs no JavaScript. It posts to /media/upload, which comes back here with the
// image's Markdown to copy, or the reason it was refused. The composer's script uploads without leaving the page.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { MAX_UPLOAD_BYTES, UPLOAD_ACCEPT } from "@/lib/limits";
import { displayName, mediaHref, parseMediaName } from "@/lib/media/names";
import { altText, uploadBlock } from "@/lib/media/uploads";
import { uploadPageHref } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("media.uploadPage");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const ERRORS = new Set(["signIn", "accountRestricted", "confirmEmail", "uploadsOff", "emptyFile", "noFile", "fileTooLarge", "dailyQuota", "newAccountQuota", "notAnImage", "svgRefused", "markupInImage", "dataAfterImage", "tooManyPixels", "unreadableImage"]);

export default async function UploadPage({ searchParams }: Props) {
  const query = await searchParams;
  const user = await requireUser(uploadPageHref());
  const t = await getTranslations("media.uploadPage");
  const te = await getTranslations("media.errors");
  const megabytes = MAX_UPLOAD_BYTES / 1024 / 1024;
  const uploaded = parseMediaName(`${one(query.image)}.webp`);
  const error = ERRORS.has(one(query.error)) ? one(query.error) : null;
  const number = (value: string | string[] | undefined, fallback: number) => (/^\d{1,6}$/.test(one(value)) ? Number(one(value)) : fallback);
  const values = { megabytes: number(query.megabytes, megabytes), count: number(query.count, 0) };
  const blocked = await uploadBlock(user);
  const markdown = uploaded && `![${altText(one(query.name))}](${mediaHref(displayName(uploaded.hash))})`;
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {markdown && uploaded && (
        <section aria-labelledby="uploaded-heading" className="space-y-2 rounded-md border border-stone-300 p-4 dark:border-stone-700">
          <h2 id="uploaded-heading" className="text-lg font-semibold">{t("doneHeading")}</h2>
          {/* eslint-disable-next-line @next/next/no-img-element -- an upload is already sized; next/image is not used here */}
          <img src={mediaHref(`${uploaded.hash}-thumb.webp`)} alt={altText(one(query.name))} className="max-h-48 rounded" />
          <label htmlFor="upload-markdown" className="block text-sm">{t("copyHint")}</label>
          <input id="upload-markdown" readOnly value={markdown} aria-label={t("markdownLabel")} className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-sm dark:border-stone-700 dark:bg-stone-900" />
        </section>
      )}
      {!blocked ? (
        <form method="post" action="/media/upload" encType="multipart/form-data" className="space-y-3">
          <div aria-live="polite">
            {error && <p id="upload-error" className="font-medium text-red-700 dark:text-red-400">{te(error, values)}</p>}
          </div>
          <label htmlFor="upload-file" className="block text-sm font-medium">{t("fileLabel")}</label>
          <input id="upload-file" type="file" name="file" accept={UPLOAD_ACCEPT} required aria-describedby={`upload-hint${error ? " upload-error" : ""}`} className="block" />
          <p id="upload-hint" className="text-sm text-stone-600 dark:text-stone-300">{t("fileHint", { megabytes })}</p>
          <button type="submit" className="rounded-md bg-stone-900 px-4 py-2 font-medium text-white dark:bg-stone-100 dark:text-stone-900">{t("submit")}</button>
        </form>
      ) : (
        <p className="font-medium">
          {t("notAllowed")} {te(blocked)}
        </p>
      )}
    </div>
  );
}
