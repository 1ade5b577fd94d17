import { json, route } from '@/lib/http/respond';
import { sessionTimeline } from '@/lib/services/history';

/** The session's history in order: who joined and left, every highlight, comment, reply, reaction, resolve. */
export const GET = route<{ id: string }>(async ({ user, params }) => json(await sessionTimeline(user.id, params.id)));
