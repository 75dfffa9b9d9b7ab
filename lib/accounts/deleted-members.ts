// How a deleted account looks: a placeholder name and username. No imports, so components can tell one apart too.

/** The prefix of a deleted account's username; registration refuses it (./usernames.ts), so nobody can pose as one. */
export const DELETED_USERNAME_PREFIX = "deleted-";
/** The name stored for a deleted account; pages show their language's words for it instead (memberName). */
export const DELETED_MEMBER_NAME = "[deleted member]";

/** The username a deleted account takes: unique, fixed, and free of anything the member chose. */
export function deletedUsername(userId: string): string {
  return DELETED_USERNAME_PREFIX + userId.replace(/-/g, "").slice(0, 12).toLowerCase();
}

export function isDeletedUsername(username: string): boolean {
  return username.startsWith(DELETED_USERNAME_PREFIX);
}

/** The name to show for an author: theirs, or for a deleted account `deletedLabel` ("[탈퇴한 회원]"). */
export function memberName(author: { username: string; name: string }, deletedLabel: string): string {
  return isDeletedUsername(author.username) ? deletedLabel : author.name;
}
