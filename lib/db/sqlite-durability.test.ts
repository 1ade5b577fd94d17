/**
 * The SQLite connection's commit settings and the checkpoint worker (lib/db/sqlite-durability.ts), on real files:
 * the app's connection commits with synchronous=NORMAL and leaves checkpoints alone; the worker moves the WAL's pages
 * into the database file while another connection goes on writing, including when the file appears after it started.
 */
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PrismaClient } from './generated/sqlite/client';
import { migrateSqlite } from './migrate';
import { spawnCheckpointer, withSqliteDurability } from './sqlite-durability';

const dir = mkdtempSync(path.join(tmpdir(), 'gongdu-durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => delete process.env.SQLITE_SYNCHRONOUS);

async function pragmasOfAppConnection(name: string) {
  const url = `file:${path.join(dir, name)}`;
  migrateSqlite(url);
  const client = new PrismaClient({ adapter: withSqliteDurability(new PrismaBetterSqlite3({ url })) });
  try {
    const [sync] = await client.$queryRawUnsafe<{ synchronous: bigint }[]>('PRAGMA synchronous');
    const [auto] = await client.$queryRawUnsafe<{ wal_autocheckpoint: bigint }[]>('PRAGMA wal_autocheckpoint');
    return { synchronous: Number(sync.synchronous), autocheckpoint: Number(auto.wal_autocheckpoint) };
  } finally {
    await client.$disconnect();
  }
}

describe('the app connection', () => {
  it('commits with synchronous=NORMAL (1) and checkpoints only as a backstop', async () => {
    expect(await pragmasOfAppConnection('normal.db')).toEqual({ synchronous: 1, autocheckpoint: 10_000 });
  });

  it('fsyncs every commit with SQLITE_SYNCHRONOUS=full (2)', async () => {
    process.env.SQLITE_SYNCHRONOUS = 'full';
    expect((await pragmasOfAppConnection('full.db')).synchronous).toBe(2);
  });
});

describe('the checkpoint worker', () => {
  it('moves the WAL into the database file, for a file created after it started, while another connection writes', async () => {
    const file = path.join(dir, 'later.db');
    const worker = spawnCheckpointer(file, 50);
    try {
      await new Promise((r) => setTimeout(r, 200)); // a few ticks with no file: the worker waits, it does not fail
      const writer = new Database(file);
      writer.pragma('journal_mode = WAL');
      writer.pragma('wal_autocheckpoint = 0'); // this connection never checkpoints: only the worker can
      writer.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)');
      const insert = writer.prepare('INSERT INTO t (body) VALUES (?)');
      const sizeBefore = statSync(file).size;
      for (let i = 0; i < 2_000; i++) insert.run('学'.repeat(300)); // ~1.8 MB, one commit each
      const deadline = Date.now() + 10_000;
      while (statSync(file).size < sizeBefore + 1_000_000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(statSync(file).size).toBeGreaterThan(sizeBefore + 1_000_000);
      expect((writer.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n).toBe(2_000);
      writer.close();
    } finally {
      await worker.terminate();
    }
  });
});
