import { json, route } from '@/lib/http/respond';
import { memberHistory } from '@/lib/services/history';

/** Everything a member wrote in the group (for the member and for leaders; `me` for yourself). */
export const GET = route<{ id: string; userId: string }>(async ({ user, params }) =>
  json(await memberHistory(user.id, params.id, params.userId === 'me' ? user.id : params.userId)),
);
