import { json, parseQuery, route } from '@/lib/http/respond';
import { searchGroup } from '@/lib/services/search';
import { ZSearch } from '@/lib/validations/search';

/**
 * Search a group's highlights and comments: `?q=群众&sessionId=&authorId=&kind=&type=all|annotation|comment&from=&to=&page=&pageSize=`.
 * One- and two-character Chinese queries find every match; hits come with the matches marked.
 */
export const GET = route<{ id: string }>(async ({ req, user, params }) => json(await searchGroup(user.id, params.id, parseQuery(req, ZSearch))));
