import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";

describe("negotiateLocale", () => {
  it("follows a remembered choice over the browser", () => {
    expect(negotiateLocale("ko", "en-US,en;q=0.9")).toBe("ko");
    expect(negotiateLocale("en", "ko-KR,ko;q=0.9")).toBe("en");
  });

  it("follows Accept-Language when nothing is remembered", () => {
    expect(negotiateLocale(undefined, "ko-KR,ko;q=0.9,en;q=0.8")).toBe("ko");
    expect(negotiateLocale(undefined, "fr-FR,ko;q=0.5,en;q=0.3")).toBe("ko");
    expect(negotiateLocale(undefined, "en-GB")).toBe("en");
  });

  it("falls back to English for unknown or malformed input", () => {
    expect(negotiateLocale("de", "fr-FR,de;q=0.8")).toBe("en");
    expect(negotiateLocale(undefined, null)).toBe("en");
    expect(negotiateLocale("<script>", ";;;q=abc,,")).toBe("en");
  });
});

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogues", () => {
  it("have the same keys in English and Korean", () => {
    expect(keys(ko).sort()).toEqual(keys(en).sort());
  });

  it("have no empty messages", () => {
    const empty = (catalogue: object) =>
      keys(catalogue).filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], catalogue) === "");
    expect(empty(en)).toEqual([]);
    expect(empty(ko)).toEqual([]);
  });
});
