/**
 * Highlights and comments. Every change is written with its event in one transaction and published after commit
 * (../shared/DESIGN.md, rule 1); private annotations are visible to their author alone (rule 3).
 */
import { randomUUID } from 'node:crypto';
import { db, type Tx } from '../db';
import { checkAnchor } from '../domain/anchor';
import { canEditOwn, canSeeAnnotation } from '../domain/permissions';
import type { TCreateAnnotation, TCreateReply, TUpdateAnnotation } from '../validations/annotations';
import { threadInclude, toAnnotationDTO, toReplyDTO, type AnnotationDTO, type ReplyDTO } from './annotation-dto';
import { appendEvent } from './append-event';
import { conflict, forbidden, invalid, isUniqueViolation, notFound } from './errors';
import { publishCommitted, type CommittedEvent } from './event-bus';
import { requireMembership } from './require-membership';
import { isTextOpenToGroup } from './texts';

/** Runs a write and its events in one transaction, then publishes the events once it has committed. */
async function writeWithEvents<T>(work: (tx: Tx, emit: (e: Parameters<typeof appendEvent>[1]) => Promise<void>) => Promise<T>): Promise<T> {
  const events: CommittedEvent[] = [];
  const result = await db.$transaction(async (tx) => {
    const emit = async (e: Parameters<typeof appendEvent>[1]) => {
      events.push(await appendEvent(tx, e));
    };
    return work(tx, emit);
  });
  publishCommitted(events);
  return result;
}

async function loadThread(tx: Tx, id: string) {
  return tx.annotation.findUniqueOrThrow({ where: { id }, include: threadInclude });
}

/** An annotation the viewer may see, in a group they belong to; anything else is "not found". */
async function findVisibleAnnotation(userId: string, id: string) {
  const annotation = await db.annotation.findUnique({ where: { id }, include: threadInclude });
  if (!annotation || !canSeeAnnotation(userId, annotation)) throw notFound('annotation');
  await requireMembership(userId, annotation.groupId).catch(() => {
    throw notFound('annotation');
  });
  return annotation;
}

export async function createAnnotation(userId: string, input: TCreateAnnotation): Promise<{ annotation: AnnotationDTO; created: boolean }> {
  await requireMembership(userId, input.groupId);
  if (input.id) {
    const existing = await db.annotation.findUnique({ where: { id: input.id }, include: threadInclude });
    if (existing) return { annotation: sameCreateOrConflict(existing, userId, input), created: false };
  }
  const block = await db.block.findUnique({ where: { id: input.blockId }, include: { version: { include: { text: true } } } });
  if (!block || !isTextOpenToGroup(block.version.text, input.groupId)) throw invalid('blockId', 'no such passage in a text of this group');
  const anchor = checkAnchor(block.text, { start: input.start, end: input.end }, input.exact);
  if (!anchor.ok) throw invalid(anchor.field, anchor.message);
  const id = input.id ?? randomUUID();
  try {
    const annotation = await writeWithEvents(async (tx, emit) => {
      await tx.annotation.create({
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
        },
      });
      const dto = toAnnotationDTO(await loadThread(tx, id));
      await emit({ groupId: input.groupId, type: 'annotation:created', actorId: userId, isPrivate: input.visibility === 'private', payload: dto });
      return dto;
    });
    return { annotation, created: true };
  } catch (error) {
    // Two retries of one create raced: the first one won, this one returns it.
    if (input.id && isUniqueViolation(error)) {
      const existing = await db.annotation.findUniqueOrThrow({ where: { id: input.id }, include: threadInclude });
      return { annotation: sameCreateOrConflict(existing, userId, input), created: false };
    }
    throw error;
  }
}

/** A repeated create with the same id by the same author is the same annotation; anyone else's id is a clash. */
function sameCreateOrConflict(existing: Parameters<typeof toAnnotationDTO>[0], userId: string, input: TCreateAnnotation): AnnotationDTO {
  if (existing.authorId !== userId || existing.groupId !== input.groupId) throw conflict('this id is already in use');
  return toAnnotationDTO(existing);
}

/** A group's annotations on a text (every version), as the viewer may see them. */
export async function listAnnotations(userId: string, groupId: string, textId: string): Promise<AnnotationDTO[]> {
  await requireMembership(userId, groupId);
  const rows = await db.annotation.findMany({
    where: { groupId, textId, OR: [{ visibility: 'group' }, { authorId: userId }] },
    include: threadInclude,
    orderBy: { createdAt: 'asc' },
  });
  // A deleted annotation stays only as long as its thread has live replies to hold.
  return rows.filter((a) => !a.deletedAt || a.comments.some((c) => !c.deletedAt)).map(toAnnotationDTO);
}

export async function getAnnotation(userId: string, id: string): Promise<AnnotationDTO> {
  return toAnnotationDTO(await findVisibleAnnotation(userId, id));
}

