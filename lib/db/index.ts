/**
 * The Prisma client: one per process. server.ts and the code Next bundles can load separate copies of this
 * module, so the client lives on globalThis (../shared/STYLE.md, "Gotchas").
 */
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/sqlite/client';
import { databaseUrl } from './config';
import { scopeTransactions, serializedSqlite } from './serialized-sqlite';

export type Db = PrismaClient;
/** The client handed to a `db.$transaction(async (tx) => …)` callback. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

const globalForDb = globalThis as unknown as { __gongduDb?: PrismaClient };

function createClient(): PrismaClient {
  // timeout: how long a writer waits for another process's lock before SQLITE_BUSY.
  const adapter = new PrismaBetterSqlite3({ url: databaseUrl(), timeout: 10_000 });
  // Plain queries wait for an open transaction instead of running inside it (serialized-sqlite.ts).
  return scopeTransactions(new PrismaClient({ adapter: serializedSqlite(adapter) }));
}

export const db: PrismaClient = (globalForDb.__gongduDb ??= createClient());
