import { json, route } from '@/lib/http/respond';
import { getGroup } from '@/lib/services/groups';

export const GET = route<{ id: string }>(async ({ user, params }) => json({ group: await getGroup(user.id, params.id) }));
