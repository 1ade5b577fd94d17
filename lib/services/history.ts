/**
 * Looking back: a session's timeline (its slice of the event log plus attendance), every thread on one passage
 * across the group's sessions, everything one member wrote, where discussion was densest, and what is new since
 * my last visit. Every view applies the same visibility as the reading page: others' private items never appear,
 * hidden ones only for leaders.
 */
import { db } from '../db';
import { canLead } from '../domain/permissions';
import { loadReactions, loggedReply, threadInclude, threadTargetIds, type AnnotationDTO, type ReplyDTO } from './annotation-dto';
import { canReadBlockIn, canSeeAnnotationOf, isLeaderView, viewReflection, viewReply, type Viewer } from '../domain/visibility';
import { forbidden, notFound } from './errors';
import { viewThreads, visibleAnnotationsWhere } from './annotations';
import { requireMembership } from './require-membership';
import { loadNow, viewLogged, type LoggedEvent } from './stream-events';
import type { GongduEvent } from './log-event';
import { unreachable } from '../domain/log-events';
import { findSession } from './sessions';
import { findInChunks } from './in-chunks';

export interface TimelineItem {
  /** the session sequence number for logged changes; null for attendance */
  seq: number | null;
  at: string;
  type: string;
  actor: { id: string; name: string };
  annotationId: string | null;
  blockId: string | null;
  textId: string | null;
  /** the quoted passage, the note or the reply, as the viewer may read it now (never a deleted or pre-edit note) */
  quote: string;
  body: string;
  kind: string | null;
}

/** What a timeline shows of an event, as the viewer may see it now; null for what it does not show. */
function timelineFacts(e: GongduEvent, viewer: Viewer): Pick<TimelineItem, 'annotationId' | 'blockId' | 'textId' | 'quote' | 'body' | 'kind'> | null {
  const none = { blockId: null, textId: null, quote: '', body: '', kind: null };
  switch (e.type) {
    case 'annotation:created':
    case 'annotation:updated':
    case 'annotation:deleted':
    case 'annotation:resolved':
    case 'annotation:reopened':
    case 'annotation:pinned':
    case 'annotation:unpinned':
    case 'annotation:unhidden':
      return { annotationId: e.payload.id, blockId: e.payload.blockId, textId: e.payload.textId, quote: e.payload.exact, body: e.payload.note, kind: e.payload.kind };
    case 'annotation:hidden':
    case 'annotation:removed':
      // For members these only take something off the page; leaders see the moderation itself.
      return isLeaderView(viewer) ? { ...none, annotationId: e.payload.id } : null;
    case 'reply:hidden':
      return isLeaderView(viewer) ? { ...none, annotationId: e.payload.annotationId } : null;
    case 'reply:created':
    case 'reply:updated':
    case 'reply:deleted':
    case 'reply:unhidden':
    case 'reflection:created':
      return { ...none, annotationId: e.payload.annotationId, body: e.payload.body };
    case 'reaction:changed':
      return { ...none, annotationId: e.payload.targetType === 'annotation' ? e.payload.targetId : e.payload.annotationId };
    case 'session:scheduled':
    case 'session:started':
    case 'session:ended':
    case 'text:added':
    case 'text:revised':
      return { ...none, annotationId: null };
    case 'membership:changed':
    case 'skip':
      return null;
    default:
      return unreachable(e);
  }
}

/**
 * A session's slice of the log with its attendance, as the viewer may see it now: every event is viewed through
 * the visibility rule with the items as they are today, so a deleted or edited note reads as it does now.
 */
export async function sessionTimeline(userId: string, sessionId: string): Promise<{ items: TimelineItem[] }> {
  const { session, role } = await findSession(userId, sessionId);
  const viewer: Viewer = { userId, role };
  const [events, attendance] = await Promise.all([
    db.event.findMany({ where: { sessionId, sessionSeq: { not: null } }, orderBy: { sessionSeq: 'asc' }, include: { actor: { select: { id: true, name: true } } } }),
    db.attendance.findMany({ where: { sessionId }, include: { user: { select: { id: true, name: true } } } }),
  ]);
  const logged = events.map((e) => ({ ...e, payload: JSON.parse(e.payload) }) as LoggedEvent & { sessionSeq: number; createdAt: Date; actor: { id: string; name: string } });
  const now = await loadNow(logged);
  const items: TimelineItem[] = [];
  for (const e of logged) {
    const seen = viewLogged(viewer, e, now);
    const facts = timelineFacts(seen, viewer);
    if (!facts) continue;
    items.push({ seq: e.sessionSeq, at: e.createdAt.toISOString(), type: seen.type, actor: e.actor, ...facts, textId: facts.textId ?? session.textId });
  }
  for (const a of attendance) {
    const base = { seq: null, actor: a.user, annotationId: null, blockId: null, textId: session.textId, quote: '', body: '', kind: null };
    items.push({ ...base, at: a.joinedAt.toISOString(), type: 'member:joined' });
    if (a.leftAt) items.push({ ...base, at: a.leftAt.toISOString(), type: 'member:left' });
  }
  // Replies and other changes point at their annotation's passage: fill it in from the annotations they name.
  for (const i of items) {
    const a = i.annotationId ? now.annotation(i.annotationId) : undefined;
    if (a) (i.blockId ??= a.blockId), (i.quote ||= a.exact);
  }
  items.sort((x, y) => x.at.localeCompare(y.at) || (x.seq ?? 0) - (y.seq ?? 0));
  return { items };
}

