/**
 * Highlights and comments. Every change is written with its event in one transaction and published after commit
 * (../shared/DESIGN.md, rule 1); private annotations are visible to their author alone (rule 3); leaders may pin,
 * resolve and hide; a hidden item disappears for members and stays, marked, for leaders.
 */
import { db, type Tx } from '../db';
import { Prisma, type Annotation, type Comment } from '../db/generated/sqlite/client';
import { checkAnchor } from '../domain/anchor';
import { findMentions } from '../domain/mentions';
import { canEditOwn, canLead, type Role } from '../domain/permissions';
import { canSeeAnnotationOf, keepsPlaceholder, viewAnnotation, viewReply, type Viewer } from '../domain/visibility';
import type { TCreateAnnotation, TCreateReply, TListAnnotationPage, TListAnnotationsElsewhere, TUpdateAnnotation } from '../validations/annotations';
import {
  loadReactions,
  loggedAnnotation,
  loggedReply,
  threadInclude,
  threadTargetIds,
  toAnnotationDTO,
  type AnnotationDTO,
  type AnnotationWithThread,
  type ReplyDTO,
} from './annotation-dto';
import { lockGroupFirst } from './append-event';
import { createOnce } from './create-once';
import { forbidden, invalid, notFound } from './errors';
import { requireMembership, viewerIn } from './require-membership';
import { findBlock, findGroupOf, findSessionState, findUserName } from './cached-lookups';
import { indexAnnotation, indexComment, indexNewAnnotation, indexNewComment } from './search-index';
import { isTextOpenToGroup } from './texts';
import { rowsPerInsert, writeWithEvents, type LaterInsert, type WriteContext } from './write-with-events';

const authorSelect = { author: { select: { id: true, name: true } } } as const;

/**
 * New annotations and replies are inserted with the rest of their batch, one statement for all of them
 * (write-with-events.ts, insertLater): each ORM call costs the same ~0.3–0.8 ms of JavaScript whatever it inserts.
 * Annotations go in as portable raw SQL, a third of the model call (a lone create's createMany was ~1.0 ms of its
 * ~5 ms, the raw INSERT ~0.3 ms): the adapters encode a Date as the model API does on each engine; a taken id
 * fails as P2010 UniqueConstraintViolation, which isUniqueViolation recognises like P2002.
 */
type NewAnnotation = Pick<Annotation, 'id' | 'groupId' | 'textId' | 'versionId' | 'blockId' | 'authorId' | 'start' | 'end' | 'exact' | 'prefix' | 'suffix' | 'kind' | 'note' | 'visibility' | 'sessionId' | 'createdAt' | 'updatedAt'>;
const newAnnotations: LaterInsert<NewAnnotation> = {
  name: 'annotation',
  insert: async (tx, rows) => {
    for (let i = 0; i < rows.length; i += ANNOTATIONS_PER_INSERT) {
      const values = rows
        .slice(i, i + ANNOTATIONS_PER_INSERT)
        .map((a) => Prisma.sql`(${a.id}, ${a.groupId}, ${a.textId}, ${a.versionId}, ${a.blockId}, ${a.authorId}, ${a.start}, ${a.end}, ${a.exact}, ${a.prefix}, ${a.suffix}, ${a.kind}, ${a.note}, ${a.visibility}, 'anchored', ${a.sessionId}, ${a.createdAt}, ${a.updatedAt})`);
      await tx.$executeRaw`INSERT INTO "Annotation" ("id", "groupId", "textId", "versionId", "blockId", "authorId", "start", "end", "exact", "prefix", "suffix", "kind", "note", "visibility", "status", "sessionId", "createdAt", "updatedAt") VALUES ${Prisma.join(values)}`;
    }
  },
};
/** The 17 values of a new annotation (createAnnotation). */
const ANNOTATIONS_PER_INSERT = rowsPerInsert(17);

