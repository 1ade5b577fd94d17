import { z } from 'zod';
import { json, parseQuery, route } from '@/lib/http/respond';
import { listStreamEvents, parseStream } from '@/lib/services/stream-events';

/** The event log of a group (`stream=group:<id>`) or a session (`stream=session:<id>`) after a sequence number. */
export const GET = route(async ({ req, user }) => {
  const { stream, after } = parseQuery(
    req,
    z.object({ stream: z.string().max(80).refine((s) => !!parseStream(s), 'validation.stream'), after: z.coerce.number().int().min(0).default(0) }),
  );
  return json(await listStreamEvents(user.id, stream, after));
});
