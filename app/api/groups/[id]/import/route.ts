import { HttpError, json, route } from '@/lib/http/respond';
import { importAnnotations } from '@/lib/services/import-annotations';

/** Import a W3C Web Annotation export (JSON-LD) into this group; all or nothing. Leaders only. */
export const POST = route<{ id: string }>(async ({ req, user, params }) => {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new HttpError(400, 'bad_json', 'error.importNotJson');
  }
  return json({ report: await importAnnotations(user.id, params.id, body) }, 201);
});
