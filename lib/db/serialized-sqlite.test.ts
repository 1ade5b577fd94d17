/**
 * Finding 7 of issue 8, proved on a real SQLite file: with the bare better-sqlite3 adapter another request's plain
 * query runs inside an open interactive transaction (it reads uncommitted rows, and its own write is rolled back
 * with that transaction); behind `serializedSqlite` it waits for the transaction to end.
 */
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from './generated/sqlite/client';
import { migrateSqlite } from './migrate';
import { scopeTransactions, serializedSqlite } from './serialized-sqlite';

let dir: string;
let url: string;
const clients: PrismaClient[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gongdu-serial-'));
  url = `file:${path.join(dir, 'test.db')}`;
  migrateSqlite(url);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  rmSync(dir, { recursive: true, force: true });
});

function client(serialized: boolean): PrismaClient {
  const adapter = new PrismaBetterSqlite3({ url, timeout: 10_000 });
  const c = serialized ? scopeTransactions(new PrismaClient({ adapter: serializedSqlite(adapter) })) : new PrismaClient({ adapter });
  clients.push(c);
  return c;
}

const user = (id: string) => ({ id, email: `${id}@example.test`, name: id, passwordHash: 'x' });

/**
 * Opens a transaction that writes a user, then — while it is still open — lets another "request" read that user and
 * write one of its own; the transaction then rolls back. Returns what the other request saw and what survived.
 */
async function interleave(db: PrismaClient, tag: string) {
  let inside!: () => void;
  const opened = new Promise<void>((r) => (inside = r));
  const transaction = db
    .$transaction(async (tx) => {
      await tx.user.create({ data: user(`${tag}-tx`) });
      inside();
      await new Promise((r) => setTimeout(r, 150));
      throw new Error('roll back');
    })
    .catch((e: Error) => e.message);
  await opened;
  const [sawUncommitted] = await Promise.all([
    db.user.findUnique({ where: { id: `${tag}-tx` } }).then(Boolean),
    db.user.create({ data: user(`${tag}-plain`) }),
  ]);
  expect(await transaction).toBe('roll back');
  return {
    sawUncommitted,
    plainWriteKept: Boolean(await db.user.findUnique({ where: { id: `${tag}-plain` } })),
    txWriteKept: Boolean(await db.user.findUnique({ where: { id: `${tag}-tx` } })),
  };
}

describe('plain queries during an interactive transaction', () => {
  it('run inside it with the bare adapter (the defect this wrapper exists for)', async () => {
    expect(await interleave(client(false), 'bare')).toEqual({ sawUncommitted: true, plainWriteKept: false, txWriteKept: false });
  });

  it('wait for it to end behind serializedSqlite', async () => {
    expect(await interleave(client(true), 'serial')).toEqual({ sawUncommitted: false, plainWriteKept: true, txWriteKept: false });
  });

  it('see a transaction whole or not at all, and let it commit', async () => {
    const db = client(true);
    const write = db.$transaction(async (tx) => {
      await tx.user.create({ data: user('pair-a') });
      await new Promise((r) => setTimeout(r, 50));
      await tx.user.create({ data: user('pair-b') });
    });
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      seen.push(await db.user.count({ where: { id: { startsWith: 'pair-' } } }));
      await new Promise((r) => setTimeout(r, 15));
    }
    await write;
    expect(seen.every((n) => n === 0 || n === 2)).toBe(true);
    expect(await db.user.count({ where: { id: { startsWith: 'pair-' } } })).toBe(2);
  });

  it("let the transaction's own callback query through db (a helper without the tx) rather than wait for itself", async () => {
    const db = client(true);
    const started = Date.now();
    let seenInside = false;
    let outsideSawIt: boolean | undefined;
    const outside = new Promise<void>((resolve) => setTimeout(resolve, 20)).then(async () => {
      outsideSawIt = Boolean(await db.user.findUnique({ where: { id: 'own-tx' } }));
    });
    await db.$transaction(async (tx) => {
      await tx.user.create({ data: user('own-tx') });
      await new Promise((r) => setTimeout(r, 60));
      seenInside = Boolean(await db.user.findUnique({ where: { id: 'own-tx' } }));
    });
    await outside;
    expect(seenInside).toBe(true);
    expect(outsideSawIt).toBe(true); // it waited for the commit, then saw the committed row
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
