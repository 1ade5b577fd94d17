import { z } from 'zod';
import { parseBody, route } from '@/lib/http/respond';
import { hideReflection } from '@/lib/services/sessions';

/** Leaders hide an improper reflection from members (or show it again). */
export const POST = route<{ id: string; commentId: string }>(async ({ req, user, params }) => {
  const { hidden } = await parseBody(req, z.object({ hidden: z.boolean() }));
  await hideReflection(user.id, params.id, params.commentId, hidden);
  return new Response(null, { status: 204 });
});
