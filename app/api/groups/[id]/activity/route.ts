import { z } from 'zod';
import { json, parseQuery, route } from '@/lib/http/respond';
import { readingActivity } from '@/lib/services/history';
import { ZId } from '@/lib/validations/common';

/** Discussion density per block (heat map) and the threads new since my last visit, which this call records. */
export const GET = route<{ id: string }>(async ({ req, user, params }) => {
  const { textId } = parseQuery(req, z.object({ textId: ZId }));
  return json(await readingActivity(user.id, params.id, textId));
});
