/**
 * Which deployment a benchmark runs against. BENCH_BACKEND=pg: two Gongdu processes on a throw-away PostgreSQL
 * cluster and Redis behind nginx (deploy/nginx.conf), exactly as the test suite's second run sets them up
 * (tests/support/with-services.ts); otherwise one process on a fresh SQLite file.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ON_POSTGRES = process.env.BENCH_BACKEND === 'pg';
export const BACKEND_LABEL = ON_POSTGRES ? 'PostgreSQL + Redis, 2 processes behind nginx' : 'SQLite, 1 process';
/** Suffix of a result file and case label: the SQLite figures keep their old names. */
export const BACKEND_SUFFIX = ON_POSTGRES ? '-postgresql' : '';

/**
 * With BENCH_BACKEND=pg, runs the benchmark `file` again under with-services (which starts PostgreSQL and Redis and
 * tells tests/support/server.ts to put two processes behind nginx) and exits with its code; otherwise returns.
 */
export function runUnderServicesIfAsked(file: string): void {
  if (!ON_POSTGRES || process.env.GONGDU_TEST_POSTGRES) return;
  const root = path.resolve(import.meta.dirname, '../..');
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'tests/support/with-services.ts'), process.execPath, '--import', 'tsx', file], { stdio: 'inherit', cwd: root });
  process.exit(child.status ?? 1);
}
