// Accounts: creating members, checking passwords, profiles, password changes and roles.
import "server-only";
import { desc, eq, sql, count } from "drizzle-orm";
import { first, getDb, returned, type Tx } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import { users, type UserRole, type UserStatus } from "@/db/schema";
import { withSignInSlot } from "../auth/in-flight";
import { recordSignInFailure, recordSignInSuccess, reserveSignIn, SIGN_IN_BUSY_RETRY_S } from "../auth/throttle";
import { queueVerification, verifiesNewAccounts } from "./email-verification";
import { hashPassword, verifyPassword } from "./passwords";
import { usernameKey, usernameSkeleton } from "./usernames";
import type { RegisterInput } from "../validation/account";
import type { FieldErrors, WriteResult } from "../write-result";


type NewAccount = RegisterInput & {
  role?: UserRole;
  name?: string;
  /** A member registering: mail a confirmation link in this language, in the insert's transaction (when the site verifies). */
  verifyIn?: string;
};
/** Runs in the insert's transaction, first: false abandons the insert (a one-time token already used). */
type Claim = (tx: Tx) => Promise<boolean>;

/**
 * Creates a member (or, from the setup page and the command line, an admin). Input is already validated.
 * With `claim`, the account is created only if the claim succeeds in the same transaction.
 */
export async function createAccount(
  input: NewAccount,
  claim?: Claim,
): Promise<WriteResult<{ id: string }, "username" | "email">> {
  const db = getDb();
  const key = usernameKey(input.username);
  const email = input.email.toLowerCase();
  const taken = await db
    .select({ usernameKey: users.usernameKey, email: users.email })
    .from(users)
    .where(sql`${users.usernameKey} = ${key} OR ${users.email} = ${email}`);
  const errors: FieldErrors<"username" | "email"> = {};
  if (taken.some((u) => u.usernameKey === key)) errors.username = "usernameTaken";
  if (taken.some((u) => u.email === email)) errors.email = "emailTaken";
  if (!errors.username && await looksLikeMember(input.username)) errors.username = "usernameLookalike";
  if (errors.username || errors.email) return { ok: false, errors };

  const passwordHash = await hashPassword(input.password);
  try {
    return db.transaction(async (tx) => {
      if (claim && !(await claim(tx))) return { ok: false as const, message: "claimRefused" as const };
      const row = await returned(tx
        .insert(users)
        .values({
          username: input.username,
          usernameKey: key,
          name: input.name ?? input.username,
          email,
          passwordHash,
          // Accounts made from a shell or the setup link carry an address an admin typed: taken as confirmed.
          emailVerified: input.verifyIn ? null : new Date(),
          role: input.role ?? "member",
        })
        .returning({ id: users.id }));
      if (input.verifyIn && await verifiesNewAccounts()) await queueVerification(tx, { id: row.id, name: input.name ?? input.username, locale: null }, email, input.verifyIn);
      return { ok: true as const, id: row.id };
    });
  } catch (error) {
    // Someone took the name or email between the check and the insert.
    if (isUniqueViolation(error)) {
      return { ok: false, errors: isUniqueViolation(error, "email") ? { email: "emailTaken" } : { username: "usernameTaken" } };
    }
    throw error;
  }
}

/**
 * Whether a new name would pass for an existing member's ("mod_ѕora" with Cyrillic ѕ beside mod_sora). Reads every
 * username: fine at a forum's size and only on registration; a stored skeleton column is the next step past that.
 */
async function looksLikeMember(username: string): Promise<boolean> {
  const skeleton = usernameSkeleton(username);
  if (skeleton === "") return false;
  const names = await getDb().select({ username: users.username }).from(users);
  return names.some((row) => usernameSkeleton(row.username) === skeleton);
}

export type SignInFailure = "invalid" | "throttled" | "banned";

/**
 * Checks a username-or-email and password. Unknown users and wrong passwords fail alike, after the same
 * Argon2 work, and both count towards the throttle. The attempt is taken from the budgets before the hash is
 * checked, and a burst beyond a few in flight per address or account is refused at once, so parallel guesses
 * cannot outrun the limit or the server's cores.
 */
