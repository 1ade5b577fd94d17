/**
 * Appends to the event log inside the caller's transaction. The group's sequence comes from the group row, which
 * the update locks, so sequence numbers are strictly increasing per group with no gaps; an event in a session also
 * takes the session's next sequence number, so the session's slice of the log is gapless too.
 */
import { placeholders, type Tx } from '../db';
import type { CommittedEvent, CurrentItems } from './event-bus';
import type { GongduEvent } from './log-event';

export type NewEvent = GongduEvent & {
  groupId: string;
  actorId: string;
  sessionId?: string | null;
  isPrivate?: boolean;
  /** what the write knows of the items the event names as it leaves them, for live delivery (never stored) */
  current?: CurrentItems;
};

/** Sequence numbers taken ahead of the event that will use them (takeSequence). */
export interface TakenSequence {
  groupId: string;
  seq: number;
  /** the session whose number was taken; null when none was asked for or it was not live */
  sessionId: string | null;
  sessionSeq: number | null;
}

const nextGroupSeq = async (tx: Tx, groupId: string) =>
  (await tx.group.update({ where: { id: groupId }, data: { lastSeq: { increment: 1 } }, select: { lastSeq: true } })).lastSeq;

/**
 * Takes the group's next sequence number (locking its row: the one lock order, group first) and, for a session,
 * the session's next one — with `onlyIfLive`, only if the session is live, in the same statement: whether it is
 * live is then decided by a write that holds until commit (on PostgreSQL it waits for a concurrent end of the
 * session, then checks again), at no extra statement. `sessionSeq` null: the session was not live.
 * Numbers taken are used by one appendEvent, or rolled back with the write.
 */
export async function takeSequence(tx: Tx, groupId: string, session?: { id: string; onlyIfLive: boolean }): Promise<TakenSequence> {
  const seq = await nextGroupSeq(tx, groupId);
  if (!session) return { groupId, seq, sessionId: null, sessionSeq: null };
  if (!session.onlyIfLive) {
    const { lastSeq } = await tx.studySession.update({ where: { id: session.id }, data: { lastSeq: { increment: 1 } }, select: { lastSeq: true } });
    return { groupId, seq, sessionId: session.id, sessionSeq: lastSeq };
  }
  // Raw: the model API's updateMany cannot return the new number, and update refuses a row it does not find.
  const rows = await tx.$queryRawUnsafe<{ lastSeq: number | bigint }[]>(
    placeholders('UPDATE "StudySession" SET "lastSeq" = "lastSeq" + 1 WHERE "id" = ? AND "startedAt" IS NOT NULL AND "endedAt" IS NULL RETURNING "lastSeq"'),
    session.id,
  );
  return rows.length ? { groupId, seq, sessionId: session.id, sessionSeq: Number(rows[0].lastSeq) } : { groupId, seq, sessionId: null, sessionSeq: null };
}

/** Numbers taken ahead belong to one event: its group, and its session (none when the session was not live). */
export function assertTakenFor(event: NewEvent, taken: TakenSequence): void {
  if (taken.groupId !== event.groupId || (taken.sessionSeq === null ? null : taken.sessionId) !== (event.sessionId ?? null)) {
    throw new Error('appendEvent: the sequence numbers taken are not this event’s group and session');
  }
}

export async function appendEvent(tx: Tx, event: NewEvent, taken?: TakenSequence): Promise<CommittedEvent> {
  const sessionId = event.sessionId ?? null;
  if (taken) assertTakenFor(event, taken);
  const { seq, sessionSeq } = taken ?? (await takeSequence(tx, event.groupId, sessionId ? { id: sessionId, onlyIfLive: false } : undefined));
  const row = await tx.event.create({
    data: {
      groupId: event.groupId,
      seq,
      sessionId,
      sessionSeq,
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
