import { json, route } from '@/lib/http/respond';
import { getSession } from '@/lib/services/sessions';

export const GET = route<{ id: string }>(async ({ user, params }) => json({ session: await getSession(user.id, params.id) }));
