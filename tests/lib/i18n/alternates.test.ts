import { describe, expect, it } from "vitest";
import { localeAlternates } from "@/lib/i18n/alternates";

describe("localeAlternates", () => {
  it("lists every language version and the plain URL as the default", () => {
    expect(localeAlternates("/b/free", undefined)).toEqual({
      canonical: "/b/free",
      languages: { en: "/b/free?hl=en", ko: "/b/free?hl=ko", "x-default": "/b/free" },
    });
  });

  it("makes a pinned language version its own canonical page, keeping ?page", () => {
    expect(localeAlternates("/b/free?page=2", "ko")).toEqual({
      canonical: "/b/free?page=2&hl=ko",
      languages: { en: "/b/free?page=2&hl=en", ko: "/b/free?page=2&hl=ko", "x-default": "/b/free?page=2" },
    });
  });

  it("ignores a language it does not speak", () => {
    expect(localeAlternates("/", "fr").canonical).toBe("/");
    expect(localeAlternates("/", ["ko"]).canonical).toBe("/");
  });
});
