// "3 hours ago" in both languages, in the largest whole unit.
import { describe, expect, it } from "vitest";
import { relativeTime } from "@/lib/i18n/relative-time";

const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const ago = (seconds: number) => new Date(NOW - seconds * 1000);

describe("relativeTime", () => {
  it.each([
    [10, "now", "지금"],
    [5 * 60, "5 minutes ago", "5분 전"],
    [3 * 3600, "3 hours ago", "3시간 전"],
    [24 * 3600, "yesterday", "어제"],
    [3 * 24 * 3600, "3 days ago", "3일 전"],
    [400 * 24 * 3600, "last year", "작년"],
  ])("%i seconds ago: %s / %s", (seconds, en, ko) => {
    expect(relativeTime(ago(seconds), NOW, "en")).toBe(en);
    expect(relativeTime(ago(seconds), NOW, "ko")).toBe(ko);
  });
});
