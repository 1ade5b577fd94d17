/**
 * Highlights and comments. Every change is written with its event in one transaction and published after commit
 * (../shared/DESIGN.md, rule 1); private annotations are visible to their author alone (rule 3); leaders may pin,
 * resolve and hide; a hidden item disappears for members and stays, marked, for leaders.
 */
import { randomUUID } from 'node:crypto';
import { db, type Tx } from '../db';
import { checkAnchor } from '../domain/anchor';
import { findMentions } from '../domain/mentions';
import { canEditOwn, canLead, canSeeAnnotation, type Role } from '../domain/permissions';
import type { TCreateAnnotation, TCreateReply, TUpdateAnnotation } from '../validations/annotations';
import {
  loadReactions,
  threadInclude,
  threadTargetIds,
  toAnnotationDTO,
  toReplyDTO,
  type AnnotationDTO,
  type AnnotationWithThread,
  type ReplyDTO,
} from './annotation-dto';
import { conflict, forbidden, invalid, isUniqueViolation, notFound } from './errors';
import { requireMembership } from './require-membership';
import { indexAnnotation, indexComment } from './search-index';
import { isTextOpenToGroup } from './texts';
import { writeWithEvents, type WriteContext } from './write-with-events';

const authorSelect = { author: { select: { id: true, name: true } } } as const;

async function threadDTO(client: Tx, id: string, isLeader = true): Promise<AnnotationDTO> {
  const row = await client.annotation.findUniqueOrThrow({ where: { id }, include: threadInclude });
  return toAnnotationDTO(row, await loadReactions(client, threadTargetIds(row)), { isLeader });
}

/** The session an event belongs to: the annotation's own session while it is live, else none. */
export async function liveSessionId(client: Tx, sessionId: string | null | undefined): Promise<string | null> {
  if (!sessionId) return null;
  const session = await client.studySession.findUnique({ where: { id: sessionId }, select: { startedAt: true, endedAt: true } });
  return session?.startedAt && !session.endedAt ? sessionId : null;
}

/** An annotation the viewer may see, in a group they belong to; anything else is "not found". */
async function findVisibleAnnotation(userId: string, id: string): Promise<{ annotation: AnnotationWithThread; role: Role }> {
  const annotation = await db.annotation.findUnique({ where: { id }, include: threadInclude });
  if (!annotation || !canSeeAnnotation(userId, annotation)) throw notFound('annotation');
  const role = await requireMembership(userId, annotation.groupId).catch(() => {
    throw notFound('annotation');
  });
  if (annotation.hiddenAt && !canLead(role) && annotation.authorId !== userId) throw notFound('annotation');
  return { annotation, role };
}

/** Notifies members mentioned in a group-visible text (never for private writing, which no one else may see). */
async function notifyMentions(ctx: WriteContext, groupId: string, actor: { id: string }, body: string, about: Record<string, unknown>) {
  if (!body.includes('@')) return;
  const members = await ctx.tx.membership.findMany({ where: { groupId }, include: { user: { select: { id: true, name: true } } } });
  const actorName = members.find((m) => m.userId === actor.id)?.user.name ?? '';
  for (const mentioned of findMentions(body, members.map((m) => m.user))) {
    if (mentioned.id === actor.id) continue;
    await ctx.notify({ userId: mentioned.id, groupId, type: 'mention', payload: { ...about, by: { id: actor.id, name: actorName }, excerpt: Array.from(body).slice(0, 80).join('') } });
  }
}

