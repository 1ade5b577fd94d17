/**
 * How the app's SQLite connection commits, and who checkpoints its write-ahead log.
 *
 * better-sqlite3 is synchronous: whatever the connection waits for, the event loop waits for, and every other user's
 * request with it. With SQLite's default `synchronous = FULL` every commit fsyncs the WAL, and every 1,000 pages a
 * commit also runs the checkpoint itself, fsyncing the database file. Measured on this project's machines (3,000
 * commits of three ~1 KB rows, better-sqlite3, WAL, 2026-12-02): FULL p50 1.0 ms, p99 32 ms, max 244 ms per commit
 * (10.2 s in all); NORMAL p50 0.04 ms, p99 6.4 ms, max 62 ms (0.66 s in all), the max being the checkpoints. Those
 * stalls were the 200–500 ms outliers of bench:live and most of bench:write's wall time per write.
 *
 * So, as SQLite recommends for WAL (https://www.sqlite.org/pragma.html#pragma_synchronous) and as Rails 8 and
 * Litestream set it:
 * - `synchronous = NORMAL`: a commit survives a crash of the process; a power cut or OS crash may lose the last
 *   commits since the last checkpoint, and never corrupts the database. `SQLITE_SYNCHRONOUS=FULL` restores an fsync
 *   per commit for a host that prefers that over latency.
 * - The app's connection leaves checkpoints to a worker thread with its own connection, which checkpoints PASSIVE
 *   (never waits for, nor blocks, the app's reads and writes) every CHECKPOINT_EVERY_MS. The app's connection keeps
 *   an automatic checkpoint only as a backstop, far beyond what a second of writes fills (BACKSTOP_PAGES), should
 *   the worker die.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { log } from '../log';

const CHECKPOINT_EVERY_MS = 1_000;
/** ~40 MB of WAL (4 KB pages): reached only if the checkpoint worker is gone. */
const BACKSTOP_PAGES = 10_000;

export function synchronousMode(): 'NORMAL' | 'FULL' {
  return process.env.SQLITE_SYNCHRONOUS?.toUpperCase() === 'FULL' ? 'FULL' : 'NORMAL';
}

/** Wraps the adapter factory so that each connection it opens gets the settings above. */
export function withSqliteDurability(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      await adapter.executeScript(`PRAGMA synchronous = ${synchronousMode()}; PRAGMA wal_autocheckpoint = ${BACKSTOP_PAGES};`);
      return adapter;
    },
  };
}

/**
 * The checkpoint worker's code. It is evaluated as a script (`eval: true`) rather than loaded from a file: Next's
 * bundle and the compiled server (dist/server.mjs) would each need to ship a separate entry for it. The database may not
 * exist yet when the worker starts (the first start creates it): until it does, the worker tries again next time.
 */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.betterSqlite3);
let db = null;
setInterval(() => {
  try {
    db ??= new Database(workerData.file, { fileMustExist: true, timeout: 1000 });
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    if (error.code !== 'SQLITE_CANTOPEN' && error.code !== 'SQLITE_BUSY') throw error;
  }
}, workerData.everyMs);
`;

const holder = globalThis as unknown as { gongduCheckpointer?: Worker };

/** Starts the checkpoint worker for `file`, once per process (Next's bundle and server.ts may both ask). */
export function startCheckpointer(file: string): Worker {
  holder.gongduCheckpointer ??= spawnCheckpointer(file, CHECKPOINT_EVERY_MS);
  return holder.gongduCheckpointer;
}

/** A checkpoint worker for `file`, every `everyMs`; it does not keep the process alive. */
export function spawnCheckpointer(file: string, everyMs: number): Worker {
  // Resolved from the project root (where the server is started), not from this module's URL, which points into
  // Next's build output when bundled.
  const betterSqlite3 = createRequire(path.join(process.cwd(), 'package.json')).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, everyMs, betterSqlite3 } });
  worker.unref();
  worker.on('error', (error) => log('error', 'database: the checkpoint worker stopped; the connection now checkpoints by itself, every 10,000 pages', { error: error.message }));
  return worker;
}
