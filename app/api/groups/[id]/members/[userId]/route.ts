import { json, parseBody, route } from '@/lib/http/respond';
import { leaveGroup, removeMember, updateMemberRole } from '@/lib/services/groups';
import { ZUpdateMember } from '@/lib/validations/groups';

type Params = { id: string; userId: string };

/** The owner promotes a member to leader, or back. */
export const PATCH = route<Params>(async ({ req, user, params }) => {
  const { role } = await parseBody(req, ZUpdateMember);
  return json({ member: await updateMemberRole(user.id, params.id, params.userId, role) });
});

/** Leave (your own membership, or `me`) or, for the owner, remove a member. */
export const DELETE = route<Params>(async ({ user, params }) => {
  if (params.userId === 'me' || params.userId === user.id) await leaveGroup(user.id, params.id);
  else await removeMember(user.id, params.id, params.userId);
  return new Response(null, { status: 204 });
});
