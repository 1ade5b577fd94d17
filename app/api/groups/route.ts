import { json, parseBody, route } from '@/lib/http/respond';
import { createGroup, listGroups } from '@/lib/services/groups';
import { ZCreateGroup } from '@/lib/validations/groups';

export const GET = route(async ({ user }) => json({ groups: await listGroups(user.id) }));

export const POST = route(async ({ req, user }) => {
  const input = await parseBody(req, ZCreateGroup);
  return json({ group: await createGroup(user.id, input) }, 201);
});
