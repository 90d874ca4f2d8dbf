/** Timing helpers: percentiles over measured samples, peak memory, rounding for reports. */
import { performance } from 'node:perf_hooks';

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

/** Nearest-rank percentiles in milliseconds, two decimals. */
export function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0);
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), mean: round(mean) };
}

/** Runs `fn` once per item after `warmup` untimed calls; returns the per-call times. */
export async function timeEach<T>(items: T[], fn: (item: T, i: number) => unknown, warmup = Math.min(20, items.length)): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await fn(items[i % items.length], i);
  const times: number[] = [];
  for (let i = 0; i < items.length; i += 1) {
    const start = performance.now();
    await fn(items[i], i);
    times.push(performance.now() - start);
  }
  return times;
}

export async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

/** Peak resident set of this process so far, in MB (resourceUsage reports kilobytes). */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function rssMb(): number {
  return Math.round(process.memoryUsage().rss / 1024 / 1024);
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Items per second from a count and milliseconds. */
export function perSecond(count: number, ms: number): number {
  return Math.round((count / Math.max(ms, 1e-6)) * 1000);
}

/**
 * Like timeEach, with each call's CPU time (user + system, this process) beside its wall time: on a shared
 * machine the wall-time tail is mostly waiting for a core, the CPU time is the work itself.
 */
export async function timeEachCpu<T>(
  items: T[],
  fn: (item: T) => unknown,
  warmup = Math.min(20, items.length),
): Promise<{ wall: number[]; cpu: number[] }> {
  for (let i = 0; i < warmup; i += 1) await fn(items[i % items.length]);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const item of items) {
    const c = process.cpuUsage();
    const start = performance.now();
    await fn(item);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}
