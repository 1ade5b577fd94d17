import { HttpError, json, route } from '@/lib/http/respond';
import { importAnnotations } from '@/lib/services/import-annotations';

/** Import a W3C Web Annotation export (JSON-LD) into this group; all or nothing, once per file. Leaders only. */
export const POST = route<{ id: string }>(async ({ req, user, params }) => {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new HttpError(400, 'bad_json', 'error.importNotJson');
  }
  const report = await importAnnotations(user.id, params.id, body);
  // The same file again stores nothing new: 200 with what is already there, as for any repeated create.
  const isRepeat = report.annotations + report.replies === 0 && report.alreadyImported > 0;
  return json({ report }, isRepeat ? 200 : 201);
});
