/**
 * The one write path (../shared/DESIGN.md, rule 1): a change, its events and its notifications are written in one
 * transaction; only after it commits (and after the caller has had its answer) are they handed to the realtime layer.
 *
 * Group commit: writes into one group that arrive together (in one turn of the event loop, or while one of its
 * transactions is open) run together in one transaction, each inside its own savepoint — a write that fails (a taken id, an ended session, any
 * refusal) is rolled back alone, with the sequence numbers it took, so the log stays gapless; the others commit.
 * Every caller is answered only once the batch has committed (a create that failed on a taken id then finds the
 * row that holds it, committed), and the batch's events are published together, in sequence order. One
 * transaction's begin and commit (and, on SQLite, its turn in the one connection's queue) then serve many writes.
 * A batch holds writes of one group only: each takes that group's row first and a session row of the group second,
 * the one lock order of every write (append-event.ts), so no two batches can wait on each other in PostgreSQL.
 *
 * Rows a write only inserts (its annotation or reply, search entry, notifications: `ctx.insertLater`) are written
 * at the end of its batch, one multi-row statement per kind for the whole batch, and the batch first runs without
 * savepoints: every ORM call costs ~0.3–0.8 ms of JavaScript whatever it writes (BENCHMARKS.md, "Write path"), and
 * a create was 5 of them in a batch, 2 of which were its savepoint. A write that fails without having touched
 * `ctx.tx` (a refusal) has written nothing yet: it is dropped from the batch with the numbers it took. Anything
 * else that fails — a write that had used `ctx.tx`, or the batch's inserts (a taken id) — rolls the transaction
 * back, and the batch runs again one write at a time, each in its own savepoint with its own inserts: the failing
 * one is rolled back alone, as it always was. A write alone in its batch takes the same path (its numbers raised
 * with the lock, its rows inserted at the end); if it fails, the transaction is rolled back with its error.
 */
import { randomUUID } from 'node:crypto';
import { db, type Tx } from '../db';
import { Prisma } from '../db/generated/sqlite/client';
import { appendEvent, assertTakenFor, lockGroupFirst, takeSequence, type NewEvent, type TakenSequence } from './append-event';
import { isDatabaseUnavailable, ServiceError } from './errors';
import { attachCurrent, publishCommitted, type Committed, type CommittedEvent } from './event-bus';

export interface WriteContext {
  /** reads, and writes that must happen now (their result is read by the write, or by the next one in the batch) */
  tx: Tx;
  /**
   * A raw read in the transaction that does not count as using `tx`: a write refused after reads made through it
   * alone is dropped from its batch like one refused before any statement, without running the batch again.
   */
  read: Pick<Tx, '$queryRaw'>;
  /**
   * Inserts a row once the write's work is done (alone) or at the end of its batch, with the batch's other rows of
   * that kind in one statement. Only for rows nothing in the batch reads back before commit.
   */
  insertLater: <Row>(kind: LaterInsert<Row>, row: Row) => void;
  /**
   * Takes the next sequence numbers of the group (and of a session, with `onlyIfLive` only while it is live) for
   * the one event the write will emit with them (append-event.ts, takeSequence): the group's row first.
   */
  takeSequence: (groupId: string, session?: { id: string; onlyIfLive: boolean }) => Promise<TakenSequence>;
  /** Locks the group's row (lockGroupFirst), the first of every write's locks: a batch holds it already. */
  lockGroup: (groupId: string) => Promise<void>;
  /** appends an event; `taken`: with the sequence numbers the write took ahead (takeSequence) */
  emit: (event: NewEvent, taken?: TakenSequence) => Promise<CommittedEvent>;
  notify: (notification: { userId: string; groupId: string; type: string; payload: unknown }) => Promise<void>;
}

type Work<T> = (ctx: WriteContext) => Promise<T>;

/**
 * A kind of row inserted later (`ctx.insertLater`): how a list of them is written. Kinds are written in the order
 * they were first used in the batch; a row whose insert fails makes the batch run again one write at a time.
 */
export interface LaterInsert<Row> {
  name: string;
  insert: (tx: Tx, rows: Row[]) => Promise<void>;
}

