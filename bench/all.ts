/**
 * `npm run bench`: every benchmark, one after the other, each in its own process and bounded in time, then one
 * table of all their rows (from bench/results/*.json). `BENCH_ONLY=write,live` runs a subset; `BENCH_FULL=1` the
 * issue's full sizes (see each file). Needs a production build (`npx next build`), like the tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR, tableLines, type ResultRow } from './lib/stats';

const ALL = ['write', 'live', 'presence', 'connections', 'page', 'search', 'abuse'];
const ONLY = process.env.BENCH_ONLY?.split(',') ?? ALL;
const LIMIT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 15 * 60_000);
/** bench:abuse floods 21 events for 10 s each, with a quiet window and a wait for the held sockets beside each: 13 min 14 s on a quiet machine (2026-12-02). */
const LIMITS_MS: Record<string, number> = { abuse: Number(process.env.BENCH_TIMEOUT_MS ?? 25 * 60_000) };

const outcome: Record<string, string> = {};
for (const name of ALL.filter((n) => ONLY.includes(n))) {
  for (const f of [`${name}.json`, `${name}-postgresql.json`]) rmSync(path.join(RESULTS_DIR, f), { force: true });
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, `${name}.ts`)], { stdio: 'inherit' });
  const timer = setTimeout(() => child.kill('SIGTERM'), LIMITS_MS[name] ?? LIMIT_MS);
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  clearTimeout(timer);
  outcome[name] = `${code === 0 ? 'ok' : `failed (${code ?? 'timed out'})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`;
}

const rows: ResultRow[] = [];
for (const name of ALL.filter((n) => ONLY.includes(n))) {
  // A bench may also report the same cases on PostgreSQL (<name>-postgresql.json: bench:search does).
  for (const file of [`${name}.json`, `${name}-postgresql.json`].map((f) => path.join(RESULTS_DIR, f))) {
    if (existsSync(file)) rows.push(...(JSON.parse(readFileSync(file, 'utf8')).rows as ResultRow[]));
  }
}
console.log(`\n## All benchmarks (${new Date().toISOString()})\n`);
for (const [name, o] of Object.entries(outcome)) console.log(`- ${name}: ${o}`);
console.log('');
for (const l of tableLines(rows)) console.log(l);
