import { json, route } from '@/lib/http/respond';
import { listTexts } from '@/lib/services/texts';

export const GET = route(async ({ user }) => json({ texts: await listTexts(user.id) }));