export async function createAnnotation(userId: string, input: TCreateAnnotation): Promise<{ annotation: AnnotationDTO; created: boolean }> {
  await requireMembership(userId, input.groupId);
  if (input.id) {
    const existing = await db.annotation.findUnique({ where: { id: input.id }, include: threadInclude });
    if (existing) return { annotation: await sameCreateOrConflict(existing, userId, input), created: false };
  }
  const block = await db.block.findUnique({ where: { id: input.blockId }, include: { version: { include: { text: true } } } });
  if (!block || !isTextOpenToGroup(block.version.text, input.groupId)) throw invalid('blockId', 'no such passage in a text of this group');
  const anchor = checkAnchor(block.text, { start: input.start, end: input.end }, input.exact);
  if (!anchor.ok) throw invalid(anchor.field, anchor.message);
  if (input.sessionId) {
    const session = await db.studySession.findUnique({ where: { id: input.sessionId } });
    if (!session || session.groupId !== input.groupId || session.textId !== block.version.textId) throw invalid('sessionId', 'no such session on this text in this group');
    if (!session.startedAt || session.endedAt) throw invalid('sessionId', 'the session is not live');
  }
  const id = input.id ?? randomUUID();
  try {
    const annotation = await writeWithEvents(async (ctx) => {
      await ctx.tx.annotation.create({
        data: {
          id,
          groupId: input.groupId,
          textId: block.version.textId,
          versionId: block.versionId,
          blockId: block.id,
          authorId: userId,
          start: input.start,
          end: input.end,
          ...anchor.quote,
          kind: input.kind,
          note: input.note,
          visibility: input.visibility,
          sessionId: input.sessionId ?? null,
        },
      });
      await indexAnnotation(ctx.tx, id);
      const dto = await threadDTO(ctx.tx, id);
      const isPrivate = input.visibility === 'private';
      await ctx.emit({ groupId: input.groupId, sessionId: input.sessionId, type: 'annotation:created', actorId: userId, isPrivate, payload: dto });
      if (!isPrivate) await notifyMentions(ctx, input.groupId, { id: userId }, input.note, { annotationId: id, sessionId: input.sessionId ?? null, textId: dto.textId });
      return dto;
    });
    return { annotation, created: true };
  } catch (error) {
    // Two retries of one create raced: the first one won, this one returns it.
    if (input.id && isUniqueViolation(error)) {
      const existing = await db.annotation.findUniqueOrThrow({ where: { id: input.id }, include: threadInclude });
      return { annotation: await sameCreateOrConflict(existing, userId, input), created: false };
    }
    throw error;
  }
}

/** A repeated create with the same id by the same author is the same annotation; anyone else's id is a clash. */
async function sameCreateOrConflict(existing: AnnotationWithThread, userId: string, input: TCreateAnnotation): Promise<AnnotationDTO> {
  if (existing.authorId !== userId || existing.groupId !== input.groupId) throw conflict('this id is already in use');
  return toAnnotationDTO(existing, await loadReactions(db, threadTargetIds(existing)));
}

/** Which annotations of a group a viewer may list: group-visible and their own; hidden ones only for leaders. */
export function visibleAnnotationsWhere(userId: string, role: Role) {
  return {
    OR: [{ visibility: 'group' }, { authorId: userId }],
    ...(canLead(role) ? {} : { AND: [{ OR: [{ hiddenAt: null }, { authorId: userId }] }] }),
  };
}

/** A group's annotations on a text (every version), as the viewer may see them. */
export async function listAnnotations(userId: string, groupId: string, textId: string, opts: { sessionId?: string } = {}): Promise<AnnotationDTO[]> {
  const role = await requireMembership(userId, groupId);
  const rows = await db.annotation.findMany({
    where: { groupId, textId, ...(opts.sessionId ? { sessionId: opts.sessionId } : {}), ...visibleAnnotationsWhere(userId, role) },
    include: threadInclude,
    orderBy: { createdAt: 'asc' },
  });
  const reactions = await loadReactions(db, rows.flatMap(threadTargetIds));
  // A deleted annotation stays only as long as its thread has live replies to hold.
  return rows
    .filter((a) => !a.deletedAt || a.comments.some((c) => !c.deletedAt))
    .map((a) => toAnnotationDTO(a, reactions, { isLeader: canLead(role) }));
}

export async function getAnnotation(userId: string, id: string): Promise<AnnotationDTO> {
  const { annotation, role } = await findVisibleAnnotation(userId, id);
  return toAnnotationDTO(annotation, await loadReactions(db, threadTargetIds(annotation)), { isLeader: canLead(role) });
}

export async function updateAnnotation(userId: string, id: string, input: TUpdateAnnotation): Promise<AnnotationDTO> {
  const { annotation } = await findVisibleAnnotation(userId, id);
  if (annotation.deletedAt) throw notFound('annotation');
  if (!canEditOwn(userId, annotation)) throw forbidden('only the author can edit this annotation');
  return writeWithEvents(async (ctx) => {
    await ctx.tx.annotation.update({
      where: { id },
      data: { ...input, ...(input.note !== undefined && input.note !== annotation.note ? { editedAt: new Date() } : {}) },
    });
    await indexAnnotation(ctx.tx, id);
    const dto = await threadDTO(ctx.tx, id);
    const sessionId = await liveSessionId(ctx.tx, annotation.sessionId);
    const base = { groupId: annotation.groupId, sessionId, actorId: userId };
    if (annotation.visibility === 'group' && dto.visibility === 'private') {
      // Turned private: the group is told to take it off their pages; the author alone gets the new state.
      await ctx.emit({ ...base, type: 'annotation:removed', payload: { id } });
      await ctx.emit({ ...base, type: 'annotation:updated', isPrivate: true, payload: dto });
    } else {
      await ctx.emit({ ...base, type: 'annotation:updated', isPrivate: dto.visibility === 'private', payload: dto });
    }
    if (dto.visibility === 'group' && input.note && input.note !== annotation.note) {
      await notifyMentions(ctx, annotation.groupId, { id: userId }, input.note, { annotationId: id, sessionId, textId: dto.textId });
    }
    return dto;
  });
}

