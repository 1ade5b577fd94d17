/** The minutes (学习记录) of a session, built from the database by the pure minutes builder. */
import { db } from '../db';
import type { Locale } from '../i18n/locale';
import { buildMinutes, minutesToDocx, minutesToMarkdown, type MinutesModel } from '../domain/minutes';
import { conflict } from './errors';
import { loadExportRecords, loadExportReflections } from './export-records';
import { IDS_PER_QUERY, findInChunks } from './in-chunks';
import { findSession, sessionStatus } from './sessions';

/** "一、… 至 三、…" for a session on a range of the outline; null for the whole text. */
async function rangeLabel(versionId: string, start: string | null, end: string | null, locale: Locale): Promise<string | null> {
  if (!start && !end) return null;
  const headings = await db.block.findMany({ where: { versionId, path: { in: [start, end].filter((p): p is string => !!p) } }, select: { path: true, text: true } });
  const name = (p: string | null) => headings.find((h) => h.path === p)?.text ?? '';
  if (start && end && start !== end) return `${name(start)}${locale === 'en' ? ' to ' : ' 至 '}${name(end)}`;
  return name(start ?? end);
}

/** `timeZone`: the asker's one clock (lib/i18n/locale.ts resolveTimeZone); the server's DISPLAY_TIME_ZONE without it. */
export async function getMinutes(userId: string, sessionId: string, locale: Locale = 'zh-CN', timeZone?: string): Promise<{ model: MinutesModel; status: string; canEdit: boolean }> {
  const { session, role } = await findSession(userId, sessionId);
  const status = sessionStatus(session);
  if (status === 'scheduled') throw conflict('the session has not started');
  const [group, members, attendance, { records, blockOrder }, reflections] = await Promise.all([
    db.group.findUniqueOrThrow({ where: { id: session.groupId }, select: { name: true } }),
    db.membership.findMany({ where: { groupId: session.groupId }, include: { user: { select: { id: true, name: true } } } }),
    db.attendance.findMany({ where: { sessionId }, include: { user: { select: { id: true, name: true } } } }),
    loadExportRecords({ groupId: session.groupId, sessionId }),
    loadExportReflections({ groupId: session.groupId, sessionId }),
  ]);
  // People who attended and have left the group since still belong in the record, under their name.
  const people = new Map(members.map((m) => [m.user.id, m.user]));
  for (const a of attendance) people.set(a.user.id, a.user);
  const reactionIndex = await countReactions(session.groupId, records.map((r) => r.id));
  const model = buildMinutes({
    groupName: group.name,
    sessionTitle: session.title,
    scheduledAt: session.scheduledAt,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    asOf: session.endedAt ? undefined : new Date(),
    leaderName: session.leader.name,
    leaderId: session.leaderId,
    textTitle: session.version.text.title,
    textVersion: session.version.number,
    rangeLabel: await rangeLabel(session.versionId, session.rangeStart, session.rangeEnd, locale),
    members: [...people.values()],
    attendance: attendance.map((a) => ({ userId: a.userId, joinedAt: a.joinedAt, leftAt: a.leftAt })),
    annotations: records,
    reflections,
    reactions: reactionIndex,
    summary: session.summary,
    blockOrder,
    locale,
    timeZone,
  });
  return { model, status, canEdit: session.leaderId === userId || role === 'owner' || role === 'leader' };
}

/** Reactions per annotation: counted over the group for a long list (one query), else by id in slices. */
async function countReactions(groupId: string, annotationIds: string[]): Promise<Record<string, number>> {
  const wanted = new Set(annotationIds);
  const rows =
    wanted.size > IDS_PER_QUERY
      ? (await db.reaction.groupBy({ by: ['targetId'], where: { groupId, targetType: 'annotation' }, _count: { _all: true } })).filter((r) => wanted.has(r.targetId))
      : await findInChunks(wanted, (slice) => db.reaction.groupBy({ by: ['targetId'], where: { targetId: { in: slice } }, _count: { _all: true } }));
  return Object.fromEntries(rows.map((r) => [r.targetId, r._count._all]));
}

export async function minutesFile(userId: string, sessionId: string, format: 'md' | 'docx', locale: Locale, timeZone?: string): Promise<{ filename: string; contentType: string; body: Buffer | string }> {
  const { model } = await getMinutes(userId, sessionId, locale, timeZone);
  const stem = `学习记录-${sessionId}`;
  if (format === 'md') return { filename: `${stem}.md`, contentType: 'text/markdown; charset=utf-8', body: minutesToMarkdown(model) };
  return { filename: `${stem}.docx`, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', body: await minutesToDocx(model) };
}