/** Replies the same way (raw, a taken id failing as P2010). */
type NewComment = Pick<Comment, 'id' | 'groupId' | 'annotationId' | 'sessionId' | 'parentId' | 'authorId' | 'body' | 'createdAt'>;
const newComments: LaterInsert<NewComment> = {
  name: 'comment',
  insert: async (tx, rows) => {
    for (let i = 0; i < rows.length; i += COMMENTS_PER_INSERT) {
      const values = rows.slice(i, i + COMMENTS_PER_INSERT).map((c) => Prisma.sql`(${c.id}, ${c.groupId}, ${c.annotationId}, ${c.sessionId}, ${c.parentId}, ${c.authorId}, ${c.body}, ${c.createdAt})`);
      await tx.$executeRaw`INSERT INTO "Comment" ("id", "groupId", "annotationId", "sessionId", "parentId", "authorId", "body", "createdAt") VALUES ${Prisma.join(values)}`;
    }
  },
};
/** The 8 values of a new reply (createReply). */
const COMMENTS_PER_INSERT = rowsPerInsert(8);

/** The annotation's full record as the event log stores it; every reader views it through the visibility rule. */
async function loggedThread(client: Tx, id: string): Promise<AnnotationDTO> {
  const row = await client.annotation.findUniqueOrThrow({ where: { id }, include: threadInclude });
  return loggedAnnotation(row, await loadReactions(client, threadTargetIds(row)));
}

/** What the writer gets back: the thread as they may see it (they can, or the write would have been refused). */
function asSeenBy(viewer: Viewer, logged: AnnotationDTO): AnnotationDTO {
  const seen = viewAnnotation(viewer, logged);
  if (!seen) throw notFound('annotation');
  return seen;
}

/** The session an event belongs to: the annotation's own session while it is live, else none. */
export async function liveSessionId(sessionId: string | null | undefined): Promise<string | null> {
  if (!sessionId) return null;
  return (await findSessionState(sessionId))?.isLive ? sessionId : null;
}

/**
 * Inside a write: whether the session is live, asked with a conditional write on its row rather than a read (or
 * the per-process cache), so that the answer holds until commit — on PostgreSQL the write waits for a concurrent
 * end of the session and then checks again; on SQLite writes are serial. So nothing lands in a session after it
 * ended. The group's row is locked first, the one lock order of every write (lockGroupFirst): locking the session
 * first would deadlock with an end of the session, which holds the group and waits for the session.
 */
export async function isSessionLiveForWrite(client: Tx, groupId: string, sessionId: string): Promise<boolean> {
  await lockGroupFirst(client, groupId);
  const { count } = await client.studySession.updateMany({ where: { id: sessionId, startedAt: { not: null }, endedAt: null }, data: { lastSeq: { increment: 0 } } });
  return count === 1;
}

/** An annotation the viewer may see, in a group they belong to; anything else is "not found". */
async function findVisibleAnnotation(userId: string, id: string): Promise<{ annotation: AnnotationWithThread; role: Role; viewer: Viewer }> {
  return visibleTo(userId, await db.annotation.findUnique({ where: { id }, include: threadInclude }));
}

async function visibleTo<A extends Annotation>(userId: string, annotation: A | null): Promise<{ annotation: A; role: Role; viewer: Viewer }> {
  if (!annotation) throw notFound('annotation');
  const viewer = await viewerIn(userId, annotation.groupId);
  if (!viewer.role || !canSeeAnnotationOf(viewer, { ...annotation, hidden: annotation.hiddenAt !== null })) throw notFound('annotation');
  return { annotation, role: viewer.role, viewer };
}

/** Whether the caller may see a comment (reply or reflection) at all: its group, its thread, its hiding. */
export async function canSeeComment(userId: string, c: { groupId: string; authorId: string; hiddenAt: Date | null; annotation: { authorId: string; visibility: string; hiddenAt: Date | null } | null }) {
  const viewer = await viewerIn(userId, c.groupId);
  if (!viewer.role) return false;
  if (c.annotation) return canSeeAnnotationOf(viewer, { ...c.annotation, hidden: c.annotation.hiddenAt !== null });
  return !c.hiddenAt || canLead(viewer.role) || c.authorId === userId;
}

/** A comment by id as a repeated create needs it: with what decides who may see it (see createOnce). */
export const findCommentForCreate = (id: string) =>
  db.comment.findUnique({ where: { id }, include: { ...authorSelect, annotation: { select: { authorId: true, visibility: true, hiddenAt: true } } } });

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

