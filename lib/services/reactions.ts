/** Reactions (赞同 / 同问): one per user, kind and target. Set, not toggled, so a retried write is harmless. */
import { db, type Tx } from '../db';
import { canSeeAnnotationOf, viewReflection } from '../domain/visibility';
import type { TSetReaction } from '../validations/annotations';
import { loadReactions } from './annotation-dto';
import { notFound } from './errors';
import { liveSessionId } from './annotations';
import { viewerIn } from './require-membership';
import { writeWithEvents } from './write-with-events';

/** What a reaction is on: the annotation (itself, or the thread of the reply), or a reflection (a reply in no thread). */
async function findTarget(client: Tx, input: Pick<TSetReaction, 'targetType' | 'targetId'>) {
  if (input.targetType === 'annotation') return { annotation: await client.annotation.findUnique({ where: { id: input.targetId } }), reflection: null };
  const comment = await client.comment.findUnique({ where: { id: input.targetId } });
  if (!comment) return { annotation: null, reflection: null };
  if (!comment.annotationId) return { annotation: null, reflection: comment };
  return { annotation: await client.annotation.findUnique({ where: { id: comment.annotationId } }), reflection: null };
}

export async function setReaction(userId: string, input: TSetReaction): Promise<{ targetId: string; reactions: { kind: string; userIds: string[] }[]; active: boolean }> {
  // The target's group (which never changes) is read first only to know which group row to lock.
  const before = await findTarget(db, input);
  const groupId = before.annotation?.groupId ?? before.reflection?.groupId;
  if (!groupId) throw notFound(input.targetType);
  return writeWithEvents(async (ctx) => {
    // Every check and the write under the group's row lock (lockGroupFirst, the one lock order of every write). Two
    // sets of the same reaction at once — a double click, a client's retry reaching the other process — take
    // turns: the second finds the first's row and changes nothing. Checked and written without the lock, both found
    // no row on PostgreSQL, both inserted, and the second failed on the unique key: a 500 (fuzz test, PostgreSQL
    // with two processes, seed 884545581). The rights are read here too, so a member removed or a thread hidden
    // meanwhile is refused.
    await ctx.lockGroup(groupId);
    const { annotation, reflection } = await findTarget(ctx.tx, input);
    const viewer = await viewerIn(userId, groupId, ctx.tx);
    const visible = annotation
      ? canSeeAnnotationOf(viewer, { ...annotation, hidden: annotation.hiddenAt !== null })
      : reflection !== null && viewReflection(viewer, { id: reflection.id, annotationId: null, author: { id: reflection.authorId }, body: reflection.body, deleted: reflection.deletedAt !== null, hidden: reflection.hiddenAt !== null }) !== null;
    if (!viewer.role || !visible) throw notFound(input.targetType);
    const key = { targetType_targetId_userId_kind: { targetType: input.targetType, targetId: input.targetId, userId, kind: input.kind } };
    const existing = await ctx.tx.reaction.findUnique({ where: key });
    const unchanged = Boolean(existing) === input.active;
    if (existing && !input.active) await ctx.tx.reaction.delete({ where: { id: existing.id } });
    if (!existing && input.active) await ctx.tx.reaction.create({ data: { groupId, targetType: input.targetType, targetId: input.targetId, userId, kind: input.kind } });
    const reactions = (await loadReactions(ctx.tx, [input.targetId])).get(input.targetId) ?? [];
    // A retried write that finds its reaction already set changes nothing, so it tells no one anything.
    if (unchanged) return { targetId: input.targetId, reactions, active: input.active };
    const payload = { targetType: input.targetType, targetId: input.targetId, annotationId: annotation?.id ?? null, reactions };
    const sessionId = await liveSessionId(annotation?.sessionId ?? reflection?.sessionId);
    await ctx.emit({ groupId, sessionId, type: 'reaction:changed', actorId: userId, isPrivate: annotation?.visibility === 'private', payload });
    return { targetId: input.targetId, reactions, active: input.active };
  }, { groupId });
}
