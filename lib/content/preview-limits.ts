// How often members may preview: previews write nothing, so the write limits never saw them, yet each one renders.
import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export const PREVIEW_WINDOW_S = 60;
/** Far more than anyone previews while writing; few enough that one member cannot keep a render worker busy. */
export const PREVIEWS_PER_MEMBER = 20;
/** Several members behind one address (a school, an office) share this. */
export const PREVIEWS_PER_IP = 60;

// In memory: a preview leaves nothing to protect across a restart, and the server is one process.
const byMember = new RateLimiterMemory({ keyPrefix: "preview-member", points: PREVIEWS_PER_MEMBER, duration: PREVIEW_WINDOW_S });
const byIp = new RateLimiterMemory({ keyPrefix: "preview-ip", points: PREVIEWS_PER_IP, duration: PREVIEW_WINDOW_S });

/** Counts a preview; null when it may go ahead, otherwise the seconds to wait. */
export async function previewWait(memberId: string, ip: string): Promise<{ seconds: number } | null> {
  try {
    await byMember.consume(memberId);
    await byIp.consume(ip);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { seconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection;
  }
}
