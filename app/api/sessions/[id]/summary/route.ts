import { json, parseBody, route } from '@/lib/http/respond';
import { saveSummary } from '@/lib/services/sessions';
import { ZSummary } from '@/lib/validations/sessions';

/** The leader's summary for the minutes. */
export const PUT = route<{ id: string }>(async ({ req, user, params }) => {
  const { summary } = await parseBody(req, ZSummary);
  return json({ session: await saveSummary(user.id, params.id, summary) });
});
