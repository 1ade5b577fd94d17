import { json, parseBody, route } from '@/lib/http/respond';
import { setReaction } from '@/lib/services/reactions';
import { ZSetReaction } from '@/lib/validations/annotations';

/** Set or clear a reaction (赞同 agree / 同问 same-question) on an annotation or a reply. */
export const PUT = route(async ({ req, user }) => {
  const input = await parseBody(req, ZSetReaction);
  return json(await setReaction(user.id, input));
});
