/** Percentiles, per-round summaries and the one table every benchmark prints (median, min–max, ratio to baseline). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function summarise(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
}

export const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

/** One line of the table: a metric measured once per round, for one case, beside its baseline's per-round values. */
export interface ResultRow {
  bench: string;
  case: string;
  metric: string;
  unit: string;
  values: number[];
  /** the same metric of the same-run baseline, one value per round (absent: the row is itself a baseline or has none) */
  baseline?: { name: string; values: number[] };
  /** the target for this row, as text, and whether the median meets it */
  target?: string;
  met?: boolean;
}

const fmt = (x: number) => (!Number.isFinite(x) ? '—' : Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));

export function tableLines(rows: ResultRow[]): string[] {
  const headers = ['bench', 'case', 'metric', 'median', 'min–max', 'baseline (median)', 'ratio', 'target'];
  const cells = rows.map((r) => {
    const m = median(r.values);
    const b = r.baseline ? median(r.baseline.values) : NaN;
    return [
      r.bench,
      r.case,
      `${r.metric} (${r.unit})`,
      fmt(m),
      `${fmt(Math.min(...r.values))}–${fmt(Math.max(...r.values))}`,
      r.baseline ? `${r.baseline.name}: ${fmt(b)}` : '',
      r.baseline && b ? `${(m / b).toFixed(2)}×` : '',
      r.target ? `${r.target} ${r.met === undefined ? '' : r.met ? '✓' : '✗'}`.trim() : '',
    ];
  });
  const all = [headers, ...cells];
  const widths = headers.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  return [line(headers), '| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |', ...cells.map(line)];
}

export const RESULTS_DIR = path.join(import.meta.dirname, '../results');

/** Prints a benchmark's table and keeps its rows for `npm run bench`'s combined table. */
export function report(bench: string, note: string, rows: ResultRow[]): void {
  console.log(`\n${note}\n`);
  for (const l of tableLines(rows)) console.log(l);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(path.join(RESULTS_DIR, `${bench}.json`), JSON.stringify({ bench, note, at: new Date().toISOString(), rows }, null, 1));
}

/** Legacy two-dimensional table (bench:search prints percentiles per query). */
export function printTable(headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((r) => r.map((c) => (typeof c === 'number' && !Number.isInteger(c) ? c.toFixed(2) : c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => String(r[i]).length)));
  const line = (r: (string | number)[]) => '| ' + r.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  console.log(line(cells[0]));
  console.log('| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |');
  for (const r of cells.slice(1)) console.log(line(r));
}

/**
 * Runs `warmup` discarded rounds, then `rounds` rounds in which every variant runs once, in an order rotated each
 * round, so that a noisy neighbour on the shared machine hits the case and its baseline alike.
 */
export async function interleave<K extends string>(opts: { warmup: number; rounds: number }, variants: Record<K, () => Promise<Record<string, number>>>): Promise<Record<K, Record<string, number[]>>> {
  const names = Object.keys(variants) as K[];
  const out = Object.fromEntries(names.map((n) => [n, {}])) as Record<string, Record<string, number[]>>;
  for (let r = 0; r < opts.warmup + opts.rounds; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]);
    for (const name of order) {
      const metrics = await variants[name]();
      if (r < opts.warmup) continue;
      for (const [k, v] of Object.entries(metrics)) (out[name][k] ??= []).push(v);
    }
  }
  return out as Record<K, Record<string, number[]>>;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const clock = () => performance.timeOrigin + performance.now();
