import { json, route } from '@/lib/http/respond';
import { endSession } from '@/lib/services/sessions';

export const POST = route<{ id: string }>(async ({ user, params }) => json({ session: await endSession(user.id, params.id) }));
