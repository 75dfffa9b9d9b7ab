// Members whose username or display name starts with what is typed after "@": for the mention autocomplete.
// Names only, never an email address; banned members are left out.
import "server-only";
import { and, asc, ne, or, sql } from "drizzle-orm";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { usernameKey } from "./usernames";

/** Names in one answer. */
export const MEMBER_SUGGESTIONS_MAX = 8;
/** Characters typed after "@" before anything is suggested. */
export const MEMBER_SUGGESTIONS_MIN_QUERY = 2;
/** Look-ups per member per minute: a fast typist asks a few a second, for a moment. */
export const MEMBER_SUGGESTIONS_PER_MINUTE = 60;

// In memory: nothing to protect across a restart, and the server is one process.
const limiter = new RateLimiterMemory({ keyPrefix: "member-suggestions", points: MEMBER_SUGGESTIONS_PER_MINUTE, duration: 60 });

/** Counts a look-up; null when it may go ahead, otherwise the seconds to wait. */
export async function suggestionWait(memberId: string): Promise<number | null> {
  try {
    await limiter.consume(memberId);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export type MemberSuggestion = { username: string; name: string };

export async function suggestMembers(query: string): Promise<MemberSuggestion[]> {
  const typed = query.trim();
  if (typed.length < MEMBER_SUGGESTIONS_MIN_QUERY || typed.length > 20) return [];
  const key = `${escapeLike(usernameKey(typed))}%`;
  const name = `${escapeLike(typed.normalize("NFKC").toLowerCase())}%`;
  return await getDb()
    .select({ username: users.username, name: users.name })
    .from(users)
    .where(and(ne(users.status, "banned"), or(sql`${users.usernameKey} LIKE ${key} ESCAPE '\\'`, sql`lower(${users.name}) LIKE ${name} ESCAPE '\\'`)))
    .orderBy(asc(users.usernameKey))
    .limit(MEMBER_SUGGESTIONS_MAX);
}
