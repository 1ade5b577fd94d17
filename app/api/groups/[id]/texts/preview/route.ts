import { json, parseBody, route } from '@/lib/http/respond';
import { previewText } from '@/lib/services/library';
import { ZTextUpload } from '@/lib/validations/library';

/** What the importer recognises in an uploaded file (outline, title, encoding), before anything is saved. */
export const POST = route<{ id: string }>(async ({ req, user, params }) => json({ preview: await previewText(user.id, params.id, await parseBody(req, ZTextUpload)) }));