/** SQLite takes at most 999 bound values in a statement: rows of `columns` values each, at most this many a statement. */
export const rowsPerInsert = (columns: number) => Math.max(1, Math.floor(999 / columns));

/** The rows waiting to be inserted, by kind in the order of first use; `mark` / `rewind` drop a failed write's. */
class LaterRows {
  private kinds = new Map<LaterInsert<unknown>, unknown[]>();
  private added: [LaterInsert<unknown>, number][] = [];

  add<Row>(kind: LaterInsert<Row>, row: Row): void {
    const k = kind as LaterInsert<unknown>;
    let rows = this.kinds.get(k);
    if (!rows) this.kinds.set(k, (rows = []));
    rows.push(row);
    this.added.push([k, rows.length - 1]);
  }

  mark(): number {
    return this.added.length;
  }

  rewind(mark: number): void {
    for (const [kind, index] of this.added.splice(mark)) this.kinds.get(kind)!.length = index;
  }

  async insert(tx: Tx): Promise<void> {
    const kinds = [...this.kinds].filter(([, rows]) => rows.length);
    this.kinds.clear();
    this.added = [];
    for (const [kind, rows] of kinds) await kind.insert(tx, rows);
  }
}

/** Writes in one batch at most: a few ms each, so a batch holds the group's row for a small part of a second. */
const MAX_BATCH = 32;
/** Event rows per insert: 10 values each. */
const EVENTS_PER_INSERT = rowsPerInsert(10);
/** A batch's transaction may run longer than one write's (Prisma's default 5 s) before it is rolled back. */
const BATCH_TIMEOUT_MS = 15_000;

interface Pending {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Per group, the writes waiting for the group's next transaction; a group is here while its batches run. */
const queues = ((globalThis as unknown as { __gongduWriteQueues?: Map<string, Pending[]> }).__gongduWriteQueues ??= new Map());

/**
 * Runs `work` in a transaction with the events it emits. With `groupId` (the group every event of the work is in,
 * the group whose row it locks first), it may share its transaction with other writes into that group — and may
 * then run twice (its batch rolled back and run again one write at a time), so it acts on nothing but its context.
 */
export function writeWithEvents<T>(work: Work<T>, options: { groupId?: string } = {}): Promise<T> {
  const { groupId } = options;
  if (!groupId) return writeAlone(work);
  return new Promise<T>((resolve, reject) => {
    const pending: Pending = { work, resolve: resolve as (value: unknown) => void, reject };
    const queue = queues.get(groupId);
    if (queue) return void queue.push(pending);
    const started = [pending];
    queues.set(groupId, started);
    void drain(groupId, started);
  });
}

/**
 * Runs the group's batches until no write waits. Before each batch it lets one turn of the event loop pass, so the
 * requests already read from the sockets reach the queue: on SQLite a transaction's statements are synchronous
 * calls chained by promises, so a write otherwise runs from its request to its commit before the next request is
 * even read, and every batch held one write (bench:write: 2,020 batches of 1 in a 10 s round).
 */
async function drain(groupId: string, queue: Pending[]): Promise<void> {
  try {
    for (;;) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (!queue.length) return;
      await runBatch(groupId, queue.splice(0, MAX_BATCH));
    }
  } finally {
    queues.delete(groupId);
  }
}

/** Notifications are only inserted: with the batch's other rows, one statement for all (a session's start tells every member). */
const notifications: LaterInsert<{ id: string; userId: string; groupId: string; type: string; payload: string; createdAt: Date }> = {
  name: 'notification',
  insert: async (tx, rows) => {
    for (let i = 0; i < rows.length; i += NOTIFICATIONS_PER_INSERT) await tx.notification.createMany({ data: rows.slice(i, i + NOTIFICATIONS_PER_INSERT) });
  },
};
const NOTIFICATIONS_PER_INSERT = rowsPerInsert(6);

