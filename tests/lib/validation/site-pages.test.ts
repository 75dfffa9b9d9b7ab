import { describe, expect, it } from "vitest";
import { isLogoUrl, siteIdentityInput, sitePageInput } from "@/lib/validation/site-pages";

describe("isLogoUrl", () => {
  it.each(["https://cdn.example/logo.png", "/logo.png", "/uploads/로고.svg"])("accepts %s", (url) => {
    expect(isLogoUrl(url)).toBe(true);
  });

  it.each(["http://cdn.example/logo.png", "//evil.example/logo.png", "/\\evil.example", "javascript:alert(1)", "data:image/svg+xml,<svg>", "logo.png", "https://", '/a"onerror="x'])(
    "refuses %s",
    (url) => {
      expect(isLogoUrl(url)).toBe(false);
    },
  );
});

describe("siteIdentityInput", () => {
  it("trims and folds the name, and takes empty fields as the defaults", () => {
    expect(siteIdentityInput.parse({ name: "  Ｔａｂｌｅ   Talk ", logoUrl: " " })).toEqual({ name: "Table Talk", logoUrl: "" });
  });

  it("refuses a long name and a bad logo address with their messages", () => {
    const issues = siteIdentityInput.safeParse({ name: "n".repeat(41), logoUrl: "ftp://x.example/a.png" }).error?.issues;
    expect(issues?.map((i) => [i.path[0], i.message])).toEqual([
      ["name", "siteNameTooLong"],
      ["logoUrl", "siteLogoUrlInvalid"],
    ]);
  });
});

describe("sitePageInput", () => {
  it("takes terms and privacy up to 50,000 characters, empty included", () => {
    expect(sitePageInput.safeParse({ page: "terms", body: "" }).success).toBe(true);
    expect(sitePageInput.safeParse({ page: "privacy", body: "x".repeat(50_000) }).success).toBe(true);
    expect(sitePageInput.safeParse({ page: "privacy", body: "x".repeat(50_001) }).error?.issues[0]?.message).toBe("sitePageTooLong");
    expect(sitePageInput.safeParse({ page: "about", body: "" }).success).toBe(false);
  });
});
