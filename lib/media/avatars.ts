// Members' pictures: the same checks as every upload (./image.ts, quotas, canUpload), drawn square and small, and
// set as users.image. Public for as long as a member shows it (./uses.ts).
import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { first, getDb } from "@/db";
import { uploads, users } from "@/db/schema";
import type { CurrentUser } from "../auth/session";
import { MAX_UPLOAD_BYTES } from "../limits";
import { refuse, type WriteResult } from "../write-result";
import { processAvatar, processImage } from "./image";
import { displayName, mediaHref } from "./names";
import { mediaStore, type MediaStore } from "./store";
import { uploadBlock, uploadQuotaRefusal } from "./uploads";

/** The stored picture's side in pixels: twice the largest size it is shown at, for sharp screens. */
export const AVATAR_SIDE = 128;
const HASH_HEX = 32;

type Member = Pick<CurrentUser, "id" | "role" | "status" | "emailVerified" | "createdAt">;

export async function saveAvatar(user: Member | null, bytes: Buffer, now = Date.now(), store: MediaStore = mediaStore()): Promise<WriteResult<{ href: string }>> {
  const blocked = await uploadBlock(user);
  if (blocked || !user) return refuse(blocked ?? "signIn");
  if (bytes.length === 0) return refuse("noFile");
  if (bytes.length > MAX_UPLOAD_BYTES) return refuse("fileTooLarge", { megabytes: MAX_UPLOAD_BYTES / 1024 / 1024 });
  const overQuota = await uploadQuotaRefusal(user, bytes.length, now);
  if (overQuota) return overQuota;
  // Every check of an upload first, then the square drawn from the same bytes.
  const checked = await processImage(bytes);
  if (!checked.ok) return refuse(checked.reason);
  const square = await processAvatar(bytes, AVATAR_SIDE);
  const hash = createHash("sha256").update(square).digest("hex").slice(0, HASH_HEX);
  await store.put(displayName(hash), square);
  const href = mediaHref(displayName(hash));
  await getDb().transaction(async (tx) => {
    await tx.insert(uploads).values({ userId: user.id, hash, originalName: "avatar", originalBytes: bytes.length, bytes: square.length, width: AVATAR_SIDE, height: AVATAR_SIDE, createdAt: new Date(now) });
    await tx.update(users).set({ image: href }).where(eq(users.id, user.id));
  });
  return { ok: true, href };
}

/** Back to initials. The file stays (its name may be another member's picture too) but is no longer public. */
export async function removeAvatar(userId: string): Promise<void> {
  await getDb().update(users).set({ image: null }).where(eq(users.id, userId));
}

/** The picture a member shows, if any: only this site's uploads count (an OAuth sign-in may bring another address). */
export async function avatarOf(userId: string): Promise<string | null> {
  const image = (await first(getDb().select({ image: users.image }).from(users).where(eq(users.id, userId))))?.image;
  return image?.startsWith("/media/") ? image : null;
}
