// The toolbar's words from the catalogue ("composer2", and two upload errors from "media"), for the server's
// translator (comment forms) and the browser's (the post editor) alike.
import { MAX_UPLOAD_BYTES } from "@/lib/limits";
import type { ComposerLabels } from "./composer-tools";

type Translate = (key: string, values?: Record<string, string | number>) => string;

const KEYS = ["toolbar", "bold", "italic", "link", "quote", "code", "list", "image", "boldSample", "italicSample", "linkSample", "codeSample", "uploadLink"] as const;

/** `{name}` and `{percent}` stay in the text, for the toolbar to fill in. */
export function composerLabels(t: Translate, media: Translate): ComposerLabels {
  const words = Object.fromEntries(KEYS.map((key) => [key, t(key)])) as Record<(typeof KEYS)[number], string>;
  return {
    ...words,
    uploading: t("uploading", { name: "{name}", percent: "{percent}" }),
    uploaded: t("uploaded", { name: "{name}" }),
    uploadFailed: media("errors.uploadFailed"),
    fileTooLarge: media("errors.fileTooLarge", { megabytes: MAX_UPLOAD_BYTES / 1024 / 1024 }),
  };
}