/** One write's context; `usedTx` tells whether it touched the transaction itself (then only a savepoint can undo it). */
function collector(tx: Tx, into: Committed, later: LaterRows, log?: BatchLog): WriteContext & { readonly usedTx: boolean } {
  let usedTx = false;
  return {
    get tx() {
      usedTx = true;
      return tx;
    },
    get usedTx() {
      return usedTx;
    },
    read: tx,
    insertLater: (kind, row) => later.add(kind, row),
    takeSequence: (groupId, session) => (log ? log.take(groupId, session) : takeSequence(tx, groupId, session)),
    lockGroup: async (groupId) => (log ? log.holds(groupId) : lockGroupFirst(tx, groupId)),
    emit: async (e, taken) => {
      const committed = log ? await log.append(e, taken) : await appendEvent(tx, e, taken);
      if (e.current) attachCurrent(committed, e.current);
      into.events.push(committed);
      return committed;
    },
    notify: async (n) => {
      const row = { id: randomUUID(), ...n, payload: JSON.stringify(n.payload), createdAt: new Date() };
      later.add(notifications, row);
      into.notifications.push({ id: row.id, userId: row.userId, groupId: row.groupId, type: row.type, payload: n.payload, createdAt: row.createdAt.toISOString() });
    },
  };
}

/**
 * The event log of one batch. The group's row is locked before the first write (the one lock order), so until
 * commit no one else can take a number of the group or of its sessions, nor start or end one of its sessions
 * (both lock the group first, sessions.ts): the numbers are handed out here, in memory. Each row is raised ahead
 * once, in the statement that locks or first reads it — the group's by one number a write of the batch, a
 * session's by one a write not yet begun (most writes log one event) — and `finish` writes the number reached only
 * where that guess was wrong: a batch of one create in a live session spends one statement on each row, a batch of
 * 30 in one session the same two. A write rolled back gives its numbers back (`mark` / `rewind`), so the log stays
 * gapless. Portable raw SQL (quoted identifiers, RETURNING: SQLite ≥ 3.35 and PostgreSQL): a third of a model
 * call's JavaScript (BENCHMARKS.md, "Write path").
 */
class BatchLog {
  /** the group's last number handed out, and the one its row holds now */
  private groupSeq = 0;
  private groupStored = 0;
  /** sessions whose row was raised in this batch: the last number handed out, the row's now, and before the batch */
  private sessions = new Map<string, { live: boolean; seq: number; stored: number; base: number }>();
  /** sessions found not live by a conditional raise (which then changed nothing) */
  private notLive = new Set<string>();
  private rows: { id: string; groupId: string; seq: number; sessionId: string | null; sessionSeq: number | null; type: string; actorId: string; isPrivate: boolean; payload: string; createdAt: Date }[] = [];
  /** the writes of the batch not yet begun, the current one included: how far a session's row is raised ahead */
  remaining = 1;

  constructor(
    private tx: Tx,
    private groupId: string,
    private writes: number,
  ) {}

  async begin(): Promise<void> {
    // The row locked and the batch's numbers taken ahead, in one statement.
    const [row] = await this.tx.$queryRaw<{ lastSeq: number | bigint }[]>`UPDATE "Group" SET "lastSeq" = "lastSeq" + ${this.writes} WHERE "id" = ${this.groupId} RETURNING "lastSeq"`;
    if (!row) throw new Error(`no group ${this.groupId}`);
    this.groupStored = Number(row.lastSeq);
    this.groupSeq = this.groupStored - this.writes;
  }

  /** The session's numbers, its row raised ahead at its first use in the batch; null: not live (`onlyIfLive`). */
  private async session(id: string, onlyIfLive: boolean) {
    const known = this.sessions.get(id);
    if (known || (onlyIfLive && this.notLive.has(id))) return known ?? null;
    // Whether it is live is decided by this write, which holds until commit (append-event.ts, takeSequence).
    const ahead = this.remaining;
    const [row] = await this.tx.$queryRaw<{ lastSeq: number | bigint; live: number | bigint }[]>`UPDATE "StudySession" SET "lastSeq" = "lastSeq" + ${ahead}
      WHERE "id" = ${id}${onlyIfLive ? Prisma.sql` AND "startedAt" IS NOT NULL AND "endedAt" IS NULL` : Prisma.empty}
      RETURNING "lastSeq", CASE WHEN "startedAt" IS NOT NULL AND "endedAt" IS NULL THEN 1 ELSE 0 END AS "live"`;
    if (!row) {
      if (!onlyIfLive) throw new Error(`no session ${id}`);
      this.notLive.add(id);
      return null;
    }
    const stored = Number(row.lastSeq);
    const state = { live: Number(row.live) === 1, seq: stored - ahead, stored, base: stored - ahead };
    this.sessions.set(id, state);
    return state;
  }

