import { z } from 'zod';
import { json, parseQuery, route } from '@/lib/http/respond';
import { listStreamEvents, parseStream } from '@/lib/services/stream-events';
import { HttpError } from '@/lib/http/respond';

/** The event log of a group (`stream=group:<id>`) or a session (`stream=session:<id>`) after a sequence number. */
export const GET = route(async ({ req, user }) => {
  const { stream, after } = parseQuery(req, z.object({ stream: z.string().max(80), after: z.coerce.number().int().min(0).default(0) }));
  if (!parseStream(stream)) throw new HttpError(422, 'validation', 'not a stream', { stream: 'must be group:<id> or session:<id>' });
  return json(await listStreamEvents(user.id, stream, after));
});
