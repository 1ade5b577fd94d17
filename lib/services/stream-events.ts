/**
 * Catch-up: the events of a stream (a group's log, or a session's slice of it) after a sequence number, as one
 * user may see them. Others' private events become `skip` markers, which keep the sequence gapless for the
 * client without revealing anything (../shared/DESIGN.md, rules 2 and 3).
 */
import { db } from '../db';
import { findSession } from './sessions';
import { requireMembership } from './require-membership';

export interface StreamEvent {
  stream: string;
  seq: number;
  type: string;
  actorId: string;
  payload: unknown;
  createdAt: string;
}

export const CATCH_UP_LIMIT = 500;

export type StreamRef = { kind: 'group'; id: string } | { kind: 'session'; id: string };

export function parseStream(stream: string): StreamRef | null {
  const m = /^(group|session):([A-Za-z0-9_-]{8,64})$/.exec(stream);
  return m ? { kind: m[1] as StreamRef['kind'], id: m[2] } : null;
}

/** Checks the user may follow a stream; returns its current last sequence number. */
export async function authorizeStream(userId: string, ref: StreamRef): Promise<{ lastSeq: number; groupId: string }> {
  if (ref.kind === 'group') {
    await requireMembership(userId, ref.id);
    const group = await db.group.findUniqueOrThrow({ where: { id: ref.id }, select: { lastSeq: true } });
    return { lastSeq: group.lastSeq, groupId: ref.id };
  }
  const { session } = await findSession(userId, ref.id);
  return { lastSeq: session.lastSeq, groupId: session.groupId };
}

export function visibleEvent(stream: string, seq: number, e: { type: string; actorId: string; isPrivate: boolean; payload: unknown; createdAt: Date | string }, viewerId: string): StreamEvent {
  const createdAt = typeof e.createdAt === 'string' ? e.createdAt : e.createdAt.toISOString();
  if (e.isPrivate && e.actorId !== viewerId) return { stream, seq, type: 'skip', actorId: '', payload: null, createdAt };
  return { stream, seq, type: e.type, actorId: e.actorId, payload: e.payload, createdAt };
}

export async function listStreamEvents(userId: string, stream: string, after: number): Promise<{ events: StreamEvent[]; lastSeq: number; more: boolean }> {
  const ref = parseStream(stream);
  if (!ref) throw new Error('bad stream');
  const { lastSeq } = await authorizeStream(userId, ref);
  const rows = await db.event.findMany({
    where: ref.kind === 'group' ? { groupId: ref.id, seq: { gt: after } } : { sessionId: ref.id, sessionSeq: { gt: after } },
    orderBy: ref.kind === 'group' ? { seq: 'asc' } : { sessionSeq: 'asc' },
    take: CATCH_UP_LIMIT + 1,
  });
  const more = rows.length > CATCH_UP_LIMIT;
  const events = rows.slice(0, CATCH_UP_LIMIT).map((row) =>
    visibleEvent(stream, ref.kind === 'group' ? row.seq : row.sessionSeq!, { ...row, payload: JSON.parse(row.payload) }, userId),
  );
  return { events, lastSeq, more };
}
