/**
 * Study sessions (集中学习): a leader schedules one on a text (optionally a range of its outline), starts and ends
 * it; members join while it is live. Presence is recorded as attendance intervals (签到) — a member who drops and
 * comes back has several — and the leader's current passage is kept for follow-the-leader (跟学).
 */
import { db } from '../db';
import { canLead } from '../domain/permissions';
import type { TScheduleSession } from '../validations/sessions';
import { loadReactions, loggedReply, type ReplyDTO } from './annotation-dto';
import { canSeeComment, findCommentForCreate, isSessionLiveForWrite } from './annotations';
import { createOnce } from './create-once';
import { viewReflection, type Viewer } from '../domain/visibility';
import { conflict, forbidden, invalid, notFound } from './errors';
import { requireMembership } from './require-membership';
import { isTextOpenToGroup } from './texts';
import { lockGroupFirst } from './append-event';
import { writeWithEvents } from './write-with-events';
import { findMentions } from '../domain/mentions';
import { indexComment } from './search-index';

export type SessionStatus = 'scheduled' | 'live' | 'ended';

export interface SessionDTO {
  id: string;
  groupId: string;
  title: string;
  textId: string;
  textTitle: string;
  versionId: string;
  version: number;
  leader: { id: string; name: string };
  rangeStart: string | null;
  rangeEnd: string | null;
  scheduledAt: string;
  startedAt: string | null;
  endedAt: string | null;
  status: SessionStatus;
  currentBlockId: string | null;
  lastSeq: number;
  summary: string;
}

const sessionInclude = { leader: { select: { id: true, name: true } }, version: { select: { number: true, text: { select: { title: true } } } } } as const;
type SessionRow = NonNullable<Awaited<ReturnType<typeof db.studySession.findFirst<{ include: typeof sessionInclude }>>>>;

export function sessionStatus(s: { startedAt: Date | null; endedAt: Date | null }): SessionStatus {
  return s.endedAt ? 'ended' : s.startedAt ? 'live' : 'scheduled';
}

function toSessionDTO(s: SessionRow): SessionDTO {
  return {
    id: s.id,
    groupId: s.groupId,
    title: s.title,
    textId: s.textId,
    textTitle: s.version.text.title,
    versionId: s.versionId,
    version: s.version.number,
    leader: s.leader,
    rangeStart: s.rangeStart,
    rangeEnd: s.rangeEnd,
    scheduledAt: s.scheduledAt.toISOString(),
    startedAt: s.startedAt?.toISOString() ?? null,
    endedAt: s.endedAt?.toISOString() ?? null,
    status: sessionStatus(s),
    currentBlockId: s.currentBlockId,
    lastSeq: s.lastSeq,
    summary: s.summary,
  };
}

/** A session of a group the user belongs to, with the user's role; anything else is "not found". */
export async function findSession(userId: string, sessionId: string) {
  const session = await db.studySession.findUnique({ where: { id: sessionId }, include: sessionInclude });
  if (!session) throw notFound('session');
  const role = await requireMembership(userId, session.groupId).catch(() => {
    throw notFound('session');
  });
  return { session, role };
}

export async function getSession(userId: string, sessionId: string): Promise<SessionDTO & { role: string }> {
  const { session, role } = await findSession(userId, sessionId);
  return { ...toSessionDTO(session), role };
}

export async function scheduleSession(userId: string, groupId: string, input: TScheduleSession): Promise<SessionDTO> {
  const role = await requireMembership(userId, groupId);
  if (!canLead(role)) throw forbidden('only leaders can schedule sessions');
  const text = await db.text.findUnique({ where: { id: input.textId }, include: { versions: { orderBy: { number: 'desc' }, take: 1 } } });
  if (!text || !isTextOpenToGroup(text, groupId) || !text.versions[0]) throw invalid('textId', 'no such text in this group’s library');
  const version = text.versions[0];
  for (const field of ['rangeStart', 'rangeEnd'] as const) {
    const path = input[field];
    if (path && !(await db.block.findFirst({ where: { versionId: version.id, path, kind: 'heading' } }))) throw invalid(field, 'no such heading in this text');
  }
  return writeWithEvents(async (ctx) => {
    const row = await ctx.tx.studySession.create({
      data: { groupId, textId: text.id, versionId: version.id, title: input.title, leaderId: userId, rangeStart: input.rangeStart ?? null, rangeEnd: input.rangeEnd ?? null, scheduledAt: input.scheduledAt },
      include: sessionInclude,
    });
    const dto = toSessionDTO(row);
    await ctx.emit({ groupId, type: 'session:scheduled', actorId: userId, payload: dto });
    return dto;
  });
}