/**
 * Creates an annotation. The checks read what never or rarely changes from per-process caches; the transaction
 * writes the row (no read before: a client-chosen id that is taken fails on the key, and is answered from the row
 * that holds it), its search entry and its event, whose payload is built from what was just written — a new
 * annotation has no replies and no reactions — instead of reading the row back.
 */
export async function createAnnotation(userId: string, input: TCreateAnnotation): Promise<{ annotation: AnnotationDTO; created: boolean }> {
  const viewer = { userId, role: await requireMembership(userId, input.groupId) };
  // A taken id answers from the row that holds it: the same create again gets it back, anyone else a clash — or
  // "not found" if they may not see it, so a collision never confirms that a private or foreign item exists.
  const { value, created } = await createOnce({
    id: input.id,
    what: 'annotation',
    find: (id) => db.annotation.findUnique({ where: { id }, include: threadInclude }),
    mayView: async (a) => canSeeAnnotationOf(await viewerIn(userId, a.groupId), { ...a, hidden: a.hiddenAt !== null }),
    isSameCreate: (a) => a.authorId === userId && a.groupId === input.groupId,
    present: async (a) => asSeenBy(viewer, loggedAnnotation(a, await loadReactions(db, threadTargetIds(a)))),
    create: (id) => insertAnnotation(viewer, input, id),
  });
  return { annotation: value, created };
}

async function insertAnnotation(viewer: Viewer, input: TCreateAnnotation, id: string): Promise<AnnotationDTO> {
  const userId = viewer.userId;
  const block = await findBlock(input.blockId);
  if (!block || !isTextOpenToGroup(block, input.groupId)) throw invalid('blockId', 'no such passage in a text of this group');
  const anchor = checkAnchor(block.text, { start: input.start, end: input.end }, input.exact);
  if (!anchor.ok) throw invalid(anchor.field, anchor.message);
  if (input.sessionId) {
    const session = await findSessionState(input.sessionId);
    if (!session || session.groupId !== input.groupId || session.textId !== block.textId) throw invalid('sessionId', 'no such session on this text in this group');
    if (!session.isLive) throw invalid('sessionId', 'the session is not live');
  }
  const author = { id: userId, name: (await findUserName(userId)) ?? '' };
  return writeWithEvents(async (ctx) => {
    // The event's numbers first (the group's row, then the session's: the one lock order), the session's only if
    // it is live: checked in the write itself (the cache above may be seconds old), so an ended session takes no
    // more annotations, at no statement of its own.
    const taken = await ctx.takeSequence(input.groupId, input.sessionId ? { id: input.sessionId, onlyIfLive: true } : undefined);
    if (input.sessionId && taken.sessionSeq === null) throw invalid('sessionId', 'the session is not live');
    const now = new Date();
    const written = {
      id,
      groupId: input.groupId,
      textId: block.textId,
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
      createdAt: now,
      updatedAt: now,
    };
    // Inserted with the batch's other annotations; a taken id fails there (and the batch finds whose it was).
    ctx.insertLater(newAnnotations, written);
    const row: Annotation = { ...written, status: 'anchored', editedAt: null, deletedAt: null, resolvedAt: null, resolvedById: null, pinnedAt: null, hiddenAt: null, hiddenById: null, previousAnchor: null, originalAuthor: null };
    indexNewAnnotation(ctx, row);
    const dto = loggedAnnotation({ ...row, author, comments: [] }, new Map());
    const isPrivate = input.visibility === 'private';
    await ctx.emit({ groupId: input.groupId, sessionId: input.sessionId, type: 'annotation:created', actorId: userId, isPrivate, payload: dto, current: { thread: dto } }, taken);
    if (!isPrivate) await notifyMentions(ctx, input.groupId, { id: userId }, input.note, { annotationId: id, sessionId: input.sessionId ?? null, textId: dto.textId });
    return asSeenBy(viewer, dto);
  }, { groupId: input.groupId });
}

