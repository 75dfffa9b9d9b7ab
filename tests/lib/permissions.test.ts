import { describe, expect, it } from "vitest";
import type { UserRole, UserStatus } from "@/db/schema";
import {
  COMMENT_EDIT_WINDOW_MS,
  canChangeRole,
  canDeleteAccount,
  canComment,
  canDeleteComment,
  canDeletePost,
  canEditComment,
  canEditPost,
  canLike,
  isRecommendable,
  canModerate,
  canPostInBoard,
  canReport,
  canSanction,
  canSeeHidden,
  canSeeWriteLink,
  canStartThreads,
  canUpload,
  canAdminister,
  canAppeal,
  canReadWriting,
  isActive,
  isExemptFromNewAccountRules,
  reportsMayHold,
} from "@/lib/permissions";

// Every predicate against every role and the states that matter; who may not is tested as carefully as who may.

const person = (id: string, role: UserRole, status: UserStatus = "active") => ({ id, role, status });
const people = {
  visitor: null,
  member: person("member", "member"),
  "another member": person("member-2", "member"),
  moderator: person("moderator", "moderator"),
  "another moderator": person("moderator-2", "moderator"),
  admin: person("admin", "admin"),
  "another admin": person("admin-2", "admin"),
  "suspended member": person("suspended", "member", "suspended"),
  "banned member": person("banned", "member", "banned"),
  "suspended moderator": person("suspended-mod", "moderator", "suspended"),
  "banned admin": person("banned-admin", "admin", "banned"),
};
type Who = keyof typeof people;
const as = (who: Who) => people[who];

/** Writing by `who` (their own when the actor is the same person) or by somebody else. */
const writingBy = (who: Who | "someone else", status = "published") => ({ authorId: who === "someone else" ? "someone-else" : as(who)!.id, status });

describe("isActive, canModerate, canAdminister: what each person is", () => {
  it.each([
    { who: "visitor", active: false, moderate: false, admin: false },
    { who: "member", active: true, moderate: false, admin: false },
    { who: "moderator", active: true, moderate: true, admin: false },
    { who: "admin", active: true, moderate: true, admin: true },
    { who: "suspended member", active: false, moderate: false, admin: false },
    { who: "banned member", active: false, moderate: false, admin: false },
    { who: "suspended moderator", active: false, moderate: false, admin: false },
    { who: "banned admin", active: false, moderate: false, admin: false },
  ] as const)("$who: active $active, moderates $moderate, sees admin $admin", ({ who, active, moderate, admin }) => {
    expect(isActive(as(who))).toBe(active);
    expect(canModerate(as(who))).toBe(moderate);
    expect(canAdminister(as(who))).toBe(admin);
  });
});

describe("rules about the author's role", () => {
  it.each([
    { role: undefined, exempt: false, reportsHold: undefined },
    { role: "member", exempt: false, reportsHold: true },
    { role: "moderator", exempt: true, reportsHold: false },
    { role: "admin", exempt: true, reportsHold: false },
  ] as const)("writing by a $role: exempt from new-account rules $exempt, held by members' reports $reportsHold", ({ role, exempt, reportsHold }) => {
    expect(isExemptFromNewAccountRules({ role })).toBe(exempt);
    if (role) expect(reportsMayHold({ role })).toBe(reportsHold);
  });
});

describe("canChangeRole: admins, never their own", () => {
  it.each([
    { who: "visitor", target: "member", expected: false },
    { who: "member", target: "another member", expected: false },
    { who: "moderator", target: "member", expected: false },
    { who: "moderator", target: "moderator", expected: false },
    { who: "admin", target: "member", expected: true },
    { who: "admin", target: "moderator", expected: true },
    { who: "admin", target: "another admin", expected: true },
    { who: "admin", target: "admin", expected: false },
    { who: "banned admin", target: "member", expected: false },
  ] as const)("$who changes the role of $target: $expected", ({ who, target, expected }) => {
    expect(canChangeRole(as(who), as(target)!)).toBe(expected);
  });
});

