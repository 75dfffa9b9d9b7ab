// How often members may preview: previews write nothing, so the write limits never saw them, yet each one renders.
import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { processWide } from "../platform/process-wide";

export const PREVIEW_WINDOW_S = 60;
/** Far more than anyone previews while writing; few enough that one member cannot keep a render worker busy. */
export const PREVIEWS_PER_MEMBER = 20;
/** Several members behind one address (a school, an office) share this. */
export const PREVIEWS_PER_IP = 60;

// In memory: a preview leaves nothing to protect across a restart. One pair per process (lib/platform/process-wide.ts):
// the write page, the edit page and the thread page each have a preview action, and limiters per bundle gave a member
// 20 previews a minute on each of them.
const { byMember, byIp } = processWide("__rapportPreviewLimits", () => ({
  byMember: new RateLimiterMemory({ keyPrefix: "preview-member", points: PREVIEWS_PER_MEMBER, duration: PREVIEW_WINDOW_S }),
  byIp: new RateLimiterMemory({ keyPrefix: "preview-ip", points: PREVIEWS_PER_IP, duration: PREVIEW_WINDOW_S }),
}));

/** A limiter's refusal. Read by its shape: the limiter may come from another bundle's copy of rate-limiter-flexible. */
const refusal = (rejection: unknown): rejection is { msBeforeNext: number } =>
  typeof rejection === "object" && rejection !== null && typeof (rejection as { msBeforeNext?: unknown }).msBeforeNext === "number";

/** Counts a preview; null when it may go ahead, otherwise the seconds to wait. */
export async function previewWait(memberId: string, ip: string): Promise<{ seconds: number } | null> {
  try {
    await byMember.consume(memberId);
    await byIp.consume(ip);
    return null;
  } catch (rejection) {
    if (refusal(rejection)) return { seconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection;
  }
}
