// The admins' view of uploads: the latest ones, with who sent them.
import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { uploads, users } from "@/db/schema";

export const RECENT_UPLOADS_SHOWN = 50;

export async function recentUploads(limit = RECENT_UPLOADS_SHOWN) {
  return await getDb()
    .select({ id: uploads.id, hash: uploads.hash, originalName: uploads.originalName, originalBytes: uploads.originalBytes, bytes: uploads.bytes, width: uploads.width, height: uploads.height, createdAt: uploads.createdAt, username: users.username })
    .from(uploads)
    .innerJoin(users, eq(users.id, uploads.userId))
    .orderBy(desc(uploads.id))
    .limit(limit);
}
