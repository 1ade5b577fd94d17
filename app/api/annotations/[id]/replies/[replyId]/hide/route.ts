import { z } from 'zod';
import { parseBody, route } from '@/lib/http/respond';
import { hideReply } from '@/lib/services/annotations';

export const POST = route<{ id: string; replyId: string }>(async ({ req, user, params }) => {
  const { hidden } = await parseBody(req, z.object({ hidden: z.boolean() }));
  await hideReply(user.id, params.id, params.replyId, hidden);
  return new Response(null, { status: 204 });
});
