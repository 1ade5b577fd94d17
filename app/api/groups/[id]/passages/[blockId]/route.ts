import { z } from 'zod';
import { json, parseQuery, route } from '@/lib/http/respond';
import { passageHistory } from '@/lib/services/history';

/** Every thread on a paragraph across all the group's sessions: `?order=newest|oldest`. */
export const GET = route<{ id: string; blockId: string }>(async ({ req, user, params }) => {
  const { order } = parseQuery(req, z.object({ order: z.enum(['newest', 'oldest']).default('newest') }));
  return json(await passageHistory(user.id, params.id, params.blockId, order));
});