/** Which annotations of a group a viewer may list: group-visible and their own; hidden ones only for leaders. */
export function visibleAnnotationsWhere(userId: string, role: Role) {
  return {
    OR: [{ visibility: 'group' }, { authorId: userId }],
    ...(canLead(role) ? {} : { AND: [{ OR: [{ hiddenAt: null }, { authorId: userId }] }] }),
  };
}

/**
 * A group's annotations on a text (every version), as the viewer may see them; with `status: 'orphaned'` only those a
 * revision could not place.
 */
export async function listAnnotations(userId: string, groupId: string, textId: string, opts: { sessionId?: string; status?: 'orphaned' } = {}): Promise<AnnotationDTO[]> {
  const role = await requireMembership(userId, groupId);
  const rows = await db.annotation.findMany({
    where: { groupId, textId, ...(opts.sessionId ? { sessionId: opts.sessionId } : {}), ...(opts.status ? { status: opts.status } : {}), ...visibleAnnotationsWhere(userId, role) },
    include: threadInclude,
    orderBy: { createdAt: 'asc' },
  });
  const reactions = await loadReactions(db, rows.flatMap(threadTargetIds));
  return viewThreads({ userId, role }, rows, reactions);
}

/**
 * One page of the threads on a range of blocks of one version, in a stable order (creation, then id), through the
 * same visibility rule as the whole list. `next` is the cursor of the following page, null on the last one; it is
 * the last row read, not the last one returned, so threads the viewer may not see never stall the paging.
 */
export async function listAnnotationPage(userId: string, input: TListAnnotationPage): Promise<AnnotationPage> {
  return readPage(userId, input, { block: { versionId: input.versionId, ordinal: { gte: input.from, lte: input.to } } });
}

/**
 * One page of the threads placed in another version than `notInVersion` (orphans excepted: they have their own
 * list), same order, cursor and visibility rule as a block range: what a session pinned to an older version lists
 * as not in its version once a revision has moved them.
 */
export async function listAnnotationsElsewhere(userId: string, input: TListAnnotationsElsewhere): Promise<AnnotationPage> {
  return readPage(userId, input, { status: { not: 'orphaned' }, block: { versionId: { not: input.notInVersion } } });
}

type AnnotationPage = { annotations: AnnotationDTO[]; next: string | null };

async function readPage(
  userId: string,
  input: { groupId: string; textId: string; sessionId?: string; after?: string; limit: number },
  placed: { status?: { not: string }; block: { versionId: string | { not: string }; ordinal?: { gte: number; lte: number } } },
): Promise<AnnotationPage> {
  const role = await requireMembership(userId, input.groupId);
  const rows = await db.annotation.findMany({
    where: {
      groupId: input.groupId,
      textId: input.textId,
      ...(input.sessionId ? { sessionId: input.sessionId } : {}),
      ...placed,
      ...visibleAnnotationsWhere(userId, role),
    },
    include: threadInclude,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    ...(input.after ? { cursor: { id: input.after }, skip: 1 } : {}),
    take: input.limit + 1,
  });
  const hasMore = rows.length > input.limit;
  const page = hasMore ? rows.slice(0, input.limit) : rows;
  const reactions = await loadReactions(db, page.flatMap(threadTargetIds));
  return { annotations: viewThreads({ userId, role }, page, reactions), next: hasMore ? page[page.length - 1].id : null };
}

/**
 * Per block, `[threads, weight]` for the parts of the text the reading page has not loaded: the threads the viewer
 * would be listed (the same rule as the list: a deleted thread counts while it holds live replies) and the heat map's
 * weight (each thread not deleted and its live replies).
 */
export async function summarizeAnnotations(userId: string, groupId: string, textId: string, opts: { sessionId?: string } = {}): Promise<Record<string, [number, number]>> {
  const role = await requireMembership(userId, groupId);
  const rows = await db.annotation.findMany({
    where: { groupId, textId, status: { not: 'orphaned' }, ...(opts.sessionId ? { sessionId: opts.sessionId } : {}), ...visibleAnnotationsWhere(userId, role) },
    select: { blockId: true, deletedAt: true, _count: { select: { comments: { where: { deletedAt: null } } } } },
  });
  const blocks: Record<string, [number, number]> = {};
  for (const row of rows) {
    const replies = row._count.comments;
    if (row.deletedAt && replies === 0) continue;
    const entry = (blocks[row.blockId] ??= [0, 0]);
    entry[0] += 1;
    if (!row.deletedAt) entry[1] += 1 + replies;
  }
  return blocks;
}

