// Load that needs scripting (server-action writers and the readers beside them), with autocannon: one continuous
// run per load, of which only the part after the warm-up is counted. Plain reads use wrk (bench/wrk.ts).
import autocannon, { type Options } from "autocannon";
import { BROWSER_USER_AGENT } from "../scripts/harness/http";

/** Per-request timeout; a response slower than this counts as a timeout, not a latency sample. */
const REQUEST_TIMEOUT_S = 10;

export type Load = Omit<Options, "duration" | "connections"> & { connections: number };

export type Measurement = {
  requests: number;
  durationS: number;
  rps: number;
  /** Null when no response completed in the measured window. */
  p50Ms: number | null;
  p99Ms: number | null;
  /** Connection errors and timeouts. */
  errors: number;
  /** Responses that are neither 2xx nor 3xx (status 400 and above). */
  httpErrors: number;
  /** Per status code where the load generator reports them (autocannon; wrk gives only httpErrors). */
  statusCodes: Record<string, number>;
  /** Bytes read per response, headers included: what crossed the wire. Null when nothing was answered. */
  bytesPerResponse: number | null;
};

type Samples = { latencies: number[]; statusCodes: Record<string, number>; errors: number; bytes: number };

export const round1 = (n: number) => Math.round(n * 10) / 10;

/** A latency for people: "n/a" when nothing was answered. */
export const showMs = (ms: number | null) => (ms === null ? "n/a" : `${ms} ms`);

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return round1(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

function summarize(samples: Samples, durationS: number): Measurement {
  const sorted = samples.latencies.sort((a, b) => a - b);
  const httpErrors = Object.entries(samples.statusCodes).reduce((sum, [code, n]) => sum + (Number(code) >= 400 ? n : 0), 0);
  return {
    requests: sorted.length,
    durationS: round1(durationS),
    rps: durationS > 0 ? sorted.length / durationS : 0,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    errors: samples.errors,
    httpErrors,
    statusCodes: samples.statusCodes,
    bytesPerResponse: sorted.length ? Math.round(samples.bytes / sorted.length) : null,
  };
}

/**
 * Runs several loads at once (one is the common case) for warm-up plus duration, without a break between the two:
 * a separate warm-up would leave its last requests still running on the server when the measurement starts.
 * `onMeasureStart` learns the moment from which responses count, for loads that keep their own tallies.
 */
export async function measureTogether(loads: Load[], warmupS: number, durationS: number, onMeasureStart?: (since: number) => void): Promise<Measurement[]> {
  const since = Date.now() + warmupS * 1000;
  onMeasureStart?.(since);
  const runs = loads.map(async (load) => {
    const samples: Samples = { latencies: [], statusCodes: {}, errors: 0, bytes: 0 };
    const instance = autocannon({
      timeout: REQUEST_TIMEOUT_S,
      ...load,
      headers: { "user-agent": BROWSER_USER_AGENT, ...load.headers },
      duration: warmupS + durationS,
    });
    instance.on("response", (_client: unknown, status: number, bytes: number, latencyMs: number) => {
      if (Date.now() < since) return;
      samples.latencies.push(latencyMs);
      samples.bytes += bytes;
      samples.statusCodes[status] = (samples.statusCodes[status] ?? 0) + 1;
    });
    instance.on("reqError", () => {
      if (Date.now() >= since) samples.errors++;
    });
    await instance;
    // autocannon stops sending on its own timer, so the counted span is the nominal one.
    return summarize(samples, durationS);
  });
  return Promise.all(runs);
}

export async function measure(load: Load, warmupS: number, durationS: number): Promise<Measurement> {
  const [only] = await measureTogether([load], warmupS, durationS);
  return only!;
}
