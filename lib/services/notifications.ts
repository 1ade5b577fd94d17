/** In-app notifications: @mentions, replies to your annotations, a session starting. */
import { db } from '../db';

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
  return rows.map((n) => ({ id: n.id, groupId: n.groupId, type: n.type, payload: JSON.parse(n.payload), createdAt: n.createdAt.toISOString(), read: n.readAt !== null }));
}

/** Marks some (or, without ids, all) of the user's notifications read. */
export async function markNotificationsRead(userId: string, ids?: string[]): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) }, data: { readAt: new Date() } });
  return count;
}