/** Threads as the viewer may see them; a deleted one only while its thread has live replies to hold. */
export function viewThreads(viewer: Viewer, rows: AnnotationWithThread[], reactions: Awaited<ReturnType<typeof loadReactions>>): AnnotationDTO[] {
  return rows.map((a) => toAnnotationDTO(a, reactions, viewer)).filter((a): a is AnnotationDTO => a !== null && keepsPlaceholder(a));
}

export async function getAnnotation(userId: string, id: string): Promise<AnnotationDTO> {
  const { annotation, viewer } = await findVisibleAnnotation(userId, id);
  return asSeenBy(viewer, loggedAnnotation(annotation, await loadReactions(db, threadTargetIds(annotation))));
}

export async function updateAnnotation(userId: string, id: string, input: TUpdateAnnotation): Promise<AnnotationDTO> {
  const { annotation, viewer } = await findVisibleAnnotation(userId, id);
  if (annotation.deletedAt) throw notFound('annotation');
  if (!canEditOwn(userId, annotation)) throw forbidden('only the author can edit this annotation');
  return writeWithEvents(async (ctx) => {
    await ctx.tx.annotation.update({
      where: { id },
      data: { ...input, ...(input.note !== undefined && input.note !== annotation.note ? { editedAt: new Date() } : {}) },
    });
    await indexAnnotation(ctx.tx, id);
    const dto = await loggedThread(ctx.tx, id);
    const sessionId = await liveSessionId(annotation.sessionId);
    const base = { groupId: annotation.groupId, sessionId, actorId: userId, current: { thread: dto } };
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
    return asSeenBy(viewer, dto);
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
    const dto = await loggedThread(ctx.tx, id);
    const sessionId = await liveSessionId(annotation.sessionId);
    await ctx.emit({ groupId: annotation.groupId, sessionId, type: 'annotation:deleted', actorId: userId, isPrivate: annotation.visibility === 'private', payload: dto, current: { thread: dto } });
  });
}

/** The author or a leader marks a thread resolved (or reopens it). */
export async function resolveAnnotation(userId: string, id: string, resolved: boolean): Promise<AnnotationDTO> {
  const { annotation, role, viewer } = await findVisibleAnnotation(userId, id);
  if (annotation.deletedAt) throw notFound('annotation');
  if (annotation.authorId !== userId && !canLead(role)) throw forbidden('only the author or a leader can resolve a thread');
  return writeWithEvents(async (ctx) => {
    await ctx.tx.annotation.update({ where: { id }, data: resolved ? { resolvedAt: new Date(), resolvedById: userId } : { resolvedAt: null, resolvedById: null } });
    const dto = await loggedThread(ctx.tx, id);
    const sessionId = await liveSessionId(annotation.sessionId);
    await ctx.emit({ groupId: annotation.groupId, sessionId, type: resolved ? 'annotation:resolved' : 'annotation:reopened', actorId: userId, isPrivate: annotation.visibility === 'private', payload: dto, current: { thread: dto } });
    return asSeenBy(viewer, dto);
  });
}

/** A leader pins a thread to the top of the discussion (or unpins it). */
export async function pinAnnotation(userId: string, id: string, pinned: boolean): Promise<AnnotationDTO> {
  const { annotation, role, viewer } = await findVisibleAnnotation(userId, id);
  if (!canLead(role)) throw forbidden('only leaders can pin threads');
  if (annotation.visibility === 'private' || annotation.deletedAt) throw notFound('annotation');
  return writeWithEvents(async (ctx) => {
    await ctx.tx.annotation.update({ where: { id }, data: { pinnedAt: pinned ? new Date() : null } });
    const dto = await loggedThread(ctx.tx, id);
    await ctx.emit({ groupId: annotation.groupId, sessionId: await liveSessionId(annotation.sessionId), type: pinned ? 'annotation:pinned' : 'annotation:unpinned', actorId: userId, payload: dto, current: { thread: dto } });
    return asSeenBy(viewer, dto);
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
    const sessionId = await liveSessionId(annotation.sessionId);
    const base = { groupId: annotation.groupId, sessionId, actorId: userId };
    if (hidden) await ctx.emit({ ...base, type: 'annotation:hidden', payload: { id, hidden: true } });
    else {
      const dto = await loggedThread(ctx.tx, id);
      await ctx.emit({ ...base, type: 'annotation:unhidden', payload: dto, current: { thread: dto } });
    }
  });
}

