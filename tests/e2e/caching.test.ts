// Cached pages against the running server: a reader who is not signed in gets a thread and a board page from the
// visitor page cache (lib/platform/page-cache/, every such read below is checked to come through it), members get the cached
// renders of lib/content/cached-reads.ts, and every write that changes a page shows at once, to that reader and the writer.
// Each test first loads the pages twice, so the second read comes from the cache and a stale entry would show.
import { beforeAll, describe, expect, it } from "vitest";
import { baseURL } from "./helpers";
import { ACTION_FILES, callFormAction, createSignedInUser, postPlainForm, type TestUser } from "./http";

const { write: WRITE, thread: POST, edit: EDIT, moderation: MOD, settings: SETTINGS } = ACTION_FILES;

let author: TestUser;
let moderator: TestUser;
let postId: number;
let threadPath: string;

/** A comment's id attribute in the page; the cached list leaves out quotes HTML does not need (components/comment/comment-html.ts). */
const commentId = (id: number) => new RegExp(`id="?comment-${id}[">\\s]`);

async function read(path: string, cookie = ""): Promise<string> {
  const response = await fetch(`${baseURL()}${path}`, { headers: { cookie } });
  expect(response.status).toBe(200);
  // A visitor's read is answered by the page cache (a stored page, or one rendered and stored for the next reader).
  if (cookie) expect(response.headers.get("x-rapport-cache")).toBeNull();
  else expect(response.headers.get("x-rapport-cache")).toMatch(/^(hit|miss)$/);
  return response.text();
}

/** Loads a page twice as a visitor: the second answer is the cached render, if any. */
async function warm(path: string): Promise<string> {
  await read(path);
  return read(path);
}

async function publish(writer: TestUser, title: string, body: string): Promise<number> {
  const published = await callFormAction("/b/free/write", WRITE, "publishPost", { board: "free", title, body, submissionKey: crypto.randomUUID() }, writer.cookie);
  const id = Number(/\/b\/free\/(\d+)/.exec(published.location ?? "")?.[1]);
  expect(id).toBeGreaterThan(0);
  return id;
}

