/**
 * Starts the real Gongdu server (server.ts: Next + socket.io) as a child process on a random port of 127.0.0.1,
 * with its own fresh database, as a user would run it. Needs a production build (`next build`), which `npm test`
 * makes first.
 *
 * By default: one process on a fresh SQLite file. `npm test` runs the API suite a second time with
 * GONGDU_TEST_POSTGRES (the admin URL of a throw-away PostgreSQL cluster: each server gets a fresh database on it),
 * GONGDU_TEST_REDIS (a throw-away Redis: REDIS_URL) and GONGDU_TEST_PROCESSES=2: then every "server" is two Gongdu
 * processes on that database behind nginx with the repository's deploy/nginx.conf, and `url` is nginx's
 * (tests/support/with-services.ts sets these up).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import Database from 'better-sqlite3';
import { startNginx, type Nginx } from './services';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const TEST_POSTGRES = process.env.GONGDU_TEST_POSTGRES;
const TEST_REDIS = process.env.GONGDU_TEST_REDIS;
const TEST_PROCESSES = Number(process.env.GONGDU_TEST_PROCESSES ?? 1);
/** which database and topology this run of the suite uses, for test names and messages */
export const TEST_MODE = TEST_POSTGRES ? `postgresql${TEST_REDIS ? ' + redis' : ''}${TEST_PROCESSES > 1 ? ` × ${TEST_PROCESSES} behind nginx` : ''}` : 'sqlite';

export interface Backend {
  process: ChildProcess;
  port: number;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export interface RunningServer {
  url: string;
  port: number;
  /**
   * The first Gongdu process itself, not through nginx: for tests that play a reverse proxy themselves (their
   * X-Forwarded-* headers would be overwritten by nginx's) or count what one process holds. Equals `url` when
   * there is no nginx.
   */
  direct: string;
  /** whether `url` is nginx in front of several processes */
  behindNginx: boolean;
  dataDir: string;
  databaseUrl: string;
  /** the (first) Gongdu process */
  process: ChildProcess;
  /** every Gongdu process (two behind nginx in the cluster run) */
  backends: Backend[];
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/** The database a test server uses for `dataDir`: the same directory means the same database (restarts). */
function databaseUrlFor(dataDir: string, postgres = TEST_POSTGRES): string {
  if (!postgres) return `file:${path.join(dataDir, 'gongdu.db')}`;
  const url = new URL(postgres);
  url.pathname = `/${path.basename(dataDir).replace(/[^a-zA-Z0-9]/g, '_').toLowerCase()}`;
  return url.toString();
}

/**
 * server.ts compiled ahead of time, as `npm start` runs it (scripts/build-server.mjs), once per test process and
 * from the current sources (a stale dist/ cannot sneak into a test run).
 */
let compiled: string | undefined;
function compiledServer(): string {
  if (!compiled) {
    const out = path.join(ROOT, 'dist', `server-test-${process.pid}.mjs`);
    execFileSync(process.execPath, ['scripts/build-server.mjs', out], { cwd: ROOT, stdio: 'pipe' });
    process.once('exit', () => {
      for (const f of [out, `${out}.map`]) rmSync(f, { force: true });
    });
    compiled = out;
  }
  return compiled;
}

/** Starts one Gongdu process; resolves once it listens. */
export async function startBackend(env: Record<string, string>, port = 0, nodeArgs: string[] = []): Promise<Backend> {
  // As `npm start` runs it: without --enable-source-maps (scripts/start.mjs says why).
  const child = spawn(process.execPath, [...nodeArgs, compiledServer()], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', NEXTAUTH_SECRET: 'test-secret-not-for-production-0123456789', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A test process that ends early (timeout, crash) must not leave servers behind.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  child.once('exit', () => process.off('exit', reap));
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  // GONGDU_TEST_LOG_DIR=dir keeps every server's output in dir/<pid>.log, to read after a failure.
  if (process.env.GONGDU_TEST_LOG_DIR) {
    const file = path.join(process.env.GONGDU_TEST_LOG_DIR, `${child.pid}.log`);
    for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (d) => appendFileSync(file, d));
  }
  // Benchmarks on a loaded machine raise it: Next alone can take over a minute to start there.
  const startMs = Number(process.env.SERVER_START_TIMEOUT_MS ?? 60_000);
  const actual = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill(); // not left running behind a failed start
      reject(new Error(`server did not start in ${startMs / 1000} s:\n${out}`));
    }, startMs);
    child.stdout!.on('data', () => {
      const m = /Gongdu ready on http:\/\/[^:]+:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  };
  return { process: child, port: actual, output: () => out, stop };
}

/** What still runs for a data directory, so a restart on it first stops what is left of the previous start. */
const running = new Map<string, { backends: Backend[]; nginx?: Nginx }>();

export interface ServerOptions {
  env?: Record<string, string>;
  dataDir?: string;
  port?: number;
  /** Gongdu processes; more than one are put behind nginx (needs PostgreSQL and Redis) */
  processes?: number;
  nodeArgs?: string[];
  /** admin URL of the PostgreSQL server to make this server's database on (default: GONGDU_TEST_POSTGRES) */
  postgres?: string;
  /** Redis URL (default: GONGDU_TEST_REDIS) */
  redis?: string;
}

export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) throw new Error('no production build: run `npx next build` (npm test does) first');
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(tmpdir(), 'gongdu-test-'));
  const previous = running.get(dataDir);
  const postgres = opts.postgres ?? TEST_POSTGRES;
  const redisUrl = opts.redis ?? TEST_REDIS;
  const databaseUrl = databaseUrlFor(dataDir, postgres);
  // One Redis serves the whole run: each server's keys and channels get their own prefix (as two deployments would).
  const redisEnv: Record<string, string> = redisUrl ? { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `gongdu-${path.basename(dataDir)}` } : {};
  const processes = opts.processes ?? (postgres && redisUrl ? TEST_PROCESSES : 1);
  const env: Record<string, string> = { DATABASE_URL: databaseUrl, ...redisEnv, ...opts.env };
  // Behind nginx every request comes from nginx (127.0.0.1): it is trusted as a proxy, as the README tells a
  // deployment behind nginx to do, besides whatever proxies the test itself plays.
  if (processes > 1) env.TRUSTED_PROXIES = ['127.0.0.1', opts.env?.TRUSTED_PROXIES].filter(Boolean).join(',');
  let backends: Backend[];
  let nginx: Nginx | undefined;
  if (previous?.nginx && (opts.port === undefined || opts.port === previous.nginx.port)) {
    // Behind nginx, a restart brings back the processes that died (kill -9) on their ports; the others and nginx
    // keep serving meanwhile, as in a real deployment.
    nginx = previous.nginx;
    backends = await Promise.all(previous.backends.map((b) => (b.process.exitCode === null && b.process.signalCode === null ? b : startBackend(env, b.port, opts.nodeArgs))));
  } else {
    if (previous) {
      await Promise.all(previous.backends.map((b) => b.stop()));
      await previous.nginx?.stop();
    }
    if (processes <= 1) {
      backends = [await startBackend(env, opts.port, opts.nodeArgs)];
    } else {
      // One after the other: the first creates and migrates the database, the next ones find it ready.
      backends = [];
      try {
        for (let i = 0; i < processes; i++) backends.push(await startBackend(env, 0, opts.nodeArgs));
        nginx = await startNginx(backends.map((b) => b.port), opts.port);
      } catch (error) {
        // Not left running behind a failed start (nginx missing, the second process not starting): no test would
        // ever stop them, and they outlived the run, busy, on a shared machine.
        await Promise.all(backends.map((b) => b.stop('SIGKILL')));
        throw error;
      }
    }
  }
  running.set(dataDir, { backends, nginx });
  const port = nginx?.port ?? backends[0].port;
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    await Promise.all(backends.map((b) => b.stop(signal)));
    await nginx?.stop();
    running.delete(dataDir);
  };
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    direct: `http://127.0.0.1:${backends[0].port}`,
    behindNginx: nginx !== undefined,
    dataDir,
    databaseUrl,
    process: backends[0].process,
    backends,
    output: () => backends.map((b) => b.output()).join('\n'),
    stop,
  };
}

