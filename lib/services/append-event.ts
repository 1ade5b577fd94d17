/**
 * Appends to a group's event log inside the caller's transaction. The sequence comes from the group row, which
 * the update locks, so sequence numbers are strictly increasing per group with no gaps (../shared/DESIGN.md).
 */
import type { Tx } from '../db';
import type { CommittedEvent } from './event-bus';

export interface NewEvent {
  groupId: string;
  type: string;
  actorId: string;
  sessionId?: string | null;
  isPrivate?: boolean;
  payload: unknown;
}

export async function appendEvent(tx: Tx, event: NewEvent): Promise<CommittedEvent> {
  const group = await tx.group.update({ where: { id: event.groupId }, data: { lastSeq: { increment: 1 } }, select: { lastSeq: true } });
  const row = await tx.event.create({
    data: {
      groupId: event.groupId,
      seq: group.lastSeq,
      type: event.type,
      actorId: event.actorId,
      sessionId: event.sessionId ?? null,
      isPrivate: event.isPrivate ?? false,
      payload: JSON.stringify(event.payload),
    },
  });
  return { ...row, payload: event.payload, createdAt: row.createdAt.toISOString() };
}
