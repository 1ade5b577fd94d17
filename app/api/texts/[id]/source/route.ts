import { json, route } from '@/lib/http/respond';
import { getTextSource } from '@/lib/services/library';

/** The current source of a group's text, for its leaders to edit. */
export const GET = route<{ id: string }>(async ({ user, params }) => json(await getTextSource(user.id, params.id)));
