/**
 * Changing one's password: the current one is checked, the new one must be strong enough (register-user's rule),
 * and every other signed-in session of the user ends at once with its sockets — someone who learnt the old
 * password is signed out (issue 9, finding 3). The session that made the change stays signed in.
 */
import { db } from '../db';
import { hashPassword, verifyPassword } from '../auth/password';
import { endOtherAuthSessions } from './auth-sessions';
import { ServiceError } from './errors';
import { requireStrongPassword } from './register-user';

export async function changePassword(userId: string, currentPassword: string, newPassword: string, keepSid?: string): Promise<{ endedSessions: number }> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new ServiceError(422, 'wrong_password', 'the current password is not right', 'currentPassword');
  }
  await requireStrongPassword(newPassword, 'newPassword', [user.name, user.email]);
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(newPassword) } });
  return { endedSessions: await endOtherAuthSessions(userId, keepSid) };
}
