/** Reactions (赞同 / 同问): one per user, kind and target. Set, not toggled, so a retried write is harmless. */
import { Prisma } from '../db/generated/sqlite/client';
import type { Role } from '../domain/permissions';
import { canSeeAnnotationOf, viewReflection, type Viewer } from '../domain/visibility';
import type { TSetReaction } from '../validations/annotations';
import { indexReactions } from './annotation-dto';
import { findGroupOf } from './cached-lookups';
import { notFound } from './errors';
import { liveSessionId } from './annotations';
import { writeWithEvents, type WriteContext } from './write-with-events';

/** One row of `readTarget`: the target, the caller's role, and one of the target's reactions (nulls for none). */
interface TargetRow {
  /** the annotation: the target itself, or the thread of the reply; null for a reflection (a reply in no thread) */
  annotationId: string | null;
  annotationAuthorId: string | null;
  visibility: string | null;
  annotationHidden: number | bigint | null;
  annotationSessionId: string | null;
  /** the reply, when the target is one */
  commentId: string | null;
  commentAuthorId: string | null;
  commentHidden: number | bigint | null;
  commentDeleted: number | bigint | null;
  commentSessionId: string | null;
  role: string | null;
  reactionId: string | null;
  reactionTargetType: string | null;
  reactionUserId: string | null;
  reactionKind: string | null;
  reactionCreatedAt: Date | string | number | null;
}

/**
 * What a reaction's check and write need, in one statement where the model API took four (the target, the thread
 * of a reply, the caller's membership, the target's reactions — each Prisma call ~0.3–0.8 ms of JavaScript,
 * BENCHMARKS.md "Write path"): the target, the caller's role in its group, and one row per reaction on it (one row
 * of nulls for none). Portable SQL for SQLite and PostgreSQL: quoted identifiers, flags as 0/1 (SQLite has no
 * booleans), parameters bound by the tagged template.
 */
async function readTarget(tx: WriteContext['read'], userId: string, groupId: string, input: Pick<TSetReaction, 'targetType' | 'targetId'>) {
  const reactionColumns = Prisma.sql`r."id" AS "reactionId", r."targetType" AS "reactionTargetType", r."userId" AS "reactionUserId", r."kind" AS "reactionKind", r."createdAt" AS "reactionCreatedAt"`;
  const annotationColumns = Prisma.sql`a."id" AS "annotationId", a."authorId" AS "annotationAuthorId", a."visibility" AS "visibility", CASE WHEN a."hiddenAt" IS NULL THEN 0 ELSE 1 END AS "annotationHidden", a."sessionId" AS "annotationSessionId"`;
  const role = Prisma.sql`(SELECT m."role" FROM "Membership" m WHERE m."groupId" = ${groupId} AND m."userId" = ${userId}) AS "role"`;
  const rows =
    input.targetType === 'annotation'
      ? await tx.$queryRaw<TargetRow[]>`SELECT ${annotationColumns}, NULL AS "commentId", NULL AS "commentAuthorId", NULL AS "commentHidden", NULL AS "commentDeleted", NULL AS "commentSessionId", ${role}, ${reactionColumns}
          FROM "Annotation" a LEFT JOIN "Reaction" r ON r."targetId" = a."id"
          WHERE a."id" = ${input.targetId} AND a."groupId" = ${groupId} ORDER BY r."createdAt", r."id"`
      : await tx.$queryRaw<TargetRow[]>`SELECT ${annotationColumns}, c."id" AS "commentId", c."authorId" AS "commentAuthorId", CASE WHEN c."hiddenAt" IS NULL THEN 0 ELSE 1 END AS "commentHidden", CASE WHEN c."deletedAt" IS NULL THEN 0 ELSE 1 END AS "commentDeleted", c."sessionId" AS "commentSessionId", ${role}, ${reactionColumns}
          FROM "Comment" c LEFT JOIN "Annotation" a ON a."id" = c."annotationId" LEFT JOIN "Reaction" r ON r."targetId" = c."id"
          WHERE c."id" = ${input.targetId} AND c."groupId" = ${groupId} ORDER BY r."createdAt", r."id"`;
  if (!rows.length) return null;
  const [first] = rows;
  const reactions = rows.flatMap((r) =>
    r.reactionId ? [{ id: r.reactionId, targetType: r.reactionTargetType!, targetId: input.targetId, userId: r.reactionUserId!, kind: r.reactionKind!, createdAt: new Date(r.reactionCreatedAt!) }] : [],
  );
  const flag = (value: number | bigint | null) => Number(value) === 1;
  return {
    role: first.role as Role | null,
    annotation: first.annotationId ? { id: first.annotationId, authorId: first.annotationAuthorId!, visibility: first.visibility!, hidden: flag(first.annotationHidden), sessionId: first.annotationSessionId } : null,
    reflection: !first.annotationId && first.commentId ? { id: first.commentId, authorId: first.commentAuthorId!, hidden: flag(first.commentHidden), deleted: flag(first.commentDeleted), sessionId: first.commentSessionId } : null,
    reactions,
  };
}

