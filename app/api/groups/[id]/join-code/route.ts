import { json, route } from '@/lib/http/respond';
import { rotateJoinCode } from '@/lib/services/groups';

/** Issue a new join code; the old one stops working. */
export const POST = route<{ id: string }>(async ({ user, params }) => json({ group: await rotateJoinCode(user.id, params.id) }));