/** Deletion is a mark (rule 6): the row stays, the thread stays as a placeholder while it has replies. */
export async function deleteAnnotation(userId: string, id: string): Promise<void> {
  const { annotation } = await findVisibleAnnotation(userId, id);
  if (annotation.deletedAt) return;
  if (!canEditOwn(userId, annotation)) throw forbidden('only the author can delete this annotation');
  await writeWithEvents(async (ctx) => {
    await ctx.tx.annotation.update({ where: { id }, data: { deletedAt: new Date() } });
    await indexAnnotation(ctx.tx, id);
    for (const c of annotation.comments) await indexComment(ctx.tx, c.id);
    const dto = await threadDTO(ctx.tx, id);
    const sessionId = await liveSessionId(ctx.tx, annotation.sessionId);
    await ctx.emit({ groupId: annotation.groupId, sessionId, type: 'annotation:deleted', actorId: userId, isPrivate: annotation.visibility === 'private', payload: dto });
  });
}

/** The author or a leader marks a thread resolved (or reopens it). */
export async function resolveAnnotation(userId: string, id: string, resolved: boolean): Promise<AnnotationDTO> {
  const { annotation, role } = await findVisibleAnnotation(userId, id);
  if (annotation.deletedAt) throw notFound('annotation');
  if (annotation.authorId !== userId && !canLead(role)) throw forbidden('only the author or a leader can resolve a thread');
  return writeWithEvents(async (ctx) => {
    await ctx.tx.annotation.update({ where: { id }, data: resolved ? { resolvedAt: new Date(), resolvedById: userId } : { resolvedAt: null, resolvedById: null } });
    const dto = await threadDTO(ctx.tx, id);
    const sessionId = await liveSessionId(ctx.tx, annotation.sessionId);
    await ctx.emit({ groupId: annotation.groupId, sessionId, type: resolved ? 'annotation:resolved' : 'annotation:reopened', actorId: userId, isPrivate: annotation.visibility === 'private', payload: dto });
    return dto;
  });
}

/** A leader pins a thread to the top of the discussion (or unpins it). */
export async function pinAnnotation(userId: string, id: string, pinned: boolean): Promise<AnnotationDTO> {
  const { annotation, role } = await findVisibleAnnotation(userId, id);
  if (!canLead(role)) throw forbidden('only leaders can pin threads');
  if (annotation.visibility === 'private' || annotation.deletedAt) throw notFound('annotation');
  return writeWithEvents(async (ctx) => {
    await ctx.tx.annotation.update({ where: { id }, data: { pinnedAt: pinned ? new Date() : null } });
    const dto = await threadDTO(ctx.tx, id);
    await ctx.emit({ groupId: annotation.groupId, sessionId: await liveSessionId(ctx.tx, annotation.sessionId), type: pinned ? 'annotation:pinned' : 'annotation:unpinned', actorId: userId, payload: dto });
    return dto;
  });
}

/**
 * A leader hides an improper annotation (or shows it again). Members are sent only its id, so the hidden words
 * never reach them; leaders already have it and mark it.
 */
export async function hideAnnotation(userId: string, id: string, hidden: boolean): Promise<void> {
  const { annotation, role } = await findVisibleAnnotation(userId, id);
  if (!canLead(role)) throw forbidden('only leaders can hide comments');
  if (annotation.visibility === 'private') throw notFound('annotation');
  await writeWithEvents(async (ctx) => {
    await ctx.tx.annotation.update({ where: { id }, data: hidden ? { hiddenAt: new Date(), hiddenById: userId } : { hiddenAt: null, hiddenById: null } });
    await indexAnnotation(ctx.tx, id);
    const sessionId = await liveSessionId(ctx.tx, annotation.sessionId);
    const payload = hidden ? { id, hidden: true } : await threadDTO(ctx.tx, id, false);
    await ctx.emit({ groupId: annotation.groupId, sessionId, type: hidden ? 'annotation:hidden' : 'annotation:unhidden', actorId: userId, payload });
  });
}

