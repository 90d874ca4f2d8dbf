/** Reading a benchmark result: a number at a dotted path, a median, the serving runs of one size. */
import type { SizeResult } from './run-scale.ts';

export type Runs = Array<Record<string, unknown>>;

/** A number at a dotted path of a result, or undefined. */
export function num(obj: unknown, path: string): number | undefined {
  let at: unknown = obj;
  for (const key of path.split('.')) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === 'number' ? at : undefined;
}

export function medianOf(values: Array<number | undefined>): number | undefined {
  const xs = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  if (!xs.length) return undefined;
  return xs.length % 2 ? xs[(xs.length - 1) / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
}

/** The serving runs of a size, those with or without the dense path when asked. */
export function runs(r: SizeResult | undefined, dense?: boolean): Runs {
  return ((r?.serve_runs as Runs | undefined) ?? []).filter((x) => dense === undefined || x.dense === dense);
}
