// Times as each language writes them: Korean says 오전 and 오후 where CLDR's short forms say AM and PM.
import { describe, expect, it } from "vitest";
import { asWritten, DATE_EXACT, DATE_WITH_TIME } from "@/lib/i18n/date-formats";

const AFTERNOON = new Date("2026-10-25T06:01:00Z"); // 15:01 in Seoul
const MORNING = new Date("2026-10-25T00:15:00Z"); // 09:15 in Seoul
const format = (locale: string, value: Date, options: Intl.DateTimeFormatOptions) =>
  asWritten(new Intl.DateTimeFormat(locale, { ...options, timeZone: "Asia/Seoul" }).format(value), locale);

describe("asWritten", () => {
  it("writes Korean afternoons and mornings as 오후 and 오전, in the shown and the exact time", () => {
    expect(format("ko", AFTERNOON, DATE_WITH_TIME)).toMatch(/오후 3:01$/);
    expect(format("ko", MORNING, DATE_WITH_TIME)).toMatch(/오전 9:15$/);
    expect(format("ko", AFTERNOON, DATE_EXACT)).toContain("오후 3시 1분");
    expect(format("ko", AFTERNOON, DATE_WITH_TIME)).not.toMatch(/AM|PM/);
  });

  it("leaves English as it is", () => {
    expect(format("en", AFTERNOON, DATE_WITH_TIME)).toMatch(/3:01\s?PM$/);
  });
});
