import { json, parseBody, route } from '@/lib/http/respond';
import { requestLocale, translator } from '@/lib/i18n/messages';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/proxy-trust';
import { joinGroup } from '@/lib/services/groups';
import { ServiceError } from '@/lib/services/errors';
import { limiters, recordFailure, secondsBlocked } from '@/lib/services/rate-limits';
import { ZJoinGroup } from '@/lib/validations/groups';

/** Wrong codes are limited per user and per address, so codes cannot be guessed (they were, at 125–194 a second). */
export const POST = route(async ({ req, user }) => {
  const { code } = await parseBody(req, ZJoinGroup);
  const address = req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
  const wait = Math.max(await secondsBlocked(limiters.joinCodeFailsByUser, user.id), await secondsBlocked(limiters.joinCodeFailsByAddress, address));
  if (wait > 0) return json({ error: { code: 'rate_limited', message: translator(requestLocale(req))('groups.tooManyCodes', { n: wait }) } }, 429);
  try {
    return json({ group: await joinGroup(user.id, code) });
  } catch (error) {
    if (error instanceof ServiceError && error.status === 404) {
      await Promise.all([recordFailure(limiters.joinCodeFailsByUser, user.id), recordFailure(limiters.joinCodeFailsByAddress, address)]);
    }
    throw error;
  }
});
