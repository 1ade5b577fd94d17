import { json, parseBody, parseQuery, route } from '@/lib/http/respond';
import { createAnnotation, listAnnotationPage, listAnnotations, listAnnotationsElsewhere } from '@/lib/services/annotations';
import { ZCreateAnnotation, ZListAllAnnotations, ZListAnnotationPage, ZListAnnotationsElsewhere } from '@/lib/validations/annotations';

/**
 * A group's annotations on a text: `?textId=…&groupId=…` (and `&sessionId=…` for one session's, `&status=orphaned`
 * for only those a revision could not place). With a block range
 * (`&versionId=…&from=…&to=…`, optionally `&after=…&limit=…`) one page of that range's threads and the cursor of the
 * next (`next`, null on the last page): what the reading page loads for the part of the text in view. With
 * `&notInVersion=…` (and `&after`, `&limit`) instead, a page of the threads placed in other versions: what a session
 * pinned to an older version lists as not in its version.
 */
export const GET = route(async ({ req, user }) => {
  const params = new URL(req.url).searchParams;
  if (params.has('notInVersion')) return json(await listAnnotationsElsewhere(user.id, parseQuery(req, ZListAnnotationsElsewhere)));
  if (params.has('from') || params.has('to')) return json(await listAnnotationPage(user.id, parseQuery(req, ZListAnnotationPage)));
  const { textId, groupId, sessionId, status } = parseQuery(req, ZListAllAnnotations);
  return json({ annotations: await listAnnotations(user.id, groupId, textId, { sessionId, status }) });
});

/** Create; with a client-chosen `id`, a repeat returns the first (200) instead of storing a duplicate (201). */
export const POST = route(async ({ req, user }) => {
  const input = await parseBody(req, ZCreateAnnotation);
  const { annotation, created } = await createAnnotation(user.id, input);
  return json({ annotation }, created ? 201 : 200);
});
