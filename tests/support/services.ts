/**
 * Throw-away PostgreSQL clusters, Redis servers and nginx for tests, each on a free loopback port in its own
 * temporary directory, from Debian's packages (scripts/test.sh installs them when missing). Real programs, as in
 * production: nothing here is a stand-in.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const REPO = path.resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntil(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000) {
  const start = Date.now();
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() - start > timeoutMs) throw new Error(`${what} did not come up in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface PostgresCluster {
  /** URL of the `postgres` database, for creating and dropping test databases */
  adminUrl: string;
  port: number;
  /** a URL for database `name` on this cluster */
  urlFor: (name: string) => string;
  stop: (mode?: 'fast' | 'immediate') => void;
  start: () => Promise<void>;
  remove: () => void;
}

/** initdb + pg_ctl on a free port; the socket lives in the cluster's directory, not /var/run. */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongdu-pg-'));
  const data = path.join(dir, 'data');
  // initdb refuses to run as root: run the cluster as the owner Debian's package made (postgres) then.
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' }) : execFileSync(cmd, args, { stdio: 'pipe' });
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  run(`${PG_BIN}/initdb`, ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  // max_connections: two test files at once, each server two processes with a pool of up to 10 connections (and a
  // file may run a few servers), came near PostgreSQL's default of 100.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300`;
  const start = async () => {
    run(`${PG_BIN}/pg_ctl`, ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
    await waitUntil(() => {
      execFileSync(`${PG_BIN}/pg_isready`, ['-h', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
      return true;
    }, 'PostgreSQL');
  };
  await start();
  const urlFor = (name: string) => `postgresql://postgres@127.0.0.1:${port}/${name}`;
  return {
    adminUrl: urlFor('postgres'),
    port,
    urlFor,
    start,
    stop: (mode = 'fast') => void run(`${PG_BIN}/pg_ctl`, ['-D', data, '-m', mode, '-w', 'stop']),
    remove: () => {
      try {
        run(`${PG_BIN}/pg_ctl`, ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RedisServer {
  url: string;
  port: number;
  stop: () => Promise<void>;
  start: () => Promise<void>;
}

/** redis-server on a free port, keeping nothing on disk (as the machines' own Redis). */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const started = child;
    const reap = () => started.kill('SIGKILL');
    process.once('exit', reap);
    started.once('exit', () => process.off('exit', reap));
    await waitUntil(() => {
      execFileSync('redis-cli', ['-p', String(port), 'ping'], { stdio: 'pipe' });
      return true;
    }, 'Redis');
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}

export interface Nginx {
  port: number;
  stop: () => Promise<void>;
}

/** nginx with the repository's deploy/nginx.conf, its backends and port filled in. */
export async function startNginx(backends: number[], port?: number): Promise<Nginx> {
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
  if (!nginx) throw new Error('nginx is missing: scripts/test.sh installs it (apt-get install nginx-light)');
  const dir = mkdtempSync(path.join(tmpdir(), 'gongdu-nginx-'));
  // Started as root, nginx's workers run as `nobody`: they must reach the directory where they buffer request
  // bodies larger than a few KB (uploads), or nginx answers those with 500 before Gongdu sees them.
  chmodSync(dir, 0o755);
  const listen = port ?? (await freePort());
  const site = readFileSync(path.join(REPO, 'deploy/nginx.conf'), 'utf8')
    .replace(/^\s*server 127\.0\.0\.1:\d+.*$/gm, '')
    .replace(/upstream gongdu \{/, `upstream gongdu {\n${backends.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}`)
    .replace(/listen 80;/, `listen 127.0.0.1:${listen};`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join('\n  ');
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n  ${temp}\n${site}\n}\n`,
  );
  const child = spawn(nginx, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  child.once('exit', () => process.off('exit', reap));
  let errors = '';
  child.stderr!.on('data', (d) => (errors += d));
  await waitUntil(async () => {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${errors}`);
    const res = await fetch(`http://127.0.0.1:${listen}/nginx-probe`).catch(() => null);
    return res !== null;
  }, 'nginx', 10_000).catch((e) => {
    throw new Error(`${e.message}\n${errors}`);
  });
  return {
    port: listen,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await exited;
      }
      // GONGDU_TEST_LOG_DIR=dir keeps nginx's error log beside the servers' output (tests/support/server.ts).
      if (process.env.GONGDU_TEST_LOG_DIR) copyFileSync(path.join(dir, 'error.log'), path.join(process.env.GONGDU_TEST_LOG_DIR, `nginx-${listen}.log`));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
