import { json, parseWith, requestTimeZone, route } from '@/lib/http/respond';
import { searchGroup } from '@/lib/services/search';
import { ZSearch } from '@/lib/validations/search';

/**
 * Search a group's highlights and comments: `?q=群众&sessionId=&authorId=&kind=&type=all|annotation|comment&from=&to=&page=&pageSize=`.
 * One- and two-character Chinese queries find every match; hits come with the matches marked.
 */
export const GET = route<{ id: string }>(async ({ req, user, params }) => {
  // a bare day (`to=2026-11-23`) is that whole day on the asker's clock unless `timeZone=` names another
  const query = { timeZone: await requestTimeZone(req, user), ...Object.fromEntries(new URL(req.url).searchParams) };
  return json(await searchGroup(user.id, params.id, parseWith(ZSearch, query)));
});