export async function listSessions(userId: string, groupId: string): Promise<{ live: SessionDTO[]; upcoming: SessionDTO[]; past: SessionDTO[] }> {
  await requireMembership(userId, groupId);
  const rows = await db.studySession.findMany({ where: { groupId }, include: sessionInclude, orderBy: { scheduledAt: 'asc' } });
  const all = rows.map(toSessionDTO);
  return {
    live: all.filter((s) => s.status === 'live'),
    upcoming: all.filter((s) => s.status === 'scheduled'),
    past: all.filter((s) => s.status === 'ended').reverse(),
  };
}

async function requireSessionLeader(userId: string, sessionId: string) {
  const { session, role } = await findSession(userId, sessionId);
  if (session.leaderId !== userId && !canLead(role)) throw forbidden('only the session’s leader can do this');
  return session;
}

/** Starts a session: members are notified, live if online. */
export async function startSession(userId: string, sessionId: string): Promise<SessionDTO> {
  const session = await requireSessionLeader(userId, sessionId);
  if (session.startedAt) throw conflict(session.endedAt ? 'the session has ended' : 'the session is already live');
  return writeWithEvents(async (ctx) => {
    await lockGroupFirst(ctx.tx, session.groupId);
    // Started only if still not started, in the write itself: of two concurrent starts one wins, the other is a 409.
    const { count } = await ctx.tx.studySession.updateMany({ where: { id: sessionId, startedAt: null }, data: { startedAt: new Date() } });
    if (count !== 1) throw conflict('the session is already live');
    const row = await ctx.tx.studySession.findUniqueOrThrow({ where: { id: sessionId }, include: sessionInclude });
    const dto = toSessionDTO(row);
    await ctx.emit({ groupId: session.groupId, type: 'session:started', actorId: userId, payload: dto });
    const members = await ctx.tx.membership.findMany({ where: { groupId: session.groupId, userId: { not: userId } }, select: { userId: true } });
    for (const m of members) {
      await ctx.notify({ userId: m.userId, groupId: session.groupId, type: 'session-started', payload: { sessionId, title: dto.title, textTitle: dto.textTitle, by: dto.leader } });
    }
    return dto;
  });
}

/** Ends a session: open attendance intervals close at the end time. */
export async function endSession(userId: string, sessionId: string): Promise<SessionDTO> {
  const session = await requireSessionLeader(userId, sessionId);
  if (!session.startedAt) throw conflict('the session has not started');
  if (session.endedAt) throw conflict('the session has already ended');
  return writeWithEvents(async (ctx) => {
    await lockGroupFirst(ctx.tx, session.groupId);
    const now = new Date();
    // Ended only if still live, in the write itself: of two concurrent ends one wins, the other is a 409.
    const { count } = await ctx.tx.studySession.updateMany({ where: { id: sessionId, startedAt: { not: null }, endedAt: null }, data: { endedAt: now } });
    if (count !== 1) throw conflict('the session has already ended');
    await ctx.tx.attendance.updateMany({ where: { sessionId, leftAt: null }, data: { leftAt: now } });
    const row = await ctx.tx.studySession.findUniqueOrThrow({ where: { id: sessionId }, include: sessionInclude });
    const dto = toSessionDTO(row);
    // Written in the session's own slice too, so everyone in the room learns that it ended.
    await ctx.emit({ groupId: session.groupId, sessionId, type: 'session:ended', actorId: userId, payload: dto });
    return dto;
  });
}

/**
 * A page that leaves and comes back within this long (a reload, a re-render that re-joins, a dropped connection)
 * continues its interval instead of writing 离开 and 进入 in the same breath.
 */
export const ATTENDANCE_GRACE_MS = 15_000;

/**
 * Records that a member is in the live session; returns the interval's id. One interval per member at a time:
 * an open one (another tab, a second join from the same page) is reused, and one closed within the grace period
 * is reopened, so attendance and the timeline show one stay, not one per socket.
 */
export async function recordAttendance(userId: string, sessionId: string): Promise<{ attendanceId: string; session: SessionDTO }> {
  const { session } = await findSession(userId, sessionId);
  if (sessionStatus(session) !== 'live') throw conflict('the session is not live');
  const attendanceId = await db.$transaction(async (tx) => {
    // Two joins of one member at once (two tabs, possibly on two processes) must find each other's interval: the
    // rows are locked (group, then session: the one lock order) before looking, so the second waits for the first
    // to commit. Checked live again in the write: no stay begins after the session's end.
    if (!(await isSessionLiveForWrite(tx, session.groupId, sessionId))) throw conflict('the session is not live');
    const open = await tx.attendance.findFirst({ where: { sessionId, userId, leftAt: null }, orderBy: { joinedAt: 'desc' }, select: { id: true } });
    if (open) return open.id;
    const recent = await tx.attendance.findFirst({
      where: { sessionId, userId, leftAt: { gte: new Date(Date.now() - ATTENDANCE_GRACE_MS) } },
      orderBy: { leftAt: 'desc' },
      select: { id: true },
    });
    if (recent) return (await tx.attendance.update({ where: { id: recent.id }, data: { leftAt: null }, select: { id: true } })).id;
    return (await tx.attendance.create({ data: { sessionId, userId }, select: { id: true } })).id;
  });
  return { attendanceId, session: toSessionDTO(session) };
}

