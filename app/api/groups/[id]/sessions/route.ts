import { json, parseBody, route } from '@/lib/http/respond';
import { listSessions, scheduleSession } from '@/lib/services/sessions';
import { ZScheduleSession } from '@/lib/validations/sessions';

type Params = { id: string };

/** The group's sessions: `{ live, upcoming, past }`. */
export const GET = route<Params>(async ({ user, params }) => json(await listSessions(user.id, params.id)));

/** Leaders schedule a session on a text (optionally a range of headings). */
export const POST = route<Params>(async ({ req, user, params }) => {
  const input = await parseBody(req, ZScheduleSession);
  return json({ session: await scheduleSession(user.id, params.id, input) }, 201);
});
