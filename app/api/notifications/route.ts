import { z } from 'zod';
import { json, parseBody, route } from '@/lib/http/respond';
import { listNotifications, markNotificationsRead } from '@/lib/services/notifications';
import { ZId } from '@/lib/validations/common';

export const GET = route(async ({ req, user }) => {
  const unreadOnly = new URL(req.url).searchParams.get('unread') === '1';
  return json({ notifications: await listNotifications(user.id, { unreadOnly }) });
});

/** Mark notifications read: `{ ids: [...] }`, or `{}` for all. */
export const POST = route(async ({ req, user }) => {
  const { ids } = await parseBody(req, z.object({ ids: z.array(ZId).max(500).optional() }));
  return json({ count: await markNotificationsRead(user.id, ids) });
});
