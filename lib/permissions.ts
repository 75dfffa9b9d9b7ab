// Who may do what: named checks, each saying what an author may do to their own and staff to anyone's.
import type { UserRole, UserStatus } from "@/db/schema";

type Actor = { id: string; role: UserRole; status: UserStatus };

const RANK: Record<UserRole, number> = { member: 0, moderator: 1, admin: 2 };

function hasRole(user: { role: UserRole }, role: UserRole): boolean {
  return RANK[user.role] >= RANK[role];
}

/** Signed in and neither suspended nor banned: the ground every other permission stands on. */
export const isActive = (user: Actor | null): user is Actor => user !== null && user.status === "active";
/** An active moderator or admin: asked only for staff exemptions here; what staff may do is `canModerate`. */
const isStaff = (user: Actor | null): boolean => isActive(user) && hasRole(user, "moderator");

/** Staff writing skips the rules that guard against new accounts (link limits, approval of new members' posts). */
export function isExemptFromNewAccountRules(author: { role?: UserRole }): boolean {
  return author.role !== undefined && hasRole({ role: author.role }, "moderator");
}

/** Members' reports alone may hold a member's writing, never staff writing (a pinned notice): that waits for staff. */
export function reportsMayHold(author: { role: UserRole }): boolean {
  return !hasRole(author, "moderator");
}

/** Admins change roles, but never their own, so the last admin cannot lock everyone out by accident. */
export function canChangeRole(actor: Actor | null, target: { id: string }): boolean {
  return isActive(actor) && hasRole(actor, "admin") && actor.id !== target.id;
}

/**
 * A member deletes their own account, never anyone else's; a suspended member may too (it is their data), a banned one
 * may not sign in to. The last admin may not, so the site is never left without one: `otherAdmins` counts the rest.
 */
export function canDeleteAccount(actor: Actor | null, target: { id: string; role: UserRole }, otherAdmins: number): boolean {
  if (actor === null || actor.id !== target.id || actor.status === "banned") return false;
  return target.role !== "admin" || otherAdmins > 0;
}

/** Admins run the site: the admin pages, boards, banned words and roles. */
export function canAdminister(actor: Actor | null): boolean {
  return isActive(actor) && hasRole(actor, "admin");
}

/** Comments can be edited for a day; after that the conversation has moved on around them. */
export const COMMENT_EDIT_WINDOW_MS = 24 * 60 * 60 * 1000;

type Board = { postingRole: UserRole; archived?: boolean };
type Authored = { authorId: string; status: string };

export function canPostInBoard(user: Actor | null, board: Board): boolean {
  return isActive(user) && !board.archived && hasRole(user, board.postingRole);
}

/**
 * Starting threads waits for a confirmed email address when the site asks for one (verificationRequired, from
 * lib/accounts/email-verification.ts): until then a new member reads and comments under the new-account limits.
 * Staff are exempt.
 */
export function canStartThreads(user: (Actor & { emailVerified: Date | null }) | null, verificationRequired: boolean): boolean {
  return isActive(user) && (!verificationRequired || user.emailVerified !== null || isStaff(user));
}

/** A board's write link: for whoever may post there, and for visitors where any member may, who sign in on the way. */
export function canSeeWriteLink(user: Actor | null, board: Board): boolean {
  return user === null ? board.postingRole === "member" && !board.archived : canPostInBoard(user, board);
}

export function canEditPost(user: Actor | null, post: Authored): boolean {
  return isActive(user) && post.authorId === user.id && post.status !== "deleted" && post.status !== "removed";
}

export const canDeletePost = canEditPost;

export function canComment(user: Actor | null, post: { status: string; locked: boolean }): boolean {
  return isActive(user) && post.status === "published" && !post.locked;
}

/**
 * An author edits a comment for a day, and not once its thread is locked: a lock freezes the conversation as it
 * stands. Staff may still edit their own (a note explaining the lock).
 */
export function canEditComment(user: Actor | null, comment: Authored & { createdAt: Date; threadLocked?: boolean }, now = Date.now()): boolean {
  if (comment.threadLocked && !isStaff(user)) return false;
  return canDeleteComment(user, comment) && now - comment.createdAt.getTime() <= COMMENT_EDIT_WINDOW_MS;
}

/** Held writing stays the author's to fix or take back while it waits for a moderator. */
export function canDeleteComment(user: Actor | null, comment: Authored): boolean {
  return isActive(user) && comment.authorId === user.id && (comment.status === "published" || comment.status === "held");
}

/** A post or a comment, and whether its thread is locked. */
type InThread = Authored & { threadLocked: boolean };

/** Writing open to recommendations: visible, in a thread that is not locked. Visitors are invited to sign in for it. */
export function isRecommendable(target: Omit<InThread, "authorId">): boolean {
  return target.status === "published" && !target.threadLocked;
}

/** Recommending is for other people's visible writing, never your own, and not in a locked thread. */
export function canLike(user: Actor | null, target: InThread): boolean {
  return isActive(user) && target.authorId !== user.id && isRecommendable(target);
}

/**
 * Reporting is for other people's visible writing: your own you can edit or delete, and hidden writing awaits
 * review. A locked thread is closed to reports too: moderators already looked at it when they locked it.
 */
export function canReport(user: Actor | null, target: InThread): boolean {
  return isActive(user) && target.authorId !== user.id && target.status === "published" && !target.threadLocked;
}

/** Only a member under a sanction (suspended or banned) may appeal it, and only their own: the caller passes themselves. */
export function canAppeal(user: Actor | null): user is Actor {
  return user !== null && user.status !== "active";
}

/** Moderators sanction members; only admins sanction moderators; nobody sanctions an admin or themselves. */
export function canSanction(actor: Actor | null, target: { id: string; role: UserRole }): boolean {
  if (!isActive(actor) || !hasRole(actor, "moderator") || actor.id === target.id || target.role === "admin") return false;
  return target.role === "member" || hasRole(actor, "admin");
}

/**
 * The moderation powers: remove and restore, lock, pin and move threads, dismiss reports, work the review queue
 * and read moderators' notes in the log. A moderator's own report hides an item at once.
 */
export function canModerate(user: Actor | null): boolean {
  return isStaff(user);
}

/**
 * Whether a member meets a piece of writing as a reader: it is published in a published thread. Every board is open
 * to every reader, so the writing's state is the whole test. Held and removed writing is seen by its author and
 * staff only through canSeeHidden, which is not reading it: a mention there tells nobody anything.
 */
export function canReadWriting(_user: Actor | null, writing: { status: string; threadStatus: string }): boolean {
  return writing.status === "published" && writing.threadStatus === "published";
}

/** Authors and staff still see writing that is held or removed; readers see a tombstone or nothing. */
export function canSeeHidden(user: Actor | null, item: { authorId: string }): boolean {
  return isStaff(user) || (user !== null && user.id === item.authorId);
}

/**
 * Uploading images: an active member, while the admins allow uploads, and with a confirmed email address when the
 * site asks for one (the rule of canStartThreads; staff exempt). The daily quotas are in lib/media/uploads.ts.
 */
export function canUpload(user: (Actor & { emailVerified: Date | null }) | null, site: { uploadsEnabled: boolean; verificationRequired: boolean }): boolean {
  return site.uploadsEnabled && canStartThreads(user, site.verificationRequired);
}