export async function setReaction(userId: string, input: TSetReaction): Promise<{ targetId: string; reactions: { kind: string; userIds: string[] }[]; active: boolean }> {
  // The target's group (which never changes, so it is cached) is looked up first only to know which group row to lock.
  const groupId = await findGroupOf(input.targetType, input.targetId);
  if (!groupId) throw notFound(input.targetType);
  return writeWithEvents(async (ctx) => {
    // Every check and the write under the group's row lock (lockGroupFirst, the one lock order of every write). Two
    // sets of the same reaction at once — a double click, a client's retry reaching the other process — take
    // turns: the second finds the first's row and changes nothing. Checked and written without the lock, both found
    // no row on PostgreSQL, both inserted, and the second failed on the unique key: a 500 (fuzz test, PostgreSQL
    // with two processes, seed 884545581). The rights are read here too, so a member removed or a thread hidden
    // meanwhile is refused.
    await ctx.lockGroup(groupId);
    const target = await readTarget(ctx.read, userId, groupId, input);
    const viewer: Viewer = { userId, role: target?.role ?? null };
    const annotation = target?.annotation ?? null;
    const reflection = target?.reflection ?? null;
    const visible = annotation
      ? canSeeAnnotationOf(viewer, annotation)
      : // whether a reflection may be seen does not depend on its words
        reflection !== null && viewReflection(viewer, { id: reflection.id, annotationId: null, author: { id: reflection.authorId }, body: '', deleted: reflection.deleted, hidden: reflection.hidden }) !== null;
    if (!target || !viewer.role || !visible) throw notFound(input.targetType);
    let rows = target.reactions;
    const existing = rows.find((r) => r.targetType === input.targetType && r.userId === userId && r.kind === input.kind);
    const unchanged = Boolean(existing) === input.active;
    if (existing && !input.active) {
      await ctx.tx.reaction.delete({ where: { id: existing.id } });
      rows = rows.filter((r) => r !== existing);
    }
    if (!existing && input.active) rows.push(await ctx.tx.reaction.create({ data: { groupId, targetType: input.targetType, targetId: input.targetId, userId, kind: input.kind } }));
    const reactions = indexReactions(rows).get(input.targetId) ?? [];
    // A retried write that finds its reaction already set changes nothing, so it tells no one anything.
    if (unchanged) return { targetId: input.targetId, reactions, active: input.active };
    const payload = { targetType: input.targetType, targetId: input.targetId, annotationId: annotation?.id ?? null, reactions };
    const sessionId = await liveSessionId(annotation?.sessionId ?? reflection?.sessionId);
    // The thread's facts as read under the lock (readTarget): delivery need not read the thread again.
    const current = annotation ? { threadFacts: { id: annotation.id, authorId: annotation.authorId, visibility: annotation.visibility, hidden: annotation.hidden } } : undefined;
    await ctx.emit({ groupId, sessionId, type: 'reaction:changed', actorId: userId, isPrivate: annotation?.visibility === 'private', payload, current });
    return { targetId: input.targetId, reactions, active: input.active };
  }, { groupId });
}