export async function createReply(userId: string, annotationId: string, input: TCreateReply): Promise<{ reply: ReplyDTO; created: boolean }> {
  const { annotation } = await findVisibleAnnotation(userId, annotationId);
  if (annotation.deletedAt) throw notFound('annotation');
  if (input.id) {
    const existing = await db.comment.findUnique({ where: { id: input.id }, include: authorSelect });
    if (existing) {
      if (existing.authorId !== userId || existing.annotationId !== annotationId) throw conflict('this id is already in use');
      return { reply: toReplyDTO(existing), created: false };
    }
  }
  if (input.parentId && !annotation.comments.some((c) => c.id === input.parentId)) throw invalid('parentId', 'no such reply in this thread');
  const id = input.id ?? randomUUID();
  const reply = await writeWithEvents(async (ctx) => {
    const sessionId = await liveSessionId(ctx.tx, annotation.sessionId);
    const row = await ctx.tx.comment.create({
      data: { id, groupId: annotation.groupId, annotationId, sessionId: annotation.sessionId, parentId: input.parentId ?? null, authorId: userId, body: input.body },
      include: authorSelect,
    });
    await indexComment(ctx.tx, id);
    const dto = toReplyDTO(row);
    const isPrivate = annotation.visibility === 'private';
    await ctx.emit({ groupId: annotation.groupId, sessionId, type: 'reply:created', actorId: userId, isPrivate, payload: dto });
    if (!isPrivate) {
      const about = { annotationId, commentId: id, sessionId, textId: annotation.textId };
      await notifyMentions(ctx, annotation.groupId, { id: userId }, input.body, about);
      if (annotation.authorId !== userId) {
        await ctx.notify({ userId: annotation.authorId, groupId: annotation.groupId, type: 'reply', payload: { ...about, by: row.author, excerpt: Array.from(input.body).slice(0, 80).join('') } });
      }
    }
    return dto;
  });
  return { reply, created: true };
}

async function findThreadReply(userId: string, annotationId: string, replyId: string) {
  const { annotation, role } = await findVisibleAnnotation(userId, annotationId);
  const reply = annotation.comments.find((c) => c.id === replyId);
  if (!reply || reply.deletedAt) throw notFound('reply');
  return { annotation, reply, role };
}

export async function updateReply(userId: string, annotationId: string, replyId: string, body: string): Promise<ReplyDTO> {
  const { annotation, reply } = await findThreadReply(userId, annotationId, replyId);
  if (!canEditOwn(userId, reply)) throw forbidden('only the author can change this reply');
  return writeWithEvents(async (ctx) => {
    const row = await ctx.tx.comment.update({ where: { id: replyId }, data: { body, editedAt: new Date() }, include: authorSelect });
    await indexComment(ctx.tx, replyId);
    const dto = toReplyDTO(row, await loadReactions(ctx.tx, [replyId]));
    await ctx.emit({ groupId: annotation.groupId, sessionId: await liveSessionId(ctx.tx, annotation.sessionId), type: 'reply:updated', actorId: userId, isPrivate: annotation.visibility === 'private', payload: dto });
    return dto;
  });
}

export async function deleteReply(userId: string, annotationId: string, replyId: string): Promise<void> {
  const { annotation, reply } = await findThreadReply(userId, annotationId, replyId);
  if (!canEditOwn(userId, reply)) throw forbidden('only the author can delete this reply');
  await writeWithEvents(async (ctx) => {
    const row = await ctx.tx.comment.update({ where: { id: replyId }, data: { deletedAt: new Date() }, include: authorSelect });
    await indexComment(ctx.tx, replyId);
    await ctx.emit({ groupId: annotation.groupId, sessionId: await liveSessionId(ctx.tx, annotation.sessionId), type: 'reply:deleted', actorId: userId, isPrivate: annotation.visibility === 'private', payload: toReplyDTO(row) });
  });
}

/** A leader hides an improper reply (or shows it again); members receive only that it was hidden. */
export async function hideReply(userId: string, annotationId: string, replyId: string, hidden: boolean): Promise<void> {
  const { annotation, role } = await findThreadReply(userId, annotationId, replyId);
  if (!canLead(role)) throw forbidden('only leaders can hide comments');
  await writeWithEvents(async (ctx) => {
    const row = await ctx.tx.comment.update({ where: { id: replyId }, data: hidden ? { hiddenAt: new Date(), hiddenById: userId } : { hiddenAt: null, hiddenById: null }, include: authorSelect });
    await indexComment(ctx.tx, replyId);
    const payload = hidden ? { id: replyId, annotationId, hidden: true } : toReplyDTO(row, await loadReactions(ctx.tx, [replyId]));
    await ctx.emit({ groupId: annotation.groupId, sessionId: await liveSessionId(ctx.tx, annotation.sessionId), type: hidden ? 'reply:hidden' : 'reply:unhidden', actorId: userId, payload });
  });
}
