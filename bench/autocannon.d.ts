// The part of autocannon's programmatic API the benchmark uses: the package ships no types of its own.
declare module "autocannon" {
  type Headers = Record<string, string>;

  export type RawRequest = { method?: string; path?: string; headers?: Headers; body?: string | Buffer };

  export type RequestStep = RawRequest & {
    setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest | null;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Headers) => void;
  };

  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    method?: string;
    headers?: Headers;
    body?: string | Buffer;
    requests?: RequestStep[];
  };

  type Percentiles = { average: number; mean: number; stddev: number; min: number; max: number; total: number } & Record<`p${string}`, number>;

  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    mismatches: number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Percentiles;
    requests: Percentiles & { sent: number };
    throughput: Percentiles;
  };

  /** Emits "response" (client, status, bytes, latency ms) and "reqError" (error) as they happen. */
  export interface Instance extends PromiseLike<Result>, NodeJS.EventEmitter {
    stop(): void;
  }

  export default function autocannon(options: Options): Instance;
}
