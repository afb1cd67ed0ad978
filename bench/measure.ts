/**
 * Measuring helpers shared by the benchmark sections: percentiles, a garbage collector to
 * read memory after, and a plain-text table.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
/** Full garbage collection, so that memory readings count live objects only. */
export const collectGarbage: () => void = runInNewContext('gc');

/**
 * Live memory in bytes: the JS heap plus typed-array buffers (which live outside it), after
 * two full collections with a pause between them (array buffers are freed by a later task).
 */
export async function liveMemory(): Promise<number> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 20));
  collectGarbage();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** The p-th percentile (0..100) of `values` (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Milliseconds taken by `fn`, and its result. */
export function time<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** A table with a header row, columns padded, numbers right-aligned (Markdown-compatible). */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${header.map((_, i) => cells[i] ?? '').map((c, i) => (/^[\d.,× ]+(ms|s|MB|%)?$/.test(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
