// The settings form's rules: a zone the runtime knows, the listed styles and themes, bio and signature within limits.
import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/validation/account";
import { accountDeletionInput, accountSettingsInput, isTimeZone, themeInput } from "@/lib/validation/account-settings";
import { BIO_MAX, SIGNATURE_MAX } from "@/lib/limits";

const valid = { timeZone: "Asia/Seoul", dateStyle: "relative", theme: "dark", bio: "  Hello **there**\r\n", signature: "" };
const errorsOf = (input: Record<string, string>) => {
  const parsed = accountSettingsInput.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe("accountSettingsInput", () => {
  it("takes a known zone, the listed choices, and tidied Markdown", () => {
    expect(accountSettingsInput.parse(valid)).toEqual({ timeZone: "Asia/Seoul", dateStyle: "relative", theme: "dark", bio: "Hello **there**", signature: "" });
    // No zone chosen: the browser's, else the site's.
    expect(accountSettingsInput.parse({ ...valid, timeZone: "" }).timeZone).toBeNull();
    expect(isTimeZone("UTC")).toBe(true);
  });

  it("refuses a zone the runtime does not know, by name", () => {
    for (const timeZone of ["Mars/Olympus", "asia/seoul ", "<script>", "+09:00"]) {
      expect(errorsOf({ ...valid, timeZone }), timeZone).toEqual({ timeZone: "accountSettings:timeZoneUnknown" });
    }
  });

  it("refuses a date style or theme outside the lists", () => {
    expect(errorsOf({ ...valid, dateStyle: "fuzzy", theme: "neon" })).toEqual({ dateStyle: "accountSettings:dateStyleUnknown", theme: "accountSettings:themeUnknown" });
  });

  it("counts the limits in characters, Hangul and emoji as one each", () => {
    expect(errorsOf({ ...valid, bio: "가".repeat(BIO_MAX), signature: "🙂".repeat(SIGNATURE_MAX) })).toEqual({});
    expect(errorsOf({ ...valid, bio: "가".repeat(BIO_MAX + 1), signature: "a".repeat(SIGNATURE_MAX + 1) })).toEqual({
      bio: "accountSettings:bioTooLong",
      signature: "accountSettings:signatureTooLong",
    });
  });
});

describe("themeInput and accountDeletionInput", () => {
  it("takes only the three themes", () => {
    expect(themeInput.safeParse({ theme: "system" }).success).toBe(true);
    expect(themeInput.safeParse({ theme: "sepia" }).success).toBe(false);
  });

  it("needs a confirmation; the writing goes only when the box is ticked", () => {
    expect(accountDeletionInput.parse({ confirmation: "pw", deleteWriting: "on" }).deleteWriting).toBe(true);
    expect(accountDeletionInput.parse({ confirmation: "pw", deleteWriting: "" }).deleteWriting).toBe(false);
    const empty = accountDeletionInput.safeParse({ confirmation: "", deleteWriting: "" });
    expect(empty.success ? {} : fieldErrors(empty.error)).toEqual({ confirmation: "accountDeletion:confirmationRequired" });
  });
});