  holds(groupId: string): void {
    if (groupId !== this.groupId) throw new Error('a batch writes into its own group only');
  }

  async take(groupId: string, session?: { id: string; onlyIfLive: boolean }): Promise<TakenSequence> {
    this.holds(groupId);
    const state = session && (await this.session(session.id, session.onlyIfLive));
    const seq = ++this.groupSeq;
    if (!session || !state || (session.onlyIfLive && !state.live)) return { groupId, seq, sessionId: null, sessionSeq: null };
    return { groupId, seq, sessionId: session.id, sessionSeq: ++state.seq };
  }

  async append(event: NewEvent, taken?: TakenSequence): Promise<CommittedEvent> {
    const sessionId = event.sessionId ?? null;
    const numbers = taken ?? (await this.take(event.groupId, sessionId ? { id: sessionId, onlyIfLive: false } : undefined));
    assertTakenFor(event, numbers);
    const row = {
      id: randomUUID(),
      groupId: event.groupId,
      seq: numbers.seq,
      sessionId,
      sessionSeq: numbers.sessionSeq,
      type: event.type,
      actorId: event.actorId,
      isPrivate: event.isPrivate ?? false,
      payload: JSON.stringify(event.payload),
      createdAt: new Date(),
    };
    this.rows.push(row);
    return { ...row, type: event.type, payload: event.payload, createdAt: row.createdAt.toISOString() } as CommittedEvent;
  }

  /** Where the log stands before a write, to give back what the write took should it be rolled back. */
  mark() {
    return { groupSeq: this.groupSeq, sessions: new Map([...this.sessions].map(([id, s]) => [id, s.seq])), rows: this.rows.length };
  }

  /**
   * Gives back what the write took. `rolledBack`: its savepoint was rolled back, and with it the raise of a session
   * row it was the first to use — that row is raised again at its next use; else the raise stands, the numbers
   * handed out go back.
   */
  rewind(mark: ReturnType<BatchLog['mark']>, rolledBack: boolean): void {
    this.groupSeq = mark.groupSeq;
    for (const [id, s] of this.sessions) {
      const before = mark.sessions.get(id);
      if (before !== undefined) s.seq = before;
      else if (rolledBack) this.sessions.delete(id);
      else s.seq = s.base;
    }
    this.rows.length = mark.rows;
  }

  async finish(): Promise<void> {
    if (this.groupSeq !== this.groupStored) await this.tx.$executeRaw`UPDATE "Group" SET "lastSeq" = ${this.groupSeq} WHERE "id" = ${this.groupId}`;
    for (const [id, s] of this.sessions) if (s.seq !== s.stored) await this.tx.$executeRaw`UPDATE "StudySession" SET "lastSeq" = ${s.seq} WHERE "id" = ${id}`;
    for (let i = 0; i < this.rows.length; i += EVENTS_PER_INSERT) {
      // Raw, portable: the adapters encode a Date and a boolean as the model API does (ISO text and 0/1 on SQLite).
      const values = this.rows
        .slice(i, i + EVENTS_PER_INSERT)
        .map((r) => Prisma.sql`(${r.id}, ${r.groupId}, ${r.seq}, ${r.sessionId}, ${r.sessionSeq}, ${r.type}, ${r.actorId}, ${r.isPrivate}, ${r.payload}, ${r.createdAt})`);
      await this.tx.$executeRaw`INSERT INTO "Event" ("id", "groupId", "seq", "sessionId", "sessionSeq", "type", "actorId", "isPrivate", "payload", "createdAt") VALUES ${Prisma.join(values)}`;
    }
  }
}

/** Fan-out waits for the next turn of the event loop, so the writers' acknowledgements (sent as their promises
 * resolve) go out before the rooms' copies: a writer's latency does not grow with the room. */