/**
 * Creates a reply: as createAnnotation, no read before the insert (a taken id fails on the key) and none after. The
 * thread's group (which never changes) and the caller's role come from the per-process caches; whether the caller
 * may see the thread is read in the write, under the group's lock, with one raw statement (readThread).
 */
export async function createReply(userId: string, annotationId: string, input: TCreateReply): Promise<{ reply: ReplyDTO; created: boolean }> {
  const groupId = await findGroupOf('annotation', annotationId);
  const viewer = groupId ? await viewerIn(userId, groupId) : null;
  if (!groupId || !viewer?.role) throw notFound('annotation');
  const { value, created } = await createOnce({
    id: input.id,
    what: 'reply',
    find: findCommentForCreate,
    mayView: (c) => canSeeComment(userId, c),
    isSameCreate: (c) => c.authorId === userId && c.annotationId === annotationId,
    present: async (c) => viewReply(viewer, loggedReply(c, await loadReactions(db, [c.id]))),
    create: (id) => insertReply(viewer, groupId, annotationId, input, id),
  });
  return { reply: value, created };
}

/** What a new reply needs of its thread's annotation; flags as 0/1 (SQLite has no booleans). */
interface ThreadRow {
  id: string;
  groupId: string;
  textId: string;
  sessionId: string | null;
  authorId: string;
  visibility: string;
  kind: string;
  exact: string;
  deleted: number | bigint;
  hidden: number | bigint;
}

/**
 * The thread's annotation as a new reply needs it, through ctx.read: portable raw SQL, a third of a model call's
 * JavaScript (BENCHMARKS.md, "Write path"), and a refusal after it leaves the rest of the batch alone.
 */
async function readThread(read: WriteContext['read'], id: string) {
  const [row] = await read.$queryRaw<ThreadRow[]>`SELECT "id", "groupId", "textId", "sessionId", "authorId", "visibility", "kind", "exact",
    CASE WHEN "deletedAt" IS NULL THEN 0 ELSE 1 END AS "deleted", CASE WHEN "hiddenAt" IS NULL THEN 0 ELSE 1 END AS "hidden" FROM "Annotation" WHERE "id" = ${id}`;
  return row ? { ...row, deleted: Number(row.deleted) === 1, hidden: Number(row.hidden) === 1 } : null;
}

async function insertReply(viewer: Viewer, groupId: string, annotationId: string, input: TCreateReply, id: string): Promise<ReplyDTO> {
  const userId = viewer.userId;
  if (input.parentId && !(await db.comment.findFirst({ where: { id: input.parentId, annotationId }, select: { id: true } }))) throw invalid('parentId', 'no such reply in this thread');
  const author = { id: userId, name: (await findUserName(userId)) ?? '' };
  return writeWithEvents(async (ctx) => {
    const annotation = await readThread(ctx.read, annotationId);
    if (!annotation || annotation.deleted || !canSeeAnnotationOf(viewer, annotation)) throw notFound('annotation');
    // In the session's slice of the log only while it is live, decided in the write (takeSequence): never after its end.
    const taken = await ctx.takeSequence(annotation.groupId, annotation.sessionId ? { id: annotation.sessionId, onlyIfLive: true } : undefined);
    const sessionId = taken.sessionSeq === null ? null : annotation.sessionId;
    const written = { id, groupId: annotation.groupId, annotationId, sessionId: annotation.sessionId, parentId: input.parentId ?? null, authorId: userId, body: input.body, createdAt: new Date() };
    ctx.insertLater(newComments, written);
    const row = { ...written, editedAt: null, deletedAt: null, hiddenAt: null, hiddenById: null, originalAuthor: null, author };
    indexNewComment(ctx, row, annotation);
    const dto = loggedReply(row, new Map());
    const isPrivate = annotation.visibility === 'private';
    // The thread's facts were read under the group's lock (readThread): delivery need not read the thread again.
    const threadFacts = { id: annotationId, authorId: annotation.authorId, visibility: annotation.visibility, hidden: annotation.hidden };
    await ctx.emit({ groupId: annotation.groupId, sessionId, type: 'reply:created', actorId: userId, isPrivate, payload: dto, current: { comment: dto, threadFacts } }, taken);
    if (!isPrivate) {
      const about = { annotationId, commentId: id, sessionId, textId: annotation.textId };
      await notifyMentions(ctx, annotation.groupId, { id: userId }, input.body, about);
      if (annotation.authorId !== userId) {
        await ctx.notify({ userId: annotation.authorId, groupId: annotation.groupId, type: 'reply', payload: { ...about, by: row.author, excerpt: Array.from(input.body).slice(0, 80).join('') } });
      }
    }
    return viewReply(viewer, dto);
  }, { groupId });
}

