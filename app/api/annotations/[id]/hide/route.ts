import { z } from 'zod';
import { parseBody, route } from '@/lib/http/respond';
import { hideAnnotation } from '@/lib/services/annotations';

/** Leaders hide an improper annotation from members (or show it again). */
export const POST = route<{ id: string }>(async ({ req, user, params }) => {
  const { hidden } = await parseBody(req, z.object({ hidden: z.boolean() }));
  await hideAnnotation(user.id, params.id, hidden);
  return new Response(null, { status: 204 });
});