describe("canDeleteAccount: one's own, never another's, and never the last admin's", () => {
  it.each([
    { who: "visitor", target: "member", otherAdmins: 1, expected: false },
    { who: "member", target: "member", otherAdmins: 1, expected: true },
    { who: "member", target: "another member", otherAdmins: 1, expected: false },
    { who: "moderator", target: "member", otherAdmins: 1, expected: false },
    { who: "admin", target: "member", otherAdmins: 1, expected: false },
    { who: "moderator", target: "moderator", otherAdmins: 0, expected: true },
    { who: "suspended member", target: "suspended member", otherAdmins: 1, expected: true },
    { who: "banned member", target: "banned member", otherAdmins: 1, expected: false },
    { who: "admin", target: "admin", otherAdmins: 1, expected: true },
    { who: "admin", target: "admin", otherAdmins: 0, expected: false },
  ] as const)("$who deletes the account of $target ($otherAdmins other admins): $expected", ({ who, target, otherAdmins, expected }) => {
    expect(canDeleteAccount(as(who), as(target)!, otherAdmins)).toBe(expected);
  });
});

describe("canSanction: moderators sanction members, admins also moderators, nobody an admin or themselves", () => {
  it.each([
    { who: "visitor", target: "member", expected: false },
    { who: "member", target: "another member", expected: false },
    { who: "moderator", target: "member", expected: true },
    { who: "moderator", target: "suspended member", expected: true },
    { who: "moderator", target: "another moderator", expected: false },
    { who: "moderator", target: "moderator", expected: false },
    { who: "moderator", target: "admin", expected: false },
    { who: "admin", target: "member", expected: true },
    { who: "admin", target: "moderator", expected: true },
    { who: "admin", target: "another admin", expected: false },
    { who: "admin", target: "admin", expected: false },
    { who: "suspended moderator", target: "member", expected: false },
    { who: "banned admin", target: "moderator", expected: false },
  ] as const)("$who sanctions $target: $expected", ({ who, target, expected }) => {
    expect(canSanction(as(who), as(target)!)).toBe(expected);
  });
});

describe("canPostInBoard: active, the board's posting role, not archived", () => {
  it.each([
    { who: "visitor", postingRole: "member", archived: false, expected: false },
    { who: "member", postingRole: "member", archived: false, expected: true },
    { who: "member", postingRole: "moderator", archived: false, expected: false },
    { who: "moderator", postingRole: "moderator", archived: false, expected: true },
    { who: "moderator", postingRole: "admin", archived: false, expected: false },
    { who: "admin", postingRole: "admin", archived: false, expected: true },
    { who: "member", postingRole: "member", archived: true, expected: false },
    { who: "admin", postingRole: "member", archived: true, expected: false },
    { who: "suspended member", postingRole: "member", archived: false, expected: false },
    { who: "banned member", postingRole: "member", archived: false, expected: false },
    { who: "suspended moderator", postingRole: "moderator", archived: false, expected: false },
  ] as const)("$who in a board for $postingRole (archived $archived): $expected", ({ who, postingRole, archived, expected }) => {
    expect(canPostInBoard(as(who), { postingRole, archived })).toBe(expected);
  });
});

describe("canSeeWriteLink: those who may post, and visitors to boards open to members", () => {
  it.each([
    { who: "visitor", postingRole: "member", archived: false, expected: true },
    { who: "visitor", postingRole: "moderator", archived: false, expected: false },
    { who: "visitor", postingRole: "admin", archived: false, expected: false },
    { who: "visitor", postingRole: "member", archived: true, expected: false },
    { who: "member", postingRole: "member", archived: false, expected: true },
    { who: "member", postingRole: "moderator", archived: false, expected: false },
    { who: "moderator", postingRole: "moderator", archived: false, expected: true },
    { who: "admin", postingRole: "member", archived: true, expected: false },
    { who: "suspended member", postingRole: "member", archived: false, expected: false },
    { who: "banned member", postingRole: "member", archived: false, expected: false },
  ] as const)("$who on a board for $postingRole (archived $archived): $expected", ({ who, postingRole, archived, expected }) => {
    expect(canSeeWriteLink(as(who), { postingRole, archived })).toBe(expected);
  });
});

