// "Remove and ban" from the review queue, against the running server: the author comes from the item, not the form,
// and a refused sanction leaves the item in place.
import { describe, expect, it } from "vitest";
import { callFormAction, createSignedInUser, createUser, queryOne } from "./http";

const WRITE = "app/b/[board]/write/actions.ts";
const QUEUE = "app/mod/queue/actions.ts";
const statusOf = (table: "posts" | "users", id: number | string) => queryOne<{ status: string }>(`SELECT status FROM ${table} WHERE id = ?`, id).status;

async function publish(cookie: string): Promise<number> {
  const published = await callFormAction("/b/free/write", WRITE, "publishPost", { board: "free", title: "Queue target", body: "A calm post about tea.", submissionKey: crypto.randomUUID() }, cookie);
  return Number(published.location!.split("/").pop());
}

describe("remove and ban from the queue", () => {
  it("bans the item's author, whoever the form's authorId names", async () => {
    const mod = await createSignedInUser("qs_mod", { role: "moderator" });
    const author = await createSignedInUser("qs_author");
    const bystander = await createUser("qs_bystander");
    const postId = await publish(author.cookie);
    const result = await callFormAction("/mod/queue", QUEUE, "reviewItem", { targetType: "post", targetId: String(postId), authorId: bystander.id, reason: "spam", op: "remove_ban" }, mod.cookie);
    expect(result.status).toBe(200);
    expect(statusOf("users", bystander.id)).toBe("active");
    expect(statusOf("users", author.id)).toBe("banned");
    expect(statusOf("posts", postId)).toBe("removed");
  });

  it("leaves the item in place when the sanction is refused", async () => {
    const mod = await createSignedInUser("qs_mod2", { role: "moderator" });
    const otherMod = await createSignedInUser("qs_other_mod", { role: "moderator" });
    const postId = await publish(otherMod.cookie);
    await callFormAction("/mod/queue", QUEUE, "reviewItem", { targetType: "post", targetId: String(postId), authorId: otherMod.id, reason: "spam", op: "remove_ban" }, mod.cookie);
    expect(statusOf("posts", postId)).toBe("published");
    expect(statusOf("users", otherMod.id)).toBe("active");
  });
});
