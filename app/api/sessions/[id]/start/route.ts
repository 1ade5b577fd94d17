import { json, route } from '@/lib/http/respond';
import { startSession } from '@/lib/services/sessions';

export const POST = route<{ id: string }>(async ({ user, params }) => json({ session: await startSession(user.id, params.id) }));
