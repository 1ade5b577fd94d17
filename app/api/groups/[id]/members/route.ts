import { json, route } from '@/lib/http/respond';
import { listMembers } from '@/lib/services/groups';

export const GET = route<{ id: string }>(async ({ user, params }) => json({ members: await listMembers(user.id, params.id) }));
