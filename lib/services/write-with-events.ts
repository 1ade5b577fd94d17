/**
 * The one write path (../shared/DESIGN.md, rule 1): a change, its events and its notifications are written in one
 * transaction; only after it commits (and after the caller has had its answer) are they handed to the realtime layer.
 */
import { db, type Tx } from '../db';
import { appendEvent, takeSequence, type NewEvent, type TakenSequence } from './append-event';
import { publishCommitted, type CommittedEvent, type CommittedNotification } from './event-bus';

export interface WriteContext {
  tx: Tx;
  /**
   * Takes the next sequence numbers of the group (and of a session, with `onlyIfLive` only while it is live) for
   * the one event the write will emit with them (append-event.ts, takeSequence): the group's row first.
   */
  takeSequence: (groupId: string, session?: { id: string; onlyIfLive: boolean }) => Promise<TakenSequence>;
  /** appends an event; `taken`: with the sequence numbers the write took ahead (takeSequence) */
  emit: (event: NewEvent, taken?: TakenSequence) => Promise<CommittedEvent>;
  notify: (notification: { userId: string; groupId: string; type: string; payload: unknown }) => Promise<void>;
}

export async function writeWithEvents<T>(work: (ctx: WriteContext) => Promise<T>): Promise<T> {
  const events: CommittedEvent[] = [];
  const notifications: CommittedNotification[] = [];
  const result = await db.$transaction(async (tx) => {
    const emit = async (e: NewEvent, taken?: TakenSequence) => {
      const committed = await appendEvent(tx, e, taken);
      events.push(committed);
      return committed;
    };
    const notify: WriteContext['notify'] = async (n) => {
      const row = await tx.notification.create({ data: { ...n, payload: JSON.stringify(n.payload) } });
      notifications.push({ id: row.id, userId: row.userId, groupId: row.groupId, type: row.type, payload: n.payload, createdAt: row.createdAt.toISOString() });
    };
    return work({ tx, takeSequence: (groupId, session) => takeSequence(tx, groupId, session), emit, notify });
  });
  // Fan-out waits for the next turn of the event loop, so the writer's acknowledgement (sent as this promise
  // resolves) goes out before the room's copies: the writer's latency no longer grows with the room.
  setImmediate(() => publishCommitted({ events, notifications }));
  return result;
}