const publishAfterAnswers = (committed: Committed) => setImmediate(() => publishCommitted(committed));

async function writeAlone<T>(work: Work<T>): Promise<T> {
  const committed: Committed = { events: [], notifications: [] };
  const result = await db.$transaction(async (tx) => {
    const later = new LaterRows();
    const value = await work(collector(tx, committed, later));
    await later.insert(tx);
    return value;
  });
  publishAfterAnswers(committed);
  return result;
}

type Outcome = { ok: true; value: unknown; committed: Committed } | { ok: false; error: unknown };

/** Thrown out of a batch's transaction to roll it back whole, so that it runs again one write at a time. */
const ONE_AT_A_TIME = Symbol('run the batch again, one write at a time');

/** One transaction for the batch; settles every caller after commit. Never throws. */
async function runBatch(groupId: string, batch: Pending[]): Promise<void> {
  let outcomes: Outcome[];
  try {
    outcomes = (await runTogether(groupId, batch, false)) ?? (await runTogether(groupId, batch, true))!;
  } catch (error) {
    // Nothing of the batch was committed (the commit failed, or the database went away): every write fails with it.
    for (const pending of batch) pending.reject(error);
    return;
  }
  const all: Committed = { events: [], notifications: [] };
  outcomes.forEach((outcome, i) => {
    if (!outcome.ok) return batch[i].reject(outcome.error);
    all.events.push(...outcome.committed.events);
    all.notifications.push(...outcome.committed.notifications);
    batch[i].resolve(outcome.value);
  });
  publishAfterAnswers(all);
}

/**
 * The batch in one transaction. `inSavepoints` false: no savepoints, every row inserted later at the end — null
 * (and nothing committed) when a write that had used the transaction failed, or the inserts did. True: each write
 * in its own savepoint with its own inserts, a failing one rolled back alone.
 */
async function runTogether(groupId: string, batch: Pending[], inSavepoints: boolean): Promise<Outcome[] | null> {
  let outcomes: Outcome[] = [];
  const lone = batch.length === 1;
  try {
    await db.$transaction(
      async (tx) => {
        outcomes = [];
        const log = new BatchLog(tx, groupId, batch.length);
        const later = new LaterRows();
        await log.begin();
        for (const [i, pending] of batch.entries()) {
          log.remaining = batch.length - i;
          const committed: Committed = { events: [], notifications: [] };
          const mark = { log: log.mark(), later: later.mark() };
          const ctx = collector(tx, committed, later, log);
          if (inSavepoints) await tx.$executeRawUnsafe('SAVEPOINT gongdu_write');
          try {
            const value = await pending.work(ctx);
            if (inSavepoints) {
              await later.insert(tx);
              await tx.$executeRawUnsafe('RELEASE SAVEPOINT gongdu_write');
            }
            outcomes.push({ ok: true, value, committed });
          } catch (error) {
            // A write alone in its batch fails with it: rolled back whole, no savepoint and no second run needed.
            if (lone) throw error;
            // Without a savepoint only a refusal made before any statement of its own can be undone (a failed
            // statement leaves a PostgreSQL transaction unusable): anything else runs the batch again.
            if (!inSavepoints && (ctx.usedTx || !(error instanceof ServiceError))) throw ONE_AT_A_TIME;
            // This write alone is undone, with the numbers it took (on PostgreSQL this also clears the
            // transaction's failed state).
            if (inSavepoints) {
              await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT gongdu_write');
              await tx.$executeRawUnsafe('RELEASE SAVEPOINT gongdu_write');
            }
            log.rewind(mark.log, inSavepoints);
            later.rewind(mark.later);
            outcomes.push({ ok: false, error });
          }
        }
        if (!inSavepoints) {
          try {
            await later.insert(tx);
          } catch (error) {
            if (lone || isDatabaseUnavailable(error)) throw error;
            throw ONE_AT_A_TIME; // which write's row failed is found by running them one at a time
          }
        }
        await log.finish();
      },
      { timeout: BATCH_TIMEOUT_MS },
    );
  } catch (error) {
    if (error === ONE_AT_A_TIME) return null;
    throw error;
  }
  return outcomes;
}
