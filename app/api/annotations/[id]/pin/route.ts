import { z } from 'zod';
import { json, parseBody, route } from '@/lib/http/respond';
import { pinAnnotation } from '@/lib/services/annotations';

export const POST = route<{ id: string }>(async ({ req, user, params }) => {
  const { pinned } = await parseBody(req, z.object({ pinned: z.boolean() }));
  return json({ annotation: await pinAnnotation(user.id, params.id, pinned) });
});
