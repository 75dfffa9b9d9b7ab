// Polls /api/health every 100 ms while something else runs, and keeps the slowest answer: the event loop's lag.
/** How often the health check is asked; a blocked event loop shows as one answer taking as long as the block. */
export const HEALTH_POLL_MS = 100;

/** `slowestAt`: when the slowest poll started (performance.now()), to find what was running then. */
export type HealthWatch = { stop(): Promise<{ polls: number; slowestMs: number; slowestAt: number; failures: number }> };

/** Starts polling; each poll starts 100 ms after the previous one started, or at once if that one took longer. */
export function watchHealth(base: string): HealthWatch {
  let running = true;
  let polls = 0;
  let slowestMs = 0;
  let slowestAt = 0;
  let failures = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(30_000) });
        await response.arrayBuffer();
        if (!response.ok) failures++;
      } catch {
        failures++;
      }
      const ms = performance.now() - started;
      polls++;
      if (ms > slowestMs) [slowestMs, slowestAt] = [ms, started];
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, HEALTH_POLL_MS - ms)));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { polls, slowestMs, slowestAt, failures };
    },
  };
}
