import autocannon, { type Request } from "autocannon";

// Load for the district bench: autocannon's closed loop (each connection
// sends its next request when the last one is answered). Its own summary
// has no p95, so every response time is kept and sorted here.

export interface Load {
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers that were not 2xx, plus connection errors and timeouts. */
  failed: number;
  done: number;
  seconds: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds, or a fixed number of requests with `amount`. */
  duration?: number;
  amount?: number;
  body?: string;
  headers?: Record<string, string>;
  requests?: Request[];
}

export const percentile = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

export async function load(options: LoadOptions): Promise<Load> {
  const times: number[] = [];
  // Timed to the last answer: autocannon ends (and times) a run only at its
  // next one-second tick, so 3,000 sales answered in 12.3 s read as 13 s.
  const started = performance.now();
  let lastAnswer = started;
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    // autocannon refuses an undefined duration: a fixed amount or a duration.
    ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.duration ?? 5 }),
    method: "POST",
    headers: { "content-type": "application/json", ...options.headers },
    body: options.body,
    requests: options.requests,
    timeout: 30,
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => {
    times.push(responseTime);
    lastAnswer = performance.now();
  });
  const result = await instance;
  const seconds = (lastAnswer - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    reqPerSec: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    failed: result.non2xx + result.errors + result.timeouts,
    done: times.length,
    seconds,
  };
}

export const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : "–");
