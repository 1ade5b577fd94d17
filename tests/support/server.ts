/**
 * Starts the real Gongdu server (server.ts: Next + socket.io) as a child process on a random port of 127.0.0.1,
 * with its own fresh SQLite database, as a user would run it. Needs a production build (`next build`), which
 * `npm test` makes first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  databaseUrl: string;
  process: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export async function startServer(opts: { env?: Record<string, string>; dataDir?: string; port?: number; nodeArgs?: string[] } = {}): Promise<RunningServer> {
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) throw new Error('no production build: run `npx next build` (npm test does) first');
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(tmpdir(), 'gongdu-test-'));
  const databaseUrl = `file:${path.join(dataDir, 'gongdu.db')}`;
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', 'server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(opts.port ?? 0),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: 'test-secret-not-for-production-0123456789',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  // Benchmarks on a loaded machine raise it: Next alone can take over a minute to start there.
  const startMs = Number(process.env.SERVER_START_TIMEOUT_MS ?? 60_000);
  const port = await new Promise<number>((resolve, reject) => {
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
  return { url: `http://127.0.0.1:${port}`, port, dataDir, databaseUrl, process: child, output: () => out, stop };
}

export async function stopAndClean(server: RunningServer | undefined): Promise<void> {
  if (!server) return;
  await server.stop();
  rmSync(server.dataDir, { recursive: true, force: true });
}