describe.each([
  ["canEditPost", canEditPost],
  ["canDeletePost", canDeletePost],
])("%s: the author, while the post is neither deleted nor removed; staff not at all", (_name, predicate) => {
  it.each([
    { who: "member", author: "member", status: "published", expected: true },
    { who: "member", author: "member", status: "held", expected: true },
    { who: "member", author: "member", status: "removed", expected: false },
    { who: "member", author: "member", status: "deleted", expected: false },
    { who: "member", author: "someone else", status: "published", expected: false },
    { who: "moderator", author: "someone else", status: "published", expected: false },
    { who: "admin", author: "someone else", status: "published", expected: false },
    { who: "moderator", author: "moderator", status: "published", expected: true },
    { who: "visitor", author: "someone else", status: "published", expected: false },
    { who: "suspended member", author: "suspended member", status: "published", expected: false },
    { who: "banned member", author: "banned member", status: "published", expected: false },
  ] as const)("$who, post by $author ($status): $expected", ({ who, author, status, expected }) => {
    expect(predicate(as(who), writingBy(author, status))).toBe(expected);
  });
});

describe("canComment: active, on a published thread that is not locked", () => {
  it.each([
    { who: "member", status: "published", locked: false, expected: true },
    { who: "member", status: "held", locked: false, expected: false },
    { who: "member", status: "removed", locked: false, expected: false },
    { who: "member", status: "deleted", locked: false, expected: false },
    { who: "member", status: "published", locked: true, expected: false },
    { who: "moderator", status: "published", locked: true, expected: false },
    { who: "admin", status: "published", locked: true, expected: false },
    { who: "visitor", status: "published", locked: false, expected: false },
    { who: "suspended member", status: "published", locked: false, expected: false },
    { who: "banned member", status: "published", locked: false, expected: false },
  ] as const)("$who on a $status thread (locked $locked): $expected", ({ who, status, locked, expected }) => {
    expect(canComment(as(who), { status, locked })).toBe(expected);
  });
});

describe("canEditComment: the author, published or held for review, within the edit window; a lock stops all but staff", () => {
  const now = Date.UTC(2026, 0, 10);
  const ago = (ms: number) => new Date(now - ms);
  it.each([
    { who: "member", author: "member", status: "published", age: 0, locked: false, expected: true },
    { who: "member", author: "member", status: "published", age: COMMENT_EDIT_WINDOW_MS, locked: false, expected: true },
    { who: "member", author: "member", status: "published", age: COMMENT_EDIT_WINDOW_MS + 1, locked: false, expected: false },
    { who: "member", author: "member", status: "held", age: 0, locked: false, expected: true },
    { who: "member", author: "member", status: "removed", age: 0, locked: false, expected: false },
    { who: "member", author: "member", status: "deleted", age: 0, locked: false, expected: false },
    { who: "member", author: "someone else", status: "published", age: 0, locked: false, expected: false },
    { who: "moderator", author: "someone else", status: "published", age: 0, locked: false, expected: false },
    { who: "admin", author: "someone else", status: "published", age: 0, locked: false, expected: false },
    { who: "member", author: "member", status: "published", age: 0, locked: true, expected: false },
    { who: "moderator", author: "moderator", status: "published", age: 0, locked: true, expected: true },
    { who: "admin", author: "admin", status: "published", age: 0, locked: true, expected: true },
    { who: "moderator", author: "moderator", status: "published", age: COMMENT_EDIT_WINDOW_MS + 1, locked: true, expected: false },
    { who: "suspended moderator", author: "suspended moderator", status: "published", age: 0, locked: true, expected: false },
    { who: "visitor", author: "someone else", status: "published", age: 0, locked: false, expected: false },
    { who: "suspended member", author: "suspended member", status: "published", age: 0, locked: false, expected: false },
    { who: "banned member", author: "banned member", status: "published", age: 0, locked: false, expected: false },
  ] as const)("$who, comment by $author ($status, $age ms old, locked $locked): $expected", ({ who, author, status, age, locked, expected }) => {
    const comment = { ...writingBy(author, status), createdAt: ago(age), threadLocked: locked };
    expect(canEditComment(as(who), comment, now)).toBe(expected);
  });
});

