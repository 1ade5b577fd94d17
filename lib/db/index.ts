/**
 * The Prisma client: one per process. server.ts and the code Next bundles can load separate copies of this
 * module, so the client lives on globalThis (../shared/STYLE.md, "Gotchas").
 *
 * DATABASE_URL chooses the engine: `file:` → SQLite (better-sqlite3), `postgresql://` → PostgreSQL (node-postgres).
 * A generated client is tied to one provider, so there are two, generated from the same models
 * (scripts/prisma-schemas.mjs); their model APIs are the same, so the rest of the code sees one type.
 */
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/sqlite/client';
import { PrismaClient as PostgresPrismaClient } from './generated/postgres/client';
import { databaseUrl, isPostgresUrl } from './config';
import { scopeTransactions, serializedSqlite } from './serialized-sqlite';
import { log } from '../log';

export type Db = PrismaClient;
/** The client handed to a `db.$transaction(async (tx) => …)` callback. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;
export type Provider = 'sqlite' | 'postgresql';

/** Which engine this process runs on, for the few places that write engine-specific SQL (search). */
export const provider: Provider = isPostgresUrl(databaseUrl()) ? 'postgresql' : 'sqlite';

const globalForDb = globalThis as unknown as { __gongduDb?: PrismaClient };

function createClient(): PrismaClient {
  const url = databaseUrl();
  if (provider === 'postgresql') {
    // max: connections per process; two processes and a few tools stay well under PostgreSQL's default 100.
    const adapter = new PrismaPg(
      { connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
      // An idle connection dropped by a PostgreSQL restart is replaced by the pool; say so, do not crash.
      { onPoolError: (error) => log('warn', 'database: idle connection lost', { error: error.message }) },
    );
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  // timeout: how long a writer waits for another process's lock before SQLITE_BUSY.
  const adapter = new PrismaBetterSqlite3({ url, timeout: 10_000 });
  // Plain queries wait for an open transaction instead of running inside it (serialized-sqlite.ts); PostgreSQL's
  // pool gives each transaction its own connection, so it needs none of this.
  return scopeTransactions(new PrismaClient({ adapter: serializedSqlite(adapter) }));
}

export const db: PrismaClient = (globalForDb.__gongduDb ??= createClient());

/**
 * Raw SQL written with `?` placeholders (SQLite's) for either engine: PostgreSQL numbers them ($1, $2, …).
 * Only for the engine-specific corners (search); everything else goes through the model API.
 */
export function placeholders(sql: string): string {
  if (provider === 'sqlite') return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
