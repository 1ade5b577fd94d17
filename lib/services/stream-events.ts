/**
 * Catch-up: the events of a stream (a group's log, or a session's slice of it) after a sequence number, as one
 * user may see them. Others' private events become `skip` markers, which keep the sequence gapless for the
 * client without revealing anything (../shared/DESIGN.md, rules 2 and 3).
 */
import { db } from '../db';
import { findSession } from './sessions';
import { requireMembership } from './require-membership';
import { canLead } from '../domain/permissions';

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
  const { lastSeq, groupId } = await authorizeStream(userId, ref);
  const rows = await db.event.findMany({
    where: ref.kind === 'group' ? { groupId: ref.id, seq: { gt: after } } : { sessionId: ref.id, sessionSeq: { gt: after } },
    orderBy: ref.kind === 'group' ? { seq: 'asc' } : { sessionSeq: 'asc' },
    take: CATCH_UP_LIMIT + 1,
  });
  const more = rows.length > CATCH_UP_LIMIT;
  const events = rows.slice(0, CATCH_UP_LIMIT).map((row) =>
    visibleEvent(stream, ref.kind === 'group' ? row.seq : row.sessionSeq!, { ...row, payload: JSON.parse(row.payload) }, userId),
  );
  return { events: await redactHidden(userId, groupId, events), lastSeq, more };
}

type Ref = { id?: string; annotationId?: string | null };

/**
 * Catch-up replays old events, and an old `annotation:created` still carries the words of an annotation a leader
 * has hidden since. For members, events about what is hidden now are replaced by the hiding itself, so hidden
 * words reach leaders (and their author) only — as they do live.
 */
async function redactHidden(userId: string, groupId: string, events: StreamEvent[]): Promise<StreamEvent[]> {
  if (canLead(await requireMembership(userId, groupId))) return events;
  const annotationOf = (e: StreamEvent) => (e.type.startsWith('annotation:') ? (e.payload as Ref)?.id : (e.payload as Ref)?.annotationId) ?? null;
  const annotationIds = [...new Set(events.map(annotationOf).filter((x): x is string => !!x))];
  const isComment = (e: StreamEvent) => e.type.startsWith('reply:') || e.type === 'reflection:created';
  const replyIds = [...new Set(events.filter(isComment).map((e) => (e.payload as Ref)?.id).filter((x): x is string => !!x))];
  if (!annotationIds.length && !replyIds.length) return events;
  const [annotations, replies] = await Promise.all([
    db.annotation.findMany({ where: { id: { in: annotationIds }, hiddenAt: { not: null }, authorId: { not: userId } }, select: { id: true } }),
    db.comment.findMany({ where: { id: { in: replyIds }, hiddenAt: { not: null }, authorId: { not: userId } }, select: { id: true, annotationId: true } }),
  ]);
  const hiddenAnnotations = new Set(annotations.map((a) => a.id));
  const hiddenReplies = new Map(replies.map((r) => [r.id, r.annotationId]));
  return events.map((e) => {
    const annotationId = annotationOf(e);
    if (annotationId && hiddenAnnotations.has(annotationId)) return { ...e, type: 'annotation:hidden', payload: { id: annotationId, hidden: true } };
    const replyId = isComment(e) ? (e.payload as Ref)?.id : undefined;
    if (replyId && hiddenReplies.has(replyId)) return { ...e, type: 'reply:hidden', payload: { id: replyId, annotationId: hiddenReplies.get(replyId), hidden: true } };
    return e;
  });
}