async function findThreadReply(userId: string, annotationId: string, replyId: string) {
  const { annotation, role, viewer } = await findVisibleAnnotation(userId, annotationId);
  const reply = annotation.comments.find((c) => c.id === replyId);
  if (!reply || reply.deletedAt) throw notFound('reply');
  return { annotation, reply, role, viewer };
}

export async function updateReply(userId: string, annotationId: string, replyId: string, body: string): Promise<ReplyDTO> {
  const { annotation, reply, viewer } = await findThreadReply(userId, annotationId, replyId);
  if (!canEditOwn(userId, reply)) throw forbidden('only the author can change this reply');
  return writeWithEvents(async (ctx) => {
    const row = await ctx.tx.comment.update({ where: { id: replyId }, data: { body, editedAt: new Date() }, include: authorSelect });
    await indexComment(ctx.tx, replyId);
    const dto = loggedReply(row, await loadReactions(ctx.tx, [replyId]));
    await ctx.emit({ groupId: annotation.groupId, sessionId: await liveSessionId(annotation.sessionId), type: 'reply:updated', actorId: userId, isPrivate: annotation.visibility === 'private', payload: dto, current: { comment: dto } });
    return viewReply(viewer, dto);
  });
}

export async function deleteReply(userId: string, annotationId: string, replyId: string): Promise<void> {
  const { annotation, reply } = await findThreadReply(userId, annotationId, replyId);
  if (!canEditOwn(userId, reply)) throw forbidden('only the author can delete this reply');
  await writeWithEvents(async (ctx) => {
    const row = await ctx.tx.comment.update({ where: { id: replyId }, data: { deletedAt: new Date() }, include: authorSelect });
    await indexComment(ctx.tx, replyId);
    await ctx.emit({ groupId: annotation.groupId, sessionId: await liveSessionId(annotation.sessionId), type: 'reply:deleted', actorId: userId, isPrivate: annotation.visibility === 'private', payload: loggedReply(row, new Map()) });
  });
}

/** A leader hides an improper reply (or shows it again); members receive only that it was hidden. */
export async function hideReply(userId: string, annotationId: string, replyId: string, hidden: boolean): Promise<void> {
  const { annotation, role } = await findThreadReply(userId, annotationId, replyId);
  if (!canLead(role)) throw forbidden('only leaders can hide comments');
  await writeWithEvents(async (ctx) => {
    const row = await ctx.tx.comment.update({ where: { id: replyId }, data: hidden ? { hiddenAt: new Date(), hiddenById: userId } : { hiddenAt: null, hiddenById: null }, include: authorSelect });
    await indexComment(ctx.tx, replyId);
    const base = { groupId: annotation.groupId, sessionId: await liveSessionId(annotation.sessionId), actorId: userId };
    if (hidden) await ctx.emit({ ...base, type: 'reply:hidden', payload: { id: replyId, annotationId, hidden: true } });
    else {
      const dto = loggedReply(row, await loadReactions(ctx.tx, [replyId]));
      await ctx.emit({ ...base, type: 'reply:unhidden', payload: dto, current: { comment: dto } });
    }
  });
}
