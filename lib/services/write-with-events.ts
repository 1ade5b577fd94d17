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
 */
import { randomUUID } from 'node:crypto';
import { db, type Tx } from '../db';
import { appendEvent, assertTakenFor, lockGroupFirst, takeSequence, type NewEvent, type TakenSequence } from './append-event';
import { publishCommitted, type Committed, type CommittedEvent } from './event-bus';

export interface WriteContext {
  tx: Tx;
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

/** Writes in one batch at most: a few ms each, so a batch holds the group's row for a small part of a second. */
const MAX_BATCH = 32;
/** Event rows per insert: 10 values each, and SQLite takes at most 999 bound values a statement. */
const EVENTS_PER_INSERT = 50;
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
 * the group whose row it locks first), it may share its transaction with other writes into that group.
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

function collector(tx: Tx, into: Committed, log?: BatchLog): WriteContext {
  return {
    tx,
    takeSequence: (groupId, session) => (log ? log.take(groupId, session) : takeSequence(tx, groupId, session)),
    lockGroup: async (groupId) => (log ? log.holds(groupId) : lockGroupFirst(tx, groupId)),
    emit: async (e, taken) => {
      const committed = log ? await log.append(e, taken) : await appendEvent(tx, e, taken);
      into.events.push(committed);
      return committed;
    },
    notify: async (n) => {
      const row = await tx.notification.create({ data: { ...n, payload: JSON.stringify(n.payload) } });
      into.notifications.push({ id: row.id, userId: row.userId, groupId: row.groupId, type: row.type, payload: n.payload, createdAt: row.createdAt.toISOString() });
    },
  };
}

/**
 * The event log of one batch. The group's row is locked before the first write (the one lock order), so until
 * commit no one else can take a number of the group or of its sessions, nor start or end one of its sessions
 * (both lock the group first, sessions.ts): the numbers are handed out here, in memory, and the rows read once.
 * A write rolled back gives its numbers back (`mark` / `rewind`), so the log stays gapless. `finish` writes the
 * numbers reached and the events, after the last write.
 */
class BatchLog {
  private groupSeq = 0;
  private groupStart = 0;
  private sessions = new Map<string, { live: boolean; start: number; seq: number }>();
  private rows: { id: string; groupId: string; seq: number; sessionId: string | null; sessionSeq: number | null; type: string; actorId: string; isPrivate: boolean; payload: string; createdAt: Date }[] = [];

  constructor(private tx: Tx, private groupId: string) {}

  async begin(): Promise<void> {
    // The row locked (a no-op increment, as lockGroupFirst) and its number read, in one statement.
    const { lastSeq } = await this.tx.group.update({ where: { id: this.groupId }, data: { lastSeq: { increment: 0 } }, select: { lastSeq: true } });
    this.groupSeq = this.groupStart = lastSeq;
  }

  private async session(id: string) {
    let state = this.sessions.get(id);
    if (!state) {
      const row = await this.tx.studySession.findUniqueOrThrow({ where: { id }, select: { lastSeq: true, startedAt: true, endedAt: true } });
      state = { live: row.startedAt !== null && row.endedAt === null, start: row.lastSeq, seq: row.lastSeq };
      this.sessions.set(id, state);
    }
    return state;
  }

  holds(groupId: string): void {
    if (groupId !== this.groupId) throw new Error('a batch writes into its own group only');
  }

  async take(groupId: string, session?: { id: string; onlyIfLive: boolean }): Promise<TakenSequence> {
    this.holds(groupId);
    const state = session && (await this.session(session.id));
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

  rewind(mark: ReturnType<BatchLog['mark']>): void {
    this.groupSeq = mark.groupSeq;
    for (const [id, s] of this.sessions) {
      const before = mark.sessions.get(id);
      if (before === undefined) this.sessions.delete(id); // read during the write: read again if needed
      else s.seq = before;
    }
    this.rows.length = mark.rows;
  }

  async finish(): Promise<void> {
    if (this.groupSeq !== this.groupStart) await this.tx.group.update({ where: { id: this.groupId }, data: { lastSeq: this.groupSeq }, select: { id: true } });
    for (const [id, s] of this.sessions) if (s.seq !== s.start) await this.tx.studySession.update({ where: { id }, data: { lastSeq: s.seq }, select: { id: true } });
    for (let i = 0; i < this.rows.length; i += EVENTS_PER_INSERT) await this.tx.event.createMany({ data: this.rows.slice(i, i + EVENTS_PER_INSERT) });
  }
}

/** Fan-out waits for the next turn of the event loop, so the writers' acknowledgements (sent as their promises
 * resolve) go out before the rooms' copies: a writer's latency does not grow with the room. */
const publishAfterAnswers = (committed: Committed) => setImmediate(() => publishCommitted(committed));

async function writeAlone<T>(work: Work<T>): Promise<T> {
  const committed: Committed = { events: [], notifications: [] };
  const result = await db.$transaction((tx) => work(collector(tx, committed)));
  publishAfterAnswers(committed);
  return result;
}

type Outcome = { ok: true; value: unknown; committed: Committed } | { ok: false; error: unknown };

/** One transaction for the batch, a savepoint per write; settles every caller after commit. Never throws. */
async function runBatch(groupId: string, batch: Pending[]): Promise<void> {
  if (batch.length === 1) {
    const [only] = batch;
    return writeAlone(only.work).then(only.resolve, only.reject);
  }
  let outcomes: Outcome[] = [];
  try {
    await db.$transaction(
      async (tx) => {
        outcomes = [];
        const log = new BatchLog(tx, groupId);
        await log.begin();
        for (const pending of batch) {
          const committed: Committed = { events: [], notifications: [] };
          const mark = log.mark();
          await tx.$executeRawUnsafe('SAVEPOINT gongdu_write');
          try {
            const value = await pending.work(collector(tx, committed, log));
            await tx.$executeRawUnsafe('RELEASE SAVEPOINT gongdu_write');
            outcomes.push({ ok: true, value, committed });
          } catch (error) {
            // This write alone is undone, with the numbers it took (on PostgreSQL this also clears the
            // transaction's failed state).
            await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT gongdu_write');
            await tx.$executeRawUnsafe('RELEASE SAVEPOINT gongdu_write');
            log.rewind(mark);
            outcomes.push({ ok: false, error });
          }
        }
        await log.finish();
      },
      { timeout: BATCH_TIMEOUT_MS },
    );
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