/**
 * A socket joining a session it is already in (its client asking again): its interval is still open — a member's
 * interval closes only once their last socket has left (closeAttendanceUnlessBack), and this one has not — so
 * only what may have changed since is checked: the session still live, the user still a member. No transaction:
 * a flood of joins on one socket (bench:abuse) took the group's lock on every one.
 */
export async function confirmAttendance(userId: string, sessionId: string, attendanceId: string): Promise<{ attendanceId: string; session: SessionDTO }> {
  const { session } = await findSession(userId, sessionId);
  if (sessionStatus(session) !== 'live') throw conflict('the session is not live');
  return { attendanceId, session: toSessionDTO(session) };
}

export async function closeAttendance(attendanceId: string): Promise<void> {
  await db.attendance.updateMany({ where: { id: attendanceId, leftAt: null }, data: { leftAt: new Date() } });
}

/**
 * A member's last socket left: ends their interval unless `isStillHere()` — asked inside the transaction, once it
 * holds the group's row, the lock recordAttendance takes first — says they are back. Returns false when they are.
 *
 * Asked before the write, as it was, the check and the close could straddle a reload's join: the join found the
 * interval still open and took it, then the leave closed it under the member who had come back (present, with no
 * open interval). Under the lock the two go one after the other: a join that took the interval first is seen by
 * `isStillHere` (the caller counts joins under way, lib/realtime/presence.ts), and one that comes after finds the
 * interval closed and reopens it (ATTENDANCE_GRACE_MS).
 */
export async function closeAttendanceUnlessBack(attendanceId: string, isStillHere: () => boolean): Promise<boolean> {
  const row = await db.attendance.findUnique({ where: { id: attendanceId }, select: { session: { select: { groupId: true } } } });
  if (!row) return !isStillHere();
  return db.$transaction(async (tx) => {
    await lockGroupFirst(tx, row.session.groupId);
    if (isStillHere()) return false;
    await tx.attendance.updateMany({ where: { id: attendanceId, leftAt: null }, data: { leftAt: new Date() } });
    return true;
  });
}

/**
 * Intervals left open by a process that stopped without closing them end now; we know no better. `live` holds
 * the attendance ids of sockets connected right now to any process (with several processes, the others' members
 * are still present): those stay open. Rows are read first, then the live set is taken, so a member who joins in
 * between is never closed; the ids go in bounded chunks (no unbounded IN list).
 */
export async function closeOrphanedAttendance(liveAttendance: () => Promise<ReadonlySet<string>> = async () => new Set()): Promise<number> {
  const open = await db.attendance.findMany({ where: { leftAt: null }, select: { id: true } });
  if (!open.length) return 0;
  const live = await liveAttendance();
  const orphaned = open.map((a) => a.id).filter((id) => !live.has(id));
  const now = new Date();
  let closed = 0;
  for (let i = 0; i < orphaned.length; i += 500) {
    const { count } = await db.attendance.updateMany({ where: { id: { in: orphaned.slice(i, i + 500) }, leftAt: null }, data: { leftAt: now } });
    closed += count;
  }
  return closed;
}

export async function listAttendance(userId: string, sessionId: string) {
  await findSession(userId, sessionId);
  const rows = await db.attendance.findMany({ where: { sessionId }, include: { user: { select: { id: true, name: true } } }, orderBy: { joinedAt: 'asc' } });
  return rows.map((r) => ({ userId: r.userId, name: r.user.name, joinedAt: r.joinedAt.toISOString(), leftAt: r.leftAt?.toISOString() ?? null }));
}

/** The leader's current passage, broadcast to followers; not logged as an event (it is position, not content). */
export async function setLeaderPosition(userId: string, sessionId: string, blockId: string): Promise<{ groupId: string }> {
  const { session } = await findSession(userId, sessionId);
  if (session.leaderId !== userId) throw forbidden('only the session’s leader leads the reading');
  if (sessionStatus(session) !== 'live') throw conflict('the session is not live');
  const block = await db.block.findUnique({ where: { id: blockId }, select: { versionId: true } });
  if (!block || block.versionId !== session.versionId) throw invalid('blockId', 'no such passage in this session’s text');
  await db.studySession.update({ where: { id: sessionId }, data: { currentBlockId: blockId } });
  return { groupId: session.groupId };
}

