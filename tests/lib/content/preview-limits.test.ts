import { describe, expect, it, vi } from "vitest";
import { PREVIEW_WINDOW_S, PREVIEWS_PER_IP, PREVIEWS_PER_MEMBER, previewWait } from "@/lib/content/preview-limits";

describe("previewWait", () => {
  it(`allows ${PREVIEWS_PER_MEMBER} previews a minute per member, then says how long to wait`, async () => {
    for (let i = 0; i < PREVIEWS_PER_MEMBER; i++) expect(await previewWait("member-a", "198.51.100.1")).toBeNull();
    const refused = await previewWait("member-a", "198.51.100.2");
    expect(refused?.seconds).toBeGreaterThan(0);
    expect(refused?.seconds).toBeLessThanOrEqual(PREVIEW_WINDOW_S);
    expect(await previewWait("member-b", "198.51.100.3")).toBeNull();
  });

  it(`allows ${PREVIEWS_PER_IP} previews a minute from one address, whoever sends them`, async () => {
    for (let i = 0; i < PREVIEWS_PER_IP; i++) expect(await previewWait(`member-${i}`, "203.0.113.9")).toBeNull();
    expect(await previewWait("member-new", "203.0.113.9")).not.toBeNull();
    expect(await previewWait("member-new", "203.0.113.10")).toBeNull();
  });

  it("counts previews once per process, whichever copy of the module (one per page's preview action) counts them", async () => {
    const writePage = await import("@/lib/content/preview-limits");
    vi.resetModules();
    const threadPage = await import("@/lib/content/preview-limits");
    expect(threadPage).not.toBe(writePage);
    for (let i = 0; i < PREVIEWS_PER_MEMBER; i++) expect(await (i % 2 ? threadPage : writePage).previewWait("member-both", "192.0.2.7")).toBeNull();
    expect((await threadPage.previewWait("member-both", "192.0.2.8"))?.seconds).toBeGreaterThan(0);
    expect((await writePage.previewWait("member-both", "192.0.2.9"))?.seconds).toBeGreaterThan(0);
  });
});