export async function authenticate(
  identifier: string,
  password: string,
  ip: string,
): Promise<{ ok: true; id: string; sessionVersion: number } | { ok: false; reason: SignInFailure; retryAfterS?: number; bannedId?: string }> {
  const key = usernameKey(identifier.trim());
  const user = await first(getDb()
    .select({ id: users.id, passwordHash: users.passwordHash, status: users.status, sessionVersion: users.sessionVersion })
    .from(users)
    .where(key.includes("@") ? eq(users.email, key) : eq(users.usernameKey, key)));
  // The account, not what was typed: its username and its email share one budget.
  const accountKey = user ? `user:${user.id}` : `unknown:${key}`;
  const outcome = await withSignInSlot(ip, accountKey, async () => {
    const wait = await reserveSignIn(accountKey, ip);
    if (wait > 0) return { ok: false as const, reason: "throttled" as const, retryAfterS: wait };
    const valid = await verifyPassword(user?.passwordHash, password);
    if (!user || !valid) {
      await recordSignInFailure(accountKey, ip);
      return { ok: false as const, reason: "invalid" as const };
    }
    await recordSignInSuccess(accountKey, ip);
    // The password was right: the refusal names the account, for the signed appeal link (lib/auth/appeal-link.ts).
    if (user.status === "banned") return { ok: false as const, reason: "banned" as const, bannedId: user.id };
    return { ok: true as const, id: user.id, sessionVersion: user.sessionVersion };
  });
  return outcome ?? { ok: false, reason: "throttled", retryAfterS: SIGN_IN_BUSY_RETRY_S };
}

export type SessionUser = {
  id: string;
  username: string;
  name: string;
  role: UserRole;
  status: UserStatus;
  statusUntil: Date | null;
  locale: string | null;
  email: string | null;
  /** Null until the member opens the link mailed to their address (lib/accounts/email-verification.ts). */
  emailVerified: Date | null;
  sessionVersion: number;
  createdAt: Date;
};

/** The user behind a session token, read fresh so that role, status and revocation apply at once. */
export async function findSessionUser(id: string): Promise<SessionUser | null> {
  const row = await first(getDb()
    .select({
      id: users.id,
      username: users.username,
      name: users.name,
      role: users.role,
      status: users.status,
      statusUntil: users.statusUntil,
      locale: users.locale,
      email: users.email,
      emailVerified: users.emailVerified,
      sessionVersion: users.sessionVersion,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, id)));
  if (!row) return null;
  // A suspension ends by itself when its time is up.
  if (row.status === "suspended" && row.statusUntil && row.statusUntil.getTime() <= Date.now()) {
    return { ...row, status: "active", statusUntil: null };
  }
  return row;
}

export async function updateProfile(userId: string, input: { name: string; locale: string | null }): Promise<void> {
  await getDb().update(users).set({ name: input.name, locale: input.locale }).where(eq(users.id, userId));
}

/** Changes a password after checking the current one; raising the session version signs out every other session. */
export async function changePassword(
  userId: string,
  currentPassword: string,
  newPassword: string,
): Promise<WriteResult<{ sessionVersion: number }, "currentPassword">> {
  const db = getDb();
  const user = await first(db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)));
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    return { ok: false, errors: { currentPassword: "currentPasswordWrong" } };
  }
  const passwordHash = await hashPassword(newPassword);
  const row = await first(db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion }));
  return { ok: true, sessionVersion: row?.sessionVersion ?? 0 };
}

/** Raises the session version: every token issued before now stops working (signing out, a password change). */
export async function endSessions(userId: string): Promise<void> {
  await getDb().update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
}

export async function setRole(username: string, role: UserRole): Promise<boolean> {
  const changed = await getDb().update(users).set({ role }).where(eq(users.usernameKey, usernameKey(username))).returning({ id: users.id });
  return changed.length === 1;
}

export async function adminExists(): Promise<boolean> {
  return Boolean(await first(getDb().select({ id: users.id }).from(users).where(eq(users.role, "admin")).limit(1)));
}

export type UserListItem = Pick<SessionUser, "id" | "username" | "name" | "role" | "status" | "createdAt"> & {
  postCount: number;
  commentCount: number;
};

export const USERS_PAGE_SIZE = 50;

export async function listUsers(page: number): Promise<{ users: UserListItem[]; total: number }> {
  const db = getDb();
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      name: users.name,
      role: users.role,
      status: users.status,
      createdAt: users.createdAt,
      postCount: users.postCount,
      commentCount: users.commentCount,
    })
    .from(users)
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(USERS_PAGE_SIZE)
    .offset((page - 1) * USERS_PAGE_SIZE);
  const total = (await first(db.select({ n: count() }).from(users)))?.n ?? 0;
  return { users: rows, total };
}