/** Every thread on a passage (the block, and the same outline path in the text's other versions), across sessions. */
export async function passageHistory(userId: string, groupId: string, blockId: string, order: 'newest' | 'oldest' = 'newest'): Promise<{ blockId: string; path: string; text: string; threads: AnnotationDTO[] }> {
  const role = await requireMembership(userId, groupId);
  const block = await db.block.findUnique({ where: { id: blockId }, include: { version: { select: { textId: true, text: { select: { ownerGroupId: true } } } } } });
  // A block of a text this group may not read is "not found", exactly like an id that does not exist.
  if (!block || !canReadBlockIn({ userId, role }, groupId, block.version.text)) throw notFound('passage');
  const rows = await db.annotation.findMany({
    where: { groupId, textId: block.version.textId, block: { path: block.path }, ...visibleAnnotationsWhere(userId, role) },
    include: threadInclude,
    orderBy: { createdAt: order === 'newest' ? 'desc' : 'asc' },
  });
  const reactions = await loadReactions(db, rows.flatMap(threadTargetIds), { groupId });
  const threads = viewThreads({ userId, role }, rows, reactions);
  return { blockId, path: block.path, text: block.text, threads };
}

/** Everything one member wrote in a group: for the member themselves (private items too) and for leaders. */
export async function memberHistory(viewerId: string, groupId: string, memberId: string): Promise<{ member: { id: string; name: string }; annotations: AnnotationDTO[]; replies: (ReplyDTO & { quote: string; textId: string | null; blockId: string | null })[] }> {
  const role = await requireMembership(viewerId, groupId);
  const viewer: Viewer = { userId: viewerId, role };
  if (viewerId !== memberId && !canLead(role)) throw forbidden('only the member and the group’s leaders can see a member’s history');
  const member = await db.user.findUnique({ where: { id: memberId }, select: { id: true, name: true } });
  if (!member) throw notFound('member');
  const self = viewerId === memberId;
  const annotations = await db.annotation.findMany({
    where: { groupId, authorId: memberId, deletedAt: null, ...(self ? {} : { visibility: 'group' }) },
    include: threadInclude,
    orderBy: { createdAt: 'desc' },
  });
  const comments = await db.comment.findMany({
    where: { groupId, authorId: memberId, deletedAt: null, ...(self ? {} : { OR: [{ annotationId: null }, { annotation: { visibility: 'group' } }] }) },
    include: { author: { select: { id: true, name: true } }, annotation: { select: { exact: true, textId: true, blockId: true, authorId: true, visibility: true, hiddenAt: true } } },
    orderBy: { createdAt: 'desc' },
  });
  const reactions = await loadReactions(db, [...annotations.flatMap(threadTargetIds), ...comments.map((c) => c.id)], { groupId });
  return {
    member,
    annotations: viewThreads(viewer, annotations, reactions),
    // Replies in threads the viewer may not see (another's private note, a thread hidden since) are left out.
    replies: comments.flatMap((c) => {
      const seen = c.annotation
        ? canSeeAnnotationOf(viewer, { ...c.annotation, hidden: c.annotation.hiddenAt !== null })
          ? viewReply(viewer, loggedReply(c, reactions))
          : null
        : viewReflection(viewer, loggedReply(c, reactions));
      return seen ? [{ ...seen, quote: c.annotation?.exact ?? '', textId: c.annotation?.textId ?? null, blockId: c.annotation?.blockId ?? null }] : [];
    }),
  };
}

/**
 * What is new since the viewer's previous visit (whose time this call then moves to now). The margin heat map is
 * drawn by the reader from the annotations it holds, so that it follows live changes: it is not computed here.
 */
export async function readingActivity(userId: string, groupId: string, textId: string): Promise<{ previousVisit: string | null; unread: string[] }> {
  const role = await requireMembership(userId, groupId);
  const rows = await db.annotation.findMany({
    where: { groupId, textId, deletedAt: null, ...visibleAnnotationsWhere(userId, role) },
    select: { id: true, authorId: true, createdAt: true, comments: { where: { deletedAt: null }, select: { authorId: true, createdAt: true } } },
  });
  const visit = await db.readingVisit.findUnique({ where: { userId_groupId_textId: { userId, groupId, textId } } });
  const unread: string[] = [];
  for (const a of rows) {
    const since = visit?.visitedAt;
    const isNew = since && ((a.authorId !== userId && a.createdAt > since) || a.comments.some((c) => c.authorId !== userId && c.createdAt > since));
    if (isNew) unread.push(a.id);
  }
  await db.readingVisit.upsert({ where: { userId_groupId_textId: { userId, groupId, textId } }, create: { userId, groupId, textId }, update: { visitedAt: new Date() } });
  return { previousVisit: visit?.visitedAt.toISOString() ?? null, unread };
}
