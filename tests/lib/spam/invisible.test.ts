import { describe, expect, it } from "vitest";
import { hasHiddenInvisibles as hiddenInvisiblesIn } from "@/lib/spam/invisible";
import { prepareText } from "@/lib/spam/prepared";

/** The check as the spam pipeline runs it: on a text prepared once. */
const hasHiddenInvisibles = (body: string) => hiddenInvisiblesIn(prepareText({ body }));

describe("hasHiddenInvisibles", () => {
  it.each([
    ["zero-width space in a word", "vi\u200Bagra"],
    ["zero-width space between Latin words", "cheap\u200Bpills"],
    ["zero-width non-joiner in Latin", "lo\u200Cans"],
    ["zero-width joiner in Latin", "lo\u200Dans"],
    ["zero-width joiner after an emoji, before a letter", "😀\u200Dx"],
    ["word joiner", "a\u2060b"],
    ["byte-order mark inside text", "ab\uFEFFc"],
    ["soft hyphen inside a word", "ca\u00ADsino"],
    ["right-to-left override", "invoice \u202Efdp.exe"],
    ["left-to-right override", "\u202Dabc"],
    ["right-to-left mark in Latin text", "price\u200F 10"],
    ["isolates in Latin text", "\u2066hidden\u2069"],
    ["an override even in Arabic text", "مرحبا \u202Eabc"],
    ["zero-width space between Hangul", "카\u200B지노"],
    ["Mongolian vowel separator", "a\u180Eb"],
  ])("flags %s", (_name, text) => {
    expect(hasHiddenInvisibles(text)).toBe(true);
  });

  it.each([
    ["plain text", "Nothing to see here."],
    ["a family emoji", "👨‍👩‍👧"],
    ["a rainbow flag (variation selector before ZWJ)", "🏳️‍🌈"],
    ["a skin-toned technologist", "👩🏽‍💻"],
    ["a byte-order mark at the very start", "\uFEFFHello"],
    ["a soft hyphen outside a word", "end\u00AD "],
    ["marks in Arabic text", "الاسم\u200F: Ali"],
    ["isolates around an Arabic name", "from \u2067مريم\u2069 today"],
    ["Persian ZWNJ", "می\u200Cخواهم"],
    ["Devanagari ZWJ", "क्\u200Dष"],
    ["Thai word breaks", "สวัสดี\u200Bครับ"],
  ])("passes %s", (_name, text) => {
    expect(hasHiddenInvisibles(text)).toBe(false);
  });
});
