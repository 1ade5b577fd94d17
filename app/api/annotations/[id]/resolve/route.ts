import { z } from 'zod';
import { json, parseBody, route } from '@/lib/http/respond';
import { resolveAnnotation } from '@/lib/services/annotations';

export const POST = route<{ id: string }>(async ({ req, user, params }) => {
  const { resolved } = await parseBody(req, z.object({ resolved: z.boolean() }));
  return json({ annotation: await resolveAnnotation(user.id, params.id, resolved) });
});
