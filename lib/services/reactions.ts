/** Reactions (赞同 / 同问): one per user, kind and target. Set, not toggled, so a retried write is harmless. */
import { db } from '../db';
import { canSeeAnnotationOf, viewReflection } from '../domain/visibility';
import type { TSetReaction } from '../validations/annotations';
import { loadReactions } from './annotation-dto';
import { notFound } from './errors';
import { liveSessionId } from './annotations';
import { viewerIn } from './require-membership';
import { writeWithEvents } from './write-with-events';

export async function setReaction(userId: string, input: TSetReaction): Promise<{ targetId: string; reactions: { kind: string; userIds: string[] }[]; active: boolean }> {
  const annotation =
    input.targetType === 'annotation'
      ? await db.annotation.findUnique({ where: { id: input.targetId } })
      : await db.comment.findUnique({ where: { id: input.targetId } }).then((c) => (c?.annotationId ? db.annotation.findUnique({ where: { id: c.annotationId } }) : null));
  const reflection = input.targetType === 'reply' && !annotation ? await db.comment.findUnique({ where: { id: input.targetId } }) : null;
  const groupId = annotation?.groupId ?? reflection?.groupId;
  if (!groupId) throw notFound(input.targetType);
  const viewer = await viewerIn(userId, groupId);
  const visible = annotation
    ? canSeeAnnotationOf(viewer, { ...annotation, hidden: annotation.hiddenAt !== null })
    : reflection && viewReflection(viewer, { id: reflection.id, annotationId: null, author: { id: reflection.authorId }, body: reflection.body, deleted: reflection.deletedAt !== null, hidden: reflection.hiddenAt !== null }) !== null;
  if (!viewer.role || !visible) throw notFound(input.targetType);
  return writeWithEvents(async (ctx) => {
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
  });
}