async function comment(writer: TestUser, body: string): Promise<number> {
  const answer = await callFormAction(threadPath, POST, "addComment", { board: "free", postId: String(postId), body, submissionKey: crypto.randomUUID() }, writer.cookie);
  const id = Number(/#comment-(\d+)/.exec(answer.location ?? "")?.[1]);
  expect(id).toBeGreaterThan(0);
  return id;
}

beforeAll(async () => {
  author = await createSignedInUser("cache_author");
  moderator = await createSignedInUser("cache_mod", { role: "moderator" });
  postId = await publish(author, "Cached thread", "A thread whose page is cached for visitors.");
  threadPath = `/b/free/${postId}`;
});

describe("a thread's cached render", () => {
  it("shows a new comment at once to visitors and to its writer", async () => {
    const writer = await createSignedInUser("cache_writer");
    expect(await warm(threadPath)).not.toContain("Freshly written comment");
    const id = await comment(writer, "Freshly written comment");
    expect(await read(threadPath)).toContain("Freshly written comment");
    expect(await read(threadPath)).toMatch(commentId(id));
    expect(await read(threadPath, writer.cookie)).toContain("Freshly written comment");
  });

  it("answers a comment with where it landed, not with a render of the page (lib/actions/landing.ts)", async () => {
    const writer = await createSignedInUser("cache_lander");
    const fields = { board: "free", postId: String(postId), body: "Landed, not rendered", submissionKey: crypto.randomUUID() };
    const answer = await callFormAction(threadPath, POST, "addComment", fields, writer.cookie);
    expect(answer.status).toBe(200);
    expect(answer.location).toMatch(new RegExp(`^/b/free/${postId}(\\?cpage=\\d+)?#comment-\\d+$`));
    // The thread page is tens of kilobytes; the answer is the action's state alone, with the form emptied.
    expect(answer.body.length).toBeLessThan(1_000);
    expect(answer.body).not.toContain("Landed, not rendered");
    expect(answer.body).toContain('"values":{"body":""}');
  });

  it("sends a form posted without JavaScript to the new comment with a 303", async () => {
    const writer = await createSignedInUser("cache_plain_form");
    const answer = await postPlainForm(threadPath, "submissionKey", { body: "Posted with no script" }, writer.cookie);
    expect(answer.status).toBe(303);
    const id = Number(/#comment-(\d+)$/.exec(answer.location ?? "")?.[1]);
    expect(await read(threadPath)).toMatch(commentId(id));
  });

  it("shows an edit at once, and the old text no more", async () => {
    const writer = await createSignedInUser("cache_editor");
    const id = await comment(writer, "Text before the edit");
    expect(await warm(threadPath)).toContain("Text before the edit");
    await callFormAction(threadPath, POST, "saveComment", { board: "free", postId: String(postId), commentId: String(id), body: "Text after the edit" }, writer.cookie);
    const page = await read(threadPath);
    expect(page).toContain("Text after the edit");
    expect(page).not.toContain("Text before the edit");
  });

  it("hides a removed comment at once and brings it back on restore", async () => {
    const writer = await createSignedInUser("cache_removed");
    const id = await comment(writer, "Soon to be removed");
    expect(await warm(threadPath)).toContain("Soon to be removed");
    const fields = { board: "free", targetType: "comment", targetId: String(id) };
    await callFormAction(threadPath, MOD, "moderateContent", { ...fields, op: "remove", reason: "spam" }, moderator.cookie);
    const removed = await read(threadPath);
    expect(removed).not.toContain("Soon to be removed");
    expect(removed).toContain("Removed by a moderator: spam");
    await callFormAction(threadPath, MOD, "moderateContent", { ...fields, op: "restore" }, moderator.cookie);
    expect(await read(threadPath)).toContain("Soon to be removed");
  });

  it("counts a recommendation at once", async () => {
    const writer = await createSignedInUser("cache_liked");
    const fan = await createSignedInUser("cache_fan");
    const id = await comment(writer, "Worth a recommendation");
    const itemOf = (page: string) => page.slice(page.search(commentId(id))).split(/<\/li>|<li |<\/ol>/)[0] ?? "";
    // A visitor sees no count until there is one (components/comment/comment-html.ts).
    expect(itemOf(await warm(threadPath))).not.toMatch(/\d recommendations?/);
    await callFormAction(threadPath, POST, "toggleRecommend", { like: `comment:${id}`, postId: String(postId), board: "free" }, fan.cookie, {}, { withState: false });
    const after = itemOf(await read(threadPath));
    expect(after).toContain("1 recommendation");
    expect(after).not.toContain("0 recommendations");
  });

  it("shows a member's new display name on threads they wrote in", async () => {
    const writer = await createSignedInUser("cache_renamed");
    await comment(writer, "Written under the first name");
    expect(await warm(threadPath)).toContain(">cache_renamed</a>");
    await callFormAction("/settings", SETTINGS, "saveProfile", { name: "Renamed Writer", locale: "" }, writer.cookie);
    const page = await read(threadPath);
    expect(page).toContain(">Renamed Writer</a>");
    expect(page).not.toContain(">cache_renamed</a>");
  });

  it("keeps each language's render apart", async () => {
    const writer = await createSignedInUser("cache_locale");
    await comment(writer, "Read in two languages");
    expect(await warm(threadPath)).not.toContain("cache_locale님의 댓글");
    const korean = await warm(`${threadPath}?hl=ko`);
    expect(korean).toContain("cache_locale님의 댓글");
    expect(await read(threadPath)).toContain("Comment by cache_locale");
  });

  it("is not disturbed by a refused write", async () => {
    const before = await warm(threadPath);
    const refused = await callFormAction(threadPath, POST, "addComment", { board: "free", postId: String(postId), body: "From a visitor", submissionKey: crypto.randomUUID() });
    expect(refused.status).toBeLessThan(500);
    const after = await read(threadPath);
    expect(after).not.toContain("From a visitor");
    expect(after.match(/id="?comment-\d+/g)).toEqual(before.match(/id="?comment-\d+/g));
  });
});

describe("a board page's cached render", () => {
  it("lists a new post at once, and its new title after an edit", async () => {
    const writer = await createSignedInUser("cache_poster");
    expect(await warm("/b/free")).not.toContain("Brand new cached-board post");
    const id = await publish(writer, "Brand new cached-board post", "Its body.");
    expect(await read("/b/free")).toContain("Brand new cached-board post");
    await callFormAction(`/b/free/${id}/edit`, EDIT, "savePost", { board: "free", postId: String(id), title: "Renamed cached-board post", body: "Its body." }, writer.cookie);
    const page = await read("/b/free");
    expect(page).toContain("Renamed cached-board post");
    expect(page).not.toContain("Brand new cached-board post");
  });

  it("drops a deleted post at once", async () => {
    const writer = await createSignedInUser("cache_deleter");
    const id = await publish(writer, "Cached post about to go", "Its body.");
    expect(await warm("/b/free")).toContain("Cached post about to go");
    await callFormAction(`/b/free/${id}/edit`, EDIT, "deleteOwnPost", { postId: String(id), confirm: "yes" }, writer.cookie);
    expect(await read("/b/free")).not.toContain("Cached post about to go");
  });
});
