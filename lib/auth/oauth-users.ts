// Members who arrive through GitHub: a username is made from their login, free of collisions and reserved names.
import "server-only";
import type { AdapterUser } from "next-auth/adapters";
import { first, getDb, returned } from "@/db";
import { users } from "@/db/schema";
import { isReservedUsername, USERNAME_MAX, USERNAME_MIN, usernameKey } from "@/lib/accounts/usernames";
import { eq } from "drizzle-orm";

function baseUsername(profile: { name?: string | null; email?: string | null }): string {
  const fromEmail = profile.email?.split("@")[0] ?? "";
  const cleaned = (fromEmail || profile.name || "member").normalize("NFKC").replace(/[^\p{L}\p{Nd}_-]/gu, "");
  const base = cleaned.slice(0, USERNAME_MAX - 4);
  return base.length >= USERNAME_MIN && !isReservedUsername(base) ? base : "member";
}

export async function createOAuthUser(user: AdapterUser): Promise<AdapterUser> {
  const db = getDb();
  const base = baseUsername(user);
  let username = base;
  for (let n = 2; await first(db.select({ id: users.id }).from(users).where(eq(users.usernameKey, usernameKey(username)))); n++) {
    username = `${base}${n}`;
  }
  const row = await returned(db
    .insert(users)
    .values({
      username,
      usernameKey: usernameKey(username),
      name: user.name?.slice(0, 40) || username,
      email: user.email?.toLowerCase() || null,
      emailVerified: user.emailVerified,
      image: user.image,
    })
    .returning());
  return { id: row.id, name: row.name, email: row.email ?? "", emailVerified: row.emailVerified, image: row.image, sessionVersion: row.sessionVersion } as AdapterUser;
}
