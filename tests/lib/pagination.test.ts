import { describe, expect, it } from "vitest";
import { pageCount, pageWindow, parsePage } from "@/lib/pagination";

describe("parsePage", () => {
  it("defaults to the first page when no page is given", () => {
    expect(parsePage(undefined)).toBe(1);
  });

  it.each([
    ["1", 1],
    ["2", 2],
    ["5000", 5000],
  ])("reads %s as page %d", (raw, page) => {
    expect(parsePage(raw)).toBe(page);
  });

  it.each(["0", "-1", "1.5", "abc", "", "01", "1e3", " 2", "9999999999"])("refuses %j", (raw) => {
    expect(parsePage(raw)).toBeNull();
  });

  it("refuses a repeated page parameter", () => {
    expect(parsePage(["1", "2"])).toBeNull();
  });
});

describe("pageCount", () => {
  it("has one page even when there is nothing to show", () => {
    expect(pageCount(0)).toBe(1);
  });
  it("rounds up to whole pages of 20", () => {
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
    expect(pageCount(100_000)).toBe(5000);
  });
});

describe("pageWindow", () => {
  it("centres on the current page", () => {
    expect(pageWindow(5, 10)).toEqual([3, 4, 5, 6, 7]);
  });
  it("stays inside the first and last pages", () => {
    expect(pageWindow(1, 10)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(10, 10)).toEqual([6, 7, 8, 9, 10]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 1)).toEqual([1]);
  });
});
