import { route, json } from '@/lib/http/respond';
import { importAnnotations } from '@/lib/services/import-annotations';

/** Import a W3C Web Annotation export (JSON-LD) into this group; all or nothing, once per file. Leaders only. */
export const POST = route<{ id: string }>(async ({ req, user, params }) => {
  // The text as received: it is parsed in the worker pool with the rest of the import (megabytes of JSON).
  const report = await importAnnotations(user.id, params.id, await req.text());
  // The same file again stores nothing new: 200 with what is already there, as for any repeated create.
  const isRepeat = report.annotations + report.replies === 0 && report.alreadyImported > 0;
  return json({ report }, isRepeat ? 200 : 201);
});