describe("canDeleteComment: the author, while it is published or held for review, however old and locked or not", () => {
  it.each([
    { who: "member", author: "member", status: "published", expected: true },
    { who: "member", author: "member", status: "held", expected: true },
    { who: "member", author: "member", status: "removed", expected: false },
    { who: "member", author: "member", status: "deleted", expected: false },
    { who: "member", author: "someone else", status: "published", expected: false },
    { who: "moderator", author: "someone else", status: "published", expected: false },
    { who: "admin", author: "someone else", status: "published", expected: false },
    { who: "visitor", author: "someone else", status: "published", expected: false },
    { who: "suspended member", author: "suspended member", status: "published", expected: false },
    { who: "banned member", author: "banned member", status: "published", expected: false },
  ] as const)("$who, comment by $author ($status): $expected", ({ who, author, status, expected }) => {
    expect(canDeleteComment(as(who), writingBy(author, status))).toBe(expected);
  });

  it("ignores the edit window and the thread lock: an author may always take their words back", () => {
    const old = { ...writingBy("member"), createdAt: new Date(0), threadLocked: true };
    expect(canDeleteComment(as("member"), old)).toBe(true);
  });
});

describe.each([
  ["canLike", canLike],
  ["canReport", canReport],
])("%s: active, other people's published writing in an open thread", (_name, predicate) => {
  it.each([
    { who: "member", author: "someone else", status: "published", expected: true },
    { who: "moderator", author: "someone else", status: "published", expected: true },
    { who: "admin", author: "someone else", status: "published", expected: true },
    { who: "member", author: "member", status: "published", expected: false },
    { who: "moderator", author: "moderator", status: "published", expected: false },
    { who: "member", author: "someone else", status: "held", expected: false },
    { who: "member", author: "someone else", status: "removed", expected: false },
    { who: "member", author: "someone else", status: "deleted", expected: false },
    { who: "visitor", author: "someone else", status: "published", expected: false },
    { who: "suspended member", author: "someone else", status: "published", expected: false },
    { who: "banned member", author: "someone else", status: "published", expected: false },
  ] as const)("$who, writing by $author ($status): $expected", ({ who, author, status, expected }) => {
    expect(predicate(as(who), { ...writingBy(author, status), threadLocked: false })).toBe(expected);
  });

  it.each(["member", "moderator", "admin"] as const)("%s: nobody, in a locked thread", (who) => {
    expect(predicate(as(who), { ...writingBy("someone else", "published"), threadLocked: true })).toBe(false);
  });
});

describe("isRecommendable: what visitors are invited to sign in and recommend", () => {
  it.each([
    { status: "published", threadLocked: false, expected: true },
    { status: "published", threadLocked: true, expected: false },
    { status: "held", threadLocked: false, expected: false },
    { status: "removed", threadLocked: false, expected: false },
  ] as const)("$status, locked $threadLocked: $expected", ({ expected, ...target }) => {
    expect(isRecommendable(target)).toBe(expected);
  });
});