export async function updateAnnotation(userId: string, id: string, input: TUpdateAnnotation): Promise<AnnotationDTO> {
  const annotation = await findVisibleAnnotation(userId, id);
  if (annotation.deletedAt) throw notFound('annotation');
  if (!canEditOwn(userId, annotation)) throw forbidden('only the author can edit this annotation');
  return writeWithEvents(async (tx, emit) => {
    await tx.annotation.update({
      where: { id },
      data: { ...input, ...(input.note !== undefined && input.note !== annotation.note ? { editedAt: new Date() } : {}) },
    });
    const dto = toAnnotationDTO(await loadThread(tx, id));
    // Turning a group annotation private must reach the group too, so they can take it off their pages.
    const becamePrivate = annotation.visibility === 'group' && dto.visibility === 'private';
    await emit({
      groupId: annotation.groupId,
      type: becamePrivate ? 'annotation:deleted' : 'annotation:updated',
      actorId: userId,
      isPrivate: dto.visibility === 'private' && !becamePrivate,
      payload: becamePrivate ? { id } : dto,
    });
    if (becamePrivate) await emit({ groupId: annotation.groupId, type: 'annotation:updated', actorId: userId, isPrivate: true, payload: dto });
    return dto;
  });
}

/** Deletion is a mark (rule 6): the row stays, the thread stays as a placeholder while it has replies. */
export async function deleteAnnotation(userId: string, id: string): Promise<void> {
  const annotation = await findVisibleAnnotation(userId, id);
  if (annotation.deletedAt) return;
  if (!canEditOwn(userId, annotation)) throw forbidden('only the author can delete this annotation');
  await writeWithEvents(async (tx, emit) => {
    await tx.annotation.update({ where: { id }, data: { deletedAt: new Date() } });
    const dto = toAnnotationDTO(await loadThread(tx, id));
    await emit({ groupId: annotation.groupId, type: 'annotation:deleted', actorId: userId, isPrivate: annotation.visibility === 'private', payload: dto });
  });
}

export async function createReply(userId: string, annotationId: string, input: TCreateReply): Promise<{ reply: ReplyDTO; created: boolean }> {
  const annotation = await findVisibleAnnotation(userId, annotationId);
  if (annotation.deletedAt) throw notFound('annotation');
  if (input.id) {
    const existing = await db.comment.findUnique({ where: { id: input.id }, include: { author: { select: { id: true, name: true } } } });
    if (existing) {
      if (existing.authorId !== userId || existing.annotationId !== annotationId) throw conflict('this id is already in use');
      return { reply: toReplyDTO(existing), created: false };
    }
  }
  if (input.parentId && !annotation.comments.some((c) => c.id === input.parentId)) throw invalid('parentId', 'no such reply in this thread');
  const id = input.id ?? randomUUID();
  const reply = await writeWithEvents(async (tx, emit) => {
    const row = await tx.comment.create({
      data: { id, groupId: annotation.groupId, annotationId, parentId: input.parentId ?? null, authorId: userId, body: input.body },
      include: { author: { select: { id: true, name: true } } },
    });
    const dto = toReplyDTO(row);
    await emit({ groupId: annotation.groupId, type: 'reply:created', actorId: userId, isPrivate: annotation.visibility === 'private', payload: dto });
    return dto;
  });
  return { reply, created: true };
}

async function findOwnReply(userId: string, annotationId: string, replyId: string) {
  const annotation = await findVisibleAnnotation(userId, annotationId);
  const reply = annotation.comments.find((c) => c.id === replyId);
  if (!reply || reply.deletedAt) throw notFound('reply');
  if (!canEditOwn(userId, reply)) throw forbidden('only the author can change this reply');
  return { annotation, reply };
}

export async function updateReply(userId: string, annotationId: string, replyId: string, body: string): Promise<ReplyDTO> {
  const { annotation } = await findOwnReply(userId, annotationId, replyId);
  return writeWithEvents(async (tx, emit) => {
    const row = await tx.comment.update({ where: { id: replyId }, data: { body, editedAt: new Date() }, include: { author: { select: { id: true, name: true } } } });
    const dto = toReplyDTO(row);
    await emit({ groupId: annotation.groupId, type: 'reply:updated', actorId: userId, isPrivate: annotation.visibility === 'private', payload: dto });
    return dto;
  });
}

export async function deleteReply(userId: string, annotationId: string, replyId: string): Promise<void> {
  const { annotation } = await findOwnReply(userId, annotationId, replyId);
  await writeWithEvents(async (tx, emit) => {
    const row = await tx.comment.update({ where: { id: replyId }, data: { deletedAt: new Date() }, include: { author: { select: { id: true, name: true } } } });
    await emit({ groupId: annotation.groupId, type: 'reply:deleted', actorId: userId, isPrivate: annotation.visibility === 'private', payload: toReplyDTO(row) });
  });
}
