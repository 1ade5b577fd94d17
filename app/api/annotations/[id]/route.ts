import { json, parseBody, route } from '@/lib/http/respond';
import { deleteAnnotation, getAnnotation, updateAnnotation } from '@/lib/services/annotations';
import { ZUpdateAnnotation } from '@/lib/validations/annotations';

type Params = { id: string };

export const GET = route<Params>(async ({ user, params }) => json({ annotation: await getAnnotation(user.id, params.id) }));

export const PATCH = route<Params>(async ({ req, user, params }) => {
  const input = await parseBody(req, ZUpdateAnnotation);
  return json({ annotation: await updateAnnotation(user.id, params.id, input) });
});

export const DELETE = route<Params>(async ({ user, params }) => {
  await deleteAnnotation(user.id, params.id);
  return new Response(null, { status: 204 });
});
