import { json, parseBody, route } from '@/lib/http/respond';
import { listVersions, reviseText } from '@/lib/services/library';
import { ZRevision } from '@/lib/validations/library';

type Params = { id: string };

/** The text's versions, newest first, with each revision's report (stayed / moved / orphaned). */
export const GET = route<Params>(async ({ user, params }) => json({ versions: await listVersions(user.id, params.id) }));

/** Save an edited source as a new version; every annotation is re-anchored or orphaned. Leaders of the owning group. */
export const POST = route<Params>(async ({ req, user, params }) => {
  const { source, note } = await parseBody(req, ZRevision);
  return json({ report: await reviseText(user.id, params.id, source, note) }, 201);
});
