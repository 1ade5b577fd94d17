import { z } from 'zod';
import { download, json, parseQuery, requestTimeZone, route } from '@/lib/http/respond';
import { getMinutes, minutesFile } from '@/lib/services/minutes';

/** The minutes (学习记录): `?format=json` (the model), `md` or `docx` (downloads); `&lang=en` for English labels. */
export const GET = route<{ id: string }>(async ({ req, user, params }) => {
  const { format, lang } = parseQuery(req, z.object({ format: z.enum(['json', 'md', 'docx']).default('json'), lang: z.enum(['zh-CN', 'en']).default('zh-CN') }));
  // the same clock as the pages: the user's setting, else the browser's zone (cookie), else the server's
  const timeZone = await requestTimeZone(req, user);
  if (format === 'json') return json(await getMinutes(user.id, params.id, lang, timeZone));
  return download(await minutesFile(user.id, params.id, format, lang, timeZone));
});
