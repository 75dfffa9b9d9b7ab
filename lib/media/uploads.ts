// Taking an upload: who may, how many a day, then the image redrawn (./image.ts), stored (./store.ts) and recorded.
import "server-only";
import { and, count, eq, gte, sum } from "drizzle-orm";
import { first, getDb } from "@/db";
import { uploads } from "@/db/schema";
import { emailVerificationRequired } from "../accounts/email-verification";
import type { CurrentUser } from "../auth/session";
import { NEW_ACCOUNT_AGE_MS } from "../content/write-limits";
import { MAX_UPLOAD_BYTES } from "../limits";
import { canUpload } from "../permissions";
import { refuse, type WriteResult } from "../write-result";
import { processImage } from "./image";
import { mediaHref, thumbName, displayName } from "./names";
import { uploadsEnabled } from "./setting";
import { mediaStore, type MediaStore } from "./store";

/** Uploads a member may make in any 24 hours, and their bytes as sent; a first-day account gets far fewer. */
export const UPLOADS_PER_DAY = 50;
export const UPLOAD_BYTES_PER_DAY = 200 * 1024 * 1024;
export const NEW_ACCOUNT_UPLOADS_PER_DAY = 5;
export const NEW_ACCOUNT_UPLOAD_BYTES_PER_DAY = 20 * 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;
const ALT_MAX = 100;

export type Uploaded = { hash: string; href: string; thumbHref: string; width: number; height: number; markdown: string };

type Uploader = Pick<CurrentUser, "id" | "role" | "status" | "emailVerified" | "createdAt">;

/** The refusal for an uploader over today's quota, or null. Counts every upload in the last 24 hours. */
export async function uploadQuotaRefusal(user: Uploader, addingBytes: number, now = Date.now()) {
  const isNew = now - user.createdAt.getTime() < NEW_ACCOUNT_AGE_MS;
  const maxCount = isNew ? NEW_ACCOUNT_UPLOADS_PER_DAY : UPLOADS_PER_DAY;
  const maxBytes = isNew ? NEW_ACCOUNT_UPLOAD_BYTES_PER_DAY : UPLOAD_BYTES_PER_DAY;
  const today = await first(getDb()
    .select({ n: count(), bytes: sum(uploads.originalBytes) })
    .from(uploads)
    .where(and(eq(uploads.userId, user.id), gte(uploads.createdAt, new Date(now - DAY_MS)))));
  const made = today?.n ?? 0;
  const sent = Number(today?.bytes ?? 0);
  if (made >= maxCount || sent + addingBytes > maxBytes) {
    return refuse(isNew ? "newAccountQuota" : "dailyQuota", { count: maxCount, megabytes: Math.round(maxBytes / 1024 / 1024) });
  }
  return null;
}

/** Why this member may not upload right now (the admins' switch, their standing, email confirmation), or null. */
export async function uploadBlock(user: Uploader | null): Promise<"signIn" | "uploadsOff" | "accountRestricted" | "confirmEmail" | null> {
  if (!user) return "signIn";
  const site = { uploadsEnabled: await uploadsEnabled(), verificationRequired: await emailVerificationRequired() };
  if (canUpload(user, site)) return null;
  if (!site.uploadsEnabled) return "uploadsOff";
  return user.status === "active" ? "confirmEmail" : "accountRestricted";
}

/** The Markdown image's text: the file's name without its type, with nothing that could break out of the brackets. */
export function altText(fileName: string): string {
  const bare = fileName.replace(/\.[a-z0-9]{1,5}$/i, "").replace(/[[\]()\\<>*_`!#\r\n\t]+/g, " ").trim().slice(0, ALT_MAX);
  return bare || "image";
}

/** Checks, redraws, stores and records one image. The refusal keys are under "media.errors" in the catalogue. */
export async function saveUpload(user: Uploader | null, file: { name: string; bytes: Buffer }, now = Date.now(), store: MediaStore = mediaStore()): Promise<WriteResult<Uploaded>> {
  const blocked = await uploadBlock(user);
  if (blocked || !user) return refuse(blocked ?? "signIn");
  if (file.bytes.length === 0) return refuse("emptyFile");
  if (file.bytes.length > MAX_UPLOAD_BYTES) return refuse("fileTooLarge", { megabytes: MAX_UPLOAD_BYTES / 1024 / 1024 });
  const overQuota = await uploadQuotaRefusal(user, file.bytes.length, now);
  if (overQuota) return overQuota;

  const processed = await processImage(file.bytes);
  if (!processed.ok) return refuse(processed.reason);
  const { image } = processed;
  await store.put(displayName(image.hash), image.display);
  await store.put(thumbName(image.hash), image.thumb);

  // Checked again with the insert, in one transaction: two uploads at once cannot both take the last place.
  const recorded = await getDb().transaction(async (tx) => {
    const late = await uploadQuotaRefusal(user, file.bytes.length, now);
    if (late) return late;
    await tx
      .insert(uploads)
      .values({ userId: user.id, hash: image.hash, originalName: file.name.slice(0, 200), originalBytes: file.bytes.length, bytes: image.display.length, width: image.width, height: image.height, createdAt: new Date(now) });
    return null;
  });
  if (recorded) return recorded;
  const href = mediaHref(displayName(image.hash));
  return { ok: true, hash: image.hash, href, thumbHref: mediaHref(thumbName(image.hash)), width: image.width, height: image.height, markdown: `![${altText(file.name)}](${href})` };
}
