import { json, parseBody, parseQuery, route } from '@/lib/http/respond';
import { createAnnotation, listAnnotations } from '@/lib/services/annotations';
import { ZCreateAnnotation, ZListAnnotations } from '@/lib/validations/annotations';

/** A group's annotations on a text: `?textId=…&groupId=…` (and `&sessionId=…` for one session's). */
export const GET = route(async ({ req, user }) => {
  const { textId, groupId, sessionId } = parseQuery(req, ZListAnnotations);
  return json({ annotations: await listAnnotations(user.id, groupId, textId, { sessionId }) });
});

/** Create; with a client-chosen `id`, a repeat returns the first (200) instead of storing a duplicate (201). */
export const POST = route(async ({ req, user }) => {
  const input = await parseBody(req, ZCreateAnnotation);
  const { annotation, created } = await createAnnotation(user.id, input);
  return json({ annotation }, created ? 201 : 200);
});
