import { json, route } from '@/lib/http/respond';
import { getText } from '@/lib/services/texts';

/** The newest version of a text as a structured document: metadata, table of contents, blocks. */
export const GET = route<{ id: string }>(async ({ user, params }) => json({ text: await getText(user.id, params.id) }));
