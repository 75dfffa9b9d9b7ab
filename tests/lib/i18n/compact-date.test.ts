import { describe, expect, it } from "vitest";
import { compactDate } from "@/lib/i18n/compact-date";
import { timeZoneFor } from "@/lib/i18n/config";

describe("compactDate", () => {
  const now = new Date("2025-10-25T20:00:00Z");

  it("shows today's writing as a 24-hour time", () => {
    expect(compactDate(new Date("2025-10-25T09:05:00Z"), now, "UTC")).toBe("09:05");
    expect(compactDate(new Date("2025-10-25T19:59:00Z"), now, "UTC")).toBe("19:59");
  });

  it("shows earlier days as two-digit year, month and day", () => {
    expect(compactDate(new Date("2025-10-24T23:15:00Z"), now, "UTC")).toBe("25-10-24");
    expect(compactDate(new Date("2024-01-05T10:00:00Z"), now, "UTC")).toBe("24-01-05");
  });

  it("counts the day in the time zone given: Seoul's day starts 9 hours before UTC's", () => {
    // 20:00 UTC is 05:00 on the 26th in Seoul, so 14:00 UTC on the 25th (23:00 in Seoul) is yesterday there.
    expect(compactDate(new Date("2025-10-25T14:00:00Z"), now, "Asia/Seoul")).toBe("25-10-25");
    expect(compactDate(new Date("2025-10-25T16:30:00Z"), now, "Asia/Seoul")).toBe("01:30");
    // The same moment is today in UTC.
    expect(compactDate(new Date("2025-10-25T14:00:00Z"), now, "UTC")).toBe("14:00");
  });

  it("writes midnight as 00, not 24", () => {
    expect(compactDate(new Date("2025-10-25T00:00:00Z"), now, "UTC")).toBe("00:00");
  });

  it("uses each language's default time zone", () => {
    const moment = new Date("2025-10-25T15:15:00Z");
    expect(compactDate(moment, now, timeZoneFor("en"))).toBe("15:15");
    expect(compactDate(moment, now, timeZoneFor("ko"))).toBe("00:15");
    expect(compactDate(new Date("2025-10-25T14:00:00Z"), now, timeZoneFor("ko"))).toBe("25-10-25");
  });
});
