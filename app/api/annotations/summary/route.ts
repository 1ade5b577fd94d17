import { json, parseQuery, route } from '@/lib/http/respond';
import { summarizeAnnotations } from '@/lib/services/annotations';
import { ZAnnotationSummary } from '@/lib/validations/annotations';

/** Per block of a text, `[threads, heat weight]` the viewer would be listed: `?textId=…&groupId=…[&sessionId=…]`. */
export const GET = route(async ({ req, user }) => {
  const { textId, groupId, sessionId } = parseQuery(req, ZAnnotationSummary);
  return json({ blocks: await summarizeAnnotations(user.id, groupId, textId, { sessionId }) });
});
