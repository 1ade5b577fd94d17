/** In-app notifications: @mentions, replies to your annotations, a session starting. */
import { db } from '../db';
import type { Role } from '../domain/permissions';
import { canSeeAnnotationOf, viewReflection, viewReply, type Viewer } from '../domain/visibility';

export interface NotificationDTO {
  id: string;
  groupId: string;
  type: string;
  payload: unknown;
  createdAt: string;
  read: boolean;
}

export async function listNotifications(userId: string, opts: { unreadOnly?: boolean } = {}): Promise<NotificationDTO[]> {
  const rows = await db.notification.findMany({
    where: { userId, ...(opts.unreadOnly ? { readAt: null } : {}) },
    orderBy: { createdAt: 'desc' },
    take: 100,
  });
  const dtos = rows.map((n) => ({ id: n.id, groupId: n.groupId, type: n.type, payload: JSON.parse(n.payload) as NotificationAbout, createdAt: n.createdAt.toISOString(), read: n.readAt !== null }));
  return seenNotifications(userId, dtos);
}

type NotificationAbout = { annotationId?: string | null; commentId?: string | null; excerpt?: string } & Record<string, unknown>;

/**
 * Notifications as the user may see them now: none from a group they have left; none about a thread they may no
 * longer see; the excerpt emptied once the words it quotes are deleted or hidden from them.
 */
async function seenNotifications(userId: string, list: (NotificationDTO & { payload: NotificationAbout })[]): Promise<NotificationDTO[]> {
  const memberships = await db.membership.findMany({ where: { userId }, select: { groupId: true, role: true } });
  const roles = new Map(memberships.map((m) => [m.groupId, m.role as Role]));
  const annotationIds = [...new Set(list.map((n) => n.payload.annotationId).filter((x): x is string => !!x))];
  const commentIds = [...new Set(list.map((n) => n.payload.commentId).filter((x): x is string => !!x))];
  const [annotations, comments] = await Promise.all([
    db.annotation.findMany({ where: { id: { in: annotationIds } }, select: { id: true, authorId: true, visibility: true, hiddenAt: true, deletedAt: true } }),
    db.comment.findMany({ where: { id: { in: commentIds } }, select: { id: true, annotationId: true, authorId: true, hiddenAt: true, deletedAt: true } }),
  ]);
  const annotationById = new Map(annotations.map((a) => [a.id, a]));
  const commentById = new Map(comments.map((c) => [c.id, c]));
  return list.flatMap((n) => {
    const viewer: Viewer = { userId, role: roles.get(n.groupId) ?? null };
    if (!viewer.role) return [];
    const a = n.payload.annotationId ? annotationById.get(n.payload.annotationId) : undefined;
    if (a && !canSeeAnnotationOf(viewer, { ...a, hidden: a.hiddenAt !== null })) return [];
    const c = n.payload.commentId ? commentById.get(n.payload.commentId) : undefined;
    const facts = { annotationId: c?.annotationId ?? null, author: { id: c?.authorId ?? '' }, body: n.payload.excerpt ?? '', deleted: c?.deletedAt != null, hidden: c?.hiddenAt != null };
    const words = c ? (c.annotationId ? viewReply(viewer, { id: c.id, ...facts }).body : (viewReflection(viewer, { id: c.id, ...facts })?.body ?? '')) : a?.deletedAt ? '' : facts.body;
    return [{ ...n, payload: 'excerpt' in n.payload ? { ...n.payload, excerpt: words } : n.payload }];
  });
}

/** Marks some (or, without ids, all) of the user's notifications read. */
export async function markNotificationsRead(userId: string, ids?: string[]): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) }, data: { readAt: new Date() } });
  return count;
}
