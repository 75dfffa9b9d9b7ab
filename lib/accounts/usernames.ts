// Usernames: what they may contain, which are reserved, and the keys that make them unique and tell look-alikes apart.
import { skeletonText } from "../spam/skeleton";

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 20;

/** Letters of any script (Hangul included), digits, underscore and hyphen. */
export const USERNAME_PATTERN = /^[\p{L}\p{Nd}_-]+$/u;

/** Names that would impersonate the staff or collide with the site's own routes. */
const RESERVED = new Set([
  "admin", "administrator", "moderator", "mod", "root", "system", "staff", "support", "rapport",
  "anonymous", "deleted", "null", "undefined", "me", "api", "login", "logout", "register", "signup",
  "signin", "settings", "setup", "search", "notifications", "feed", "sitemap", "robots", "write",
  "new", "edit", "static", "public", "help", "about", "media", "upload",
]);

/** NFKC folds look-alike forms (full-width letters, compatibility characters); lower-casing folds case. */
export function usernameKey(username: string): string {
  return username.normalize("NFKC").toLowerCase().normalize("NFKC");
}

/**
 * What a name looks like: letters and digits only, Cyrillic and Greek look-alikes folded to Latin, accents dropped.
 * "аdmin" (Cyrillic а), "ad_min" and "admin" share one; two names with the same skeleton would pass for each other.
 */
export function usernameSkeleton(username: string): string {
  return skeletonText(username);
}

const RESERVED_SKELETONS = new Set([...RESERVED].map(usernameSkeleton));

/** Deleted accounts are renamed "deleted-…" (./deleted-members.ts): no living member may take a name that looks like one. */
const DELETED_SKELETON = usernameSkeleton("deleted");

export function isReservedUsername(username: string): boolean {
  const skeleton = usernameSkeleton(username);
  return RESERVED.has(usernameKey(username)) || RESERVED_SKELETONS.has(skeleton) || skeleton.startsWith(DELETED_SKELETON);
}
