/**
 * Who is asking: an `Authorization: Bearer gd_…` API token, or the NextAuth session cookie. Used by route
 * handlers; pages use `currentUser()`.
 */
import { getServerSession } from 'next-auth';
import { authenticateApiToken } from '../services/api-tokens';
import { isAuthSessionLive } from '../services/auth-sessions';
import { authOptions } from './options';
import { readSessionToken } from './session-token';
import type { UserDTO } from '../services/register-user';

export interface RequestUser {
  id: string;
  name: string;
  email?: string;
  /** the server-side session a cookie request belongs to (absent for API tokens) */
  sid?: string;
}

export async function requestUser(req: Request): Promise<RequestUser | null> {
  const authorization = req.headers.get('authorization');
  if (authorization?.startsWith('Bearer ')) {
    const user: UserDTO | null = await authenticateApiToken(authorization.slice(7).trim());
    return user;
  }
  const token = await readSessionToken(Object.fromEntries(req.headers));
  return token ? { id: token.sub, name: String(token.name ?? ''), email: token.email ?? undefined, sid: token.sid } : null;
}

/** The signed-in user of a page render, or null. */
export async function currentUser(): Promise<RequestUser | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; name?: string | null; email?: string | null } | undefined;
  // A signed-out or revoked session still decodes: only its server-side row says it is live.
  if (!user?.id || !(await isAuthSessionLive((session as { sid?: unknown }).sid, user.id))) return null;
  return { id: user.id, name: user.name ?? '', email: user.email ?? undefined };
}
