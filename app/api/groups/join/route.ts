import { json, parseBody, route } from '@/lib/http/respond';
import { joinGroup } from '@/lib/services/groups';
import { ZJoinGroup } from '@/lib/validations/groups';

export const POST = route(async ({ req, user }) => {
  const { code } = await parseBody(req, ZJoinGroup);
  return json({ group: await joinGroup(user.id, code) });
});
