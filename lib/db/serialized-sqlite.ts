/**
 * One SQLite connection, one user at a time.
 *
 * The better-sqlite3 adapter runs every query on a single connection. It queues the *start* of interactive
 * transactions, but a plain query from another request (`db.x.findMany` outside any transaction) runs straight
 * away on that same connection — inside whatever transaction is open at that moment. It then reads the other
 * request's uncommitted writes, and a plain write is rolled back if that transaction rolls back
 * (lib/db/serialized-sqlite.test.ts shows both with the bare adapter). This wrapper puts plain queries in the same
 * queue as transactions: a query waits until the open transaction commits or rolls back, then runs alone.
 *
 * A query made on `db` from inside a transaction's own callback (e.g. through a helper that does not take the `tx`)
 * is that request's own work: it runs at once, inside the transaction, instead of waiting for the transaction that
 * waits for it. `scopeTransactions` marks those callbacks (AsyncLocalStorage follows their awaits).
 * PostgreSQL needs none of this: its adapter gives each transaction a connection of its own from a pool.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';

/** A first-come, first-served lock: resolves with the function that releases it (safe to call twice). */
function createQueue() {
  let tail: Promise<void> = Promise.resolve();
  return function acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const before = tail;
    tail = before.then(() => held);
    return before.then(() => release);
  };
}

/** Set while a transaction's callback (and whatever it awaits) runs. */
const insideTransaction = new AsyncLocalStorage<true>();

/**
 * Makes `client.$transaction(callback)` run the callback inside the transaction scope above. Returns the client.
 */
export function scopeTransactions<C extends { $transaction: (...args: never[]) => unknown }>(client: C): C {
  const original = client.$transaction.bind(client) as (arg: unknown, options?: unknown) => unknown;
  const scoped = (arg: unknown, options?: unknown) =>
    typeof arg === 'function' ? original((tx: unknown) => insideTransaction.run(true, () => (arg as (tx: unknown) => unknown)(tx)), options) : original(arg, options);
  Object.defineProperty(client, '$transaction', { value: scoped, configurable: true, writable: true });
  return client;
}

function serializeAdapter(inner: SqlDriverAdapter): SqlDriverAdapter {
  const acquire = createQueue();
  const alone = async <T>(work: () => Promise<T>): Promise<T> => {
    if (insideTransaction.getStore()) return work(); // the open transaction's own request: it already holds the queue
    // better-sqlite3 answers synchronously, so a chain of awaited queries (an export reading 25 pages, an import's
    // batches) would run entirely in the microtask queue and hold every other request for its whole length. One
    // turn of the event loop before each plain query lets other requests' I/O in between (the profile of a
    // 5,000-annotation export showed one 540 ms stretch of back-to-back queries before this).
    await new Promise<void>((resolve) => setImmediate(resolve));
    const release = await acquire();
    try {
      return await work();
    } finally {
      release();
    }
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query: SqlQuery) => alone(() => inner.queryRaw(query)),
    executeRaw: (query: SqlQuery) => alone(() => inner.executeRaw(query)),
    executeScript: (script: string) => alone(() => inner.executeScript(script)),
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      // Held from BEGIN to COMMIT/ROLLBACK: the transaction's own queries go straight to the connection.
      const release = await acquire();
      try {
        return holdUntilClosed(await inner.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
  };
}

function holdUntilClosed(tx: Transaction, release: () => void): Transaction {
  const close = (end: () => Promise<void>) => async () => {
    try {
      await end();
    } finally {
      release();
    }
  };
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: (query) => tx.queryRaw(query),
    executeRaw: (query) => tx.executeRaw(query),
    commit: close(() => tx.commit()),
    rollback: close(() => tx.rollback()),
    createSavepoint: tx.createSavepoint?.bind(tx),
    rollbackToSavepoint: tx.rollbackToSavepoint?.bind(tx),
    releaseSavepoint: tx.releaseSavepoint?.bind(tx),
  };
}

/** Wraps the SQLite adapter factory so that plain queries never run inside another request's transaction. */
export function serializedSqlite(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serializeAdapter(await factory.connect()),
  };
}
