import { describe, expect, it } from "vitest";
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
});
