/**
 * Appends to the event log inside the caller's transaction. The group's sequence comes from the group row, which
 * the update locks, so sequence numbers are strictly increasing per group with no gaps; an event in a session also
 * takes the session's next sequence number, so the session's slice of the log is gapless too.
 */
import type { Tx } from '../db';
import type { CommittedEvent } from './event-bus';
import type { GongduEvent } from './log-event';

export type NewEvent = GongduEvent & {
  groupId: string;
  actorId: string;
  sessionId?: string | null;
  isPrivate?: boolean;
};

export async function appendEvent(tx: Tx, event: NewEvent): Promise<CommittedEvent> {
  const group = await tx.group.update({ where: { id: event.groupId }, data: { lastSeq: { increment: 1 } }, select: { lastSeq: true } });
  const session = event.sessionId
    ? await tx.studySession.update({ where: { id: event.sessionId }, data: { lastSeq: { increment: 1 } }, select: { lastSeq: true } })
    : null;
  const row = await tx.event.create({
    data: {
      groupId: event.groupId,
      seq: group.lastSeq,
      sessionId: event.sessionId ?? null,
      sessionSeq: session?.lastSeq ?? null,
      type: event.type,
      actorId: event.actorId,
      isPrivate: event.isPrivate ?? false,
      payload: JSON.stringify(event.payload),
    },
  });
  const { type, payload } = event as GongduEvent;
  return { ...row, type, payload, createdAt: row.createdAt.toISOString() } as CommittedEvent;
}

/**
 * The one lock order of every write: the group row first, then the session row. appendEvent takes them in that
 * order; a write that changes the session row itself (start, end) calls this first, or it would hold the session
 * while waiting for the group as another write holds the group while waiting for the session: a deadlock on
 * PostgreSQL, whose row locks are finer than SQLite's one writer. (A no-op increment: it locks, changes nothing.)
 */
export async function lockGroupFirst(tx: Tx, groupId: string): Promise<void> {
  await tx.group.update({ where: { id: groupId }, data: { lastSeq: { increment: 0 } }, select: { id: true } });
}
