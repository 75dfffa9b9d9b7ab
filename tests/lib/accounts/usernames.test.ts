import { describe, expect, it } from "vitest";
import { isReservedUsername, usernameKey } from "@/lib/accounts/usernames";
import { registerInput } from "@/lib/validation/account";

const valid = (username: string) => registerInput.safeParse({ username, email: "a@example.com", password: "long enough password" });
const firstError = (username: string) => {
  const result = valid(username);
  return result.success ? null : result.error.issues[0]?.message;
};

describe("username rules", () => {
  it.each(["sora", "minji_kim", "dev-ollie", "한솔이", "고양이집사", "abc", "a".repeat(20), "User123"])("accepts %j", (name) => {
    expect(valid(name).success).toBe(true);
  });

  it.each([
    ["ab", "usernameLength"],
    ["a".repeat(21), "usernameLength"],
    ["two words", "usernameCharacters"],
    ["dot.name", "usernameCharacters"],
    ["<script>", "usernameCharacters"],
    ["zero\u200bwidth", "usernameCharacters"],
    ["emoji😀x", "usernameCharacters"],
    ["admin", "usernameReserved"],
    ["Moderator", "usernameReserved"],
    ["ROOT", "usernameReserved"],
    ["system", "usernameReserved"],
    ["settings", "usernameReserved"],
    ["ａｄｍｉｎ", "usernameReserved"], // full-width letters fold to "admin"
  ])("refuses %j with %s", (name, message) => {
    expect(firstError(name)).toBe(message);
  });

  it("stores the NFKC form of what was typed", () => {
    const result = valid("Ｓｏｒａ");
    expect(result.success && result.data.username).toBe("Sora");
  });

  it("gives look-alikes the same key", () => {
    expect(usernameKey("Sora")).toBe(usernameKey("sora"));
    expect(usernameKey("Ｓｏｒａ")).toBe(usernameKey("sora"));
    expect(usernameKey("ﬁsh")).toBe(usernameKey("fish")); // the ligature folds to two letters
    expect(usernameKey("한솔이")).toBe(usernameKey("한솔이".normalize("NFD")));
  });

  it("reserves names whatever their case or width", () => {
    expect(isReservedUsername("AdMiN")).toBe(true);
    expect(isReservedUsername("minji")).toBe(false);
  });

  it("reserves names that only look like a reserved one", () => {
    expect(isReservedUsername("\u0430dmin")).toBe(true); // Cyrillic а
    expect(isReservedUsername("ad_min")).toBe(true);
    expect(isReservedUsername("ѕupport")).toBe(true); // Cyrillic ѕ
    expect(firstError("\u0430dmin")).toBe("usernameReserved");
    expect(isReservedUsername("admiral")).toBe(false);
  });
});

describe("password rules", () => {
  const password = (value: string) => registerInput.safeParse({ username: "sora", email: "a@example.com", password: value });
  it("needs 10 to 128 characters", () => {
    expect(password("123456789").success).toBe(false);
    expect(password("1234567890").success).toBe(true);
    expect(password("x".repeat(128)).success).toBe(true);
    expect(password("x".repeat(129)).success).toBe(false);
  });
  it("counts characters, not UTF-16 units", () => {
    expect(password("😀".repeat(10)).success).toBe(true);
    expect(password("비밀번호는열글자야").success).toBe(false);
  });
});
