import { json, parseBody, route } from '@/lib/http/respond';
import { changePassword } from '@/lib/services/change-password';
import { ZChangePassword } from '@/lib/validations/auth';

/** Changes the signed-in user's password; every other session of theirs ends, with its sockets. */
export const POST = route(async ({ req, user }) => {
  const input = await parseBody(req, ZChangePassword);
  return json(await changePassword(user.id, input.currentPassword, input.newPassword, user.sid));
});
