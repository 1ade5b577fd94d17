import { db } from '../db';
import { dummyPasswordHash, verifyPassword } from '../auth/password';
import type { UserDTO } from './register-user';

/** The user with this email and password, or null. Unknown emails cost the same time as wrong passwords. */
export async function authenticateUser(email: string, password: string): Promise<UserDTO | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  return user && ok ? { id: user.id, email: user.email, name: user.name } : null;
}