describe("canSeeHidden: the author and active staff see held and removed writing", () => {
  it.each([
    { who: "visitor", author: "someone else", expected: false },
    { who: "member", author: "someone else", expected: false },
    { who: "member", author: "member", expected: true },
    { who: "suspended member", author: "suspended member", expected: true },
    { who: "banned member", author: "banned member", expected: true },
    { who: "moderator", author: "someone else", expected: true },
    { who: "admin", author: "someone else", expected: true },
    { who: "suspended moderator", author: "someone else", expected: false },
    { who: "banned admin", author: "someone else", expected: false },
  ] as const)("$who, writing by $author: $expected", ({ who, author, expected }) => {
    expect(canSeeHidden(as(who), writingBy(author))).toBe(expected);
  });
});

describe("canStartThreads: a confirmed email address, when the site asks for one; staff exempt", () => {
  const unverified = (role: UserRole, status: UserStatus = "active") => ({ ...person(`u-${role}`, role, status), emailVerified: null });
  const verified = (role: UserRole, status: UserStatus = "active") => ({ ...person(`v-${role}`, role, status), emailVerified: new Date() });

  it("waits for the confirmation only while verification is required", () => {
    expect(canStartThreads(unverified("member"), true)).toBe(false);
    expect(canStartThreads(unverified("member"), false)).toBe(true);
    expect(canStartThreads(verified("member"), true)).toBe(true);
  });

  it("exempts staff, and never lets a visitor or a sanctioned member in", () => {
    expect(canStartThreads(unverified("moderator"), true)).toBe(true);
    expect(canStartThreads(unverified("admin"), true)).toBe(true);
    expect(canStartThreads(null, false)).toBe(false);
    expect(canStartThreads(verified("member", "suspended"), false)).toBe(false);
    expect(canStartThreads(verified("member", "banned"), true)).toBe(false);
  });
});

describe("canUpload: active members while uploads are on, with a confirmed address when the site asks; staff exempt from that", () => {
  const withEmail = (who: Who, verified: boolean) => {
    const person = as(who);
    return person && { ...person, emailVerified: verified ? new Date() : null };
  };
  const on = { uploadsEnabled: true, verificationRequired: false };
  const verifying = { uploadsEnabled: true, verificationRequired: true };
  const off = { uploadsEnabled: false, verificationRequired: false };
  const table: [Who, boolean, typeof on, boolean][] = [
    ["visitor", false, on, false],
    ["member", false, on, true],
    ["member", false, verifying, false],
    ["member", true, verifying, true],
    ["member", true, off, false],
    ["moderator", false, verifying, true],
    ["admin", false, verifying, true],
    ["admin", true, off, false],
    ["suspended member", true, on, false],
    ["banned member", true, on, false],
    ["suspended moderator", true, on, false],
    ["banned admin", true, on, false],
  ];
  it.each(table)("%s (verified: %s) with %o may upload: %s", (who, verified, site, expected) => {
    expect(canUpload(withEmail(who, verified), site)).toBe(expected);
  });
});

describe("canAppeal: only a suspended or banned member, never an active one or a visitor", () => {
  it.each([
    { who: "suspended member", expected: true },
    { who: "banned member", expected: true },
    { who: "member", expected: false },
    { who: "moderator", expected: false },
    { who: "visitor", expected: false },
  ] as const)("$who: $expected", ({ who, expected }) => {
    expect(canAppeal(as(who))).toBe(expected);
  });
});

describe("canReadWriting: published writing in a published thread, for anyone", () => {
  it.each([
    { status: "published", threadStatus: "published", expected: true },
    { status: "held", threadStatus: "published", expected: false },
    { status: "removed", threadStatus: "published", expected: false },
    { status: "deleted", threadStatus: "published", expected: false },
    { status: "published", threadStatus: "held", expected: false },
  ] as const)("$status in a $threadStatus thread: $expected", ({ status, threadStatus, expected }) => {
    expect(canReadWriting(as("member"), { status, threadStatus })).toBe(expected);
    expect(canReadWriting(as("visitor"), { status, threadStatus })).toBe(expected);
  });
});