export async function stopAndClean(server: RunningServer | undefined): Promise<void> {
  if (!server) return;
  await server.stop();
  rmSync(server.dataDir, { recursive: true, force: true });
  if (!server.databaseUrl.startsWith('file:')) {
    const admin = new pg.Client({ connectionString: Object.assign(new URL(server.databaseUrl), { pathname: '/postgres' }).toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${new URL(server.databaseUrl).pathname.slice(1)}" WITH (FORCE)`).finally(() => admin.end());
  }
}

/** Row counts of tables of a server's database, SQLite or PostgreSQL. */
export async function countRows(databaseUrl: string, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  if (databaseUrl.startsWith('file:')) {
    const db = new Database(databaseUrl.slice('file:'.length), { readonly: true });
    try {
      for (const t of tables) counts[t] = (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n;
    } finally {
      db.close();
    }
    return counts;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const t of tables) counts[t] = Number((await client.query(`SELECT COUNT(*) AS n FROM "${t}"`)).rows[0].n);
  } finally {
    await client.end();
  }
  return counts;
}

/**
 * Inserts rows straight into a server's database, SQLite or PostgreSQL, in one transaction: for seeding volumes the
 * API would take minutes to write. Dates are stored the way Prisma's adapter of that engine stores them.
 */
export async function insertRows(databaseUrl: string, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const cols = columns.map((c) => `"${c}"`).join(', ');
  if (databaseUrl.startsWith('file:')) {
    // Prisma's SQLite adapter stores DateTime as ISO text with an explicit offset.
    const value = (v: unknown) => (v instanceof Date ? v.toISOString().replace('Z', '+00:00') : v);
    const db = new Database(databaseUrl.slice('file:'.length), { timeout: 10_000 });
    try {
      const insert = db.prepare(`INSERT INTO "${table}" (${cols}) VALUES (${columns.map(() => '?').join(', ')})`);
      db.transaction(() => {
        for (const row of rows) insert.run(...row.map(value));
      })();
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Multi-row statements, well under PostgreSQL's 65,535 bound parameters each.
    const perStatement = Math.floor(30_000 / columns.length);
    for (let i = 0; i < rows.length; i += perStatement) {
      const batch = rows.slice(i, i + perStatement);
      const values = batch.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
      await client.query(`INSERT INTO "${table}" (${cols}) VALUES ${values}`, batch.flat());
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}