/** Session-level reflections (体会) not tied to a passage. */
export async function createReflection(userId: string, sessionId: string, input: { id?: string; body: string }): Promise<{ reflection: ReplyDTO; created: boolean }> {
  const { session, role } = await findSession(userId, sessionId);
  const viewer: Viewer = { userId, role };
  const { value, created } = await createOnce({
    id: input.id,
    what: 'reflection',
    find: findCommentForCreate,
    mayView: (c) => canSeeComment(userId, c),
    isSameCreate: (c) => c.authorId === userId && c.sessionId === sessionId && !c.annotationId,
    present: async (c) => seenReflection(viewer, loggedReply(c, await loadReactions(db, [c.id]))),
    create: (id) => insertReflection(viewer, session, input.body, id),
  });
  return { reflection: value, created };
}

async function insertReflection(viewer: Viewer, session: SessionRow, body: string, id: string): Promise<ReplyDTO> {
  if (sessionStatus(session) === 'scheduled') throw conflict('the session has not started');
  const { userId } = viewer;
  const sessionId = session.id;
  const input = { body };
  return writeWithEvents(async (ctx) => {
    const row = await ctx.tx.comment.create({
      data: { id, groupId: session.groupId, sessionId, authorId: userId, body: input.body },
      include: { author: { select: { id: true, name: true } } },
    });
    await indexComment(ctx.tx, id);
    const dto = loggedReply(row, new Map());
    // Whether it is in the session's slice of the log is decided in the write: not after the session ended.
    const live = (await isSessionLiveForWrite(ctx.tx, session.groupId, sessionId)) ? sessionId : null;
    await ctx.emit({ groupId: session.groupId, sessionId: live, type: 'reflection:created', actorId: userId, payload: dto });
    if (input.body.includes('@')) {
      const members = await ctx.tx.membership.findMany({ where: { groupId: session.groupId }, include: { user: { select: { id: true, name: true } } } });
      for (const m of findMentions(input.body, members.map((x) => x.user))) {
        if (m.id !== userId) await ctx.notify({ userId: m.id, groupId: session.groupId, type: 'mention', payload: { sessionId, commentId: id, by: row.author, excerpt: Array.from(input.body).slice(0, 80).join('') } });
      }
    }
    return seenReflection(viewer, dto);
  });
}

/** A leader hides an improper reflection (or shows it again); members receive only that it was hidden. */
export async function hideReflection(userId: string, sessionId: string, commentId: string, hidden: boolean): Promise<void> {
  const { session, role } = await findSession(userId, sessionId);
  if (!canLead(role)) throw forbidden('only leaders can hide comments');
  const comment = await db.comment.findUnique({ where: { id: commentId } });
  if (!comment || comment.sessionId !== sessionId || comment.annotationId || comment.deletedAt) throw notFound('reflection');
  await writeWithEvents(async (ctx) => {
    const row = await ctx.tx.comment.update({
      where: { id: commentId },
      data: hidden ? { hiddenAt: new Date(), hiddenById: userId } : { hiddenAt: null, hiddenById: null },
      include: { author: { select: { id: true, name: true } } },
    });
    await indexComment(ctx.tx, commentId);
    const live = sessionStatus(session) === 'live' ? sessionId : null;
    const base = { groupId: session.groupId, sessionId: live, actorId: userId };
    if (hidden) await ctx.emit({ ...base, type: 'reply:hidden', payload: { id: commentId, annotationId: null, hidden: true } });
    else await ctx.emit({ ...base, type: 'reply:unhidden', payload: loggedReply(row, await loadReactions(ctx.tx, [commentId])) });
  });
}

export async function listReflections(userId: string, sessionId: string): Promise<ReplyDTO[]> {
  const { role } = await findSession(userId, sessionId);
  const rows = await db.comment.findMany({ where: { sessionId, annotationId: null, deletedAt: null }, include: { author: { select: { id: true, name: true } } }, orderBy: { createdAt: 'asc' } });
  const reactions = await loadReactions(db, rows.map((r) => r.id));
  const viewer: Viewer = { userId, role };
  return rows.map((r) => viewReflection(viewer, loggedReply(r, reactions))).filter((r): r is ReplyDTO => r !== null);
}

/** The writer's own reflection, as they may see it (they wrote it, so they may). */
function seenReflection(viewer: Viewer, r: ReplyDTO): ReplyDTO {
  const seen = viewReflection(viewer, r);
  if (!seen) throw notFound('reflection');
  return seen;
}

export async function saveSummary(userId: string, sessionId: string, summary: string): Promise<SessionDTO> {
  await requireSessionLeader(userId, sessionId);
  const row = await db.studySession.update({ where: { id: sessionId }, data: { summary, summaryUpdatedAt: new Date() }, include: sessionInclude });
  return toSessionDTO(row);
}
