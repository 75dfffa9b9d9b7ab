import { describe, expect, it } from "vitest";
import { MAIL_KINDS } from "@/db/enums";
import { renderMail } from "@/lib/mail/templates";

const link = "https://forum.example/reset-password/abc?x=1&y=2";

describe("renderMail", () => {
  it("writes every kind in English and Korean, text and HTML, with the link in both", () => {
    for (const kind of MAIL_KINDS) {
      const en = renderMail(kind, "en", { name: "Sora", link });
      const ko = renderMail(kind, "ko", { name: "소라", link });
      expect(en.subject).not.toBe(ko.subject);
      expect(ko.text).toMatch(/[가-힣]/);
      for (const mail of [en, ko]) {
        expect(mail.text).toContain(link);
        expect(mail.html).toContain('href="https://forum.example/reset-password/abc?x=1&amp;y=2"');
        expect(mail.text.split("\n").length).toBeLessThan(12);
      }
    }
  });

  it("falls back to English for an unknown or missing language", () => {
    expect(renderMail("password_reset", null, { name: "Sora", link }).subject).toBe("Reset your Rapport password");
    expect(renderMail("password_reset", "fr", { name: "Sora", link }).subject).toBe("Reset your Rapport password");
  });

  it("escapes the member's name in the HTML part", () => {
    const mail = renderMail("email_change_notice", "en", { name: '<img src=x onerror="alert(1)">' });
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(mail.text).toContain('<img src=x onerror="alert(1)">');
  });
});
