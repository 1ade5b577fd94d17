import { json, parseBody, route } from '@/lib/http/respond';
import { createGroupText } from '@/lib/services/library';
import { ZTextUpload } from '@/lib/validations/library';

/**
 * Add a text to the group's library: `{ fileName, base64 }` (the file's bytes: UTF-8 or GB18030, .txt or .md) or
 * `{ fileName, content }` (pasted), with the preview's heading corrections in `overrides`. Leaders only.
 */
export const POST = route<{ id: string }>(async ({ req, user, params }) => json({ text: await createGroupText(user.id, params.id, await parseBody(req, ZTextUpload)) }, 201));
