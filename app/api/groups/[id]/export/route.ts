import { z } from 'zod';
import { download, parseQuery, requestOrigin, requestTimeZone, route } from '@/lib/http/respond';
import { exportAnnotations } from '@/lib/services/exports';
import { ZId } from '@/lib/validations/common';

/** Export the group's (or `&sessionId=`'s) annotations: `?format=jsonld` (W3C Web Annotation), `csv` or `md`. */
export const GET = route<{ id: string }>(async ({ req, user, params }) => {
  const q = parseQuery(req, z.object({ format: z.enum(['jsonld', 'csv', 'md']).default('jsonld'), sessionId: ZId.optional(), lang: z.enum(['zh-CN', 'en']).default('zh-CN') }));
  return download(await exportAnnotations(user.id, params.id, { format: q.format, sessionId: q.sessionId, base: requestOrigin(req), locale: q.lang, timeZone: await requestTimeZone(req, user) }));
});
