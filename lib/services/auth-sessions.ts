/**
 * Signed-in sessions kept server-side (issue 9, finding 3: a session cookie copied before sign-out still answered
 * 200, minted tokens and opened sockets for 30 days). The session JWT carries the row's id (`sid`); the row is
 * checked on every request and socket handshake, and ending it — sign-out, a password change — also closes the
 * sockets it opened, through the revocation channel the realtime layer listens to.
 *
 * Why rows rather than a per-user credential version in the JWT: signing out of one browser must not sign the
 * user out everywhere (a version bump would), and a list of one's sessions can be shown and revoked one by one.
 * The cost is one primary-key read per request, cached for a few seconds in this process and forgotten here at once
 * on revocation (like API tokens); with several processes (REDIS_URL) not cached at all, so a sign-out made through
 * one process holds on the next request to any other (lib/redis.ts, sharedStateTtl).
 */
import { randomBytes } from 'node:crypto';
import { db } from '../db';
import { sharedStateTtl } from '../redis';
import { publishRevocation } from './revocations';

/** Matches NextAuth's session maxAge (lib/auth/options.ts). */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
const SESSION_TTL_MS = sharedStateTtl(3_000);

type Live = { userId: string; until: number };
const recent = ((globalThis as unknown as { __gongduLiveSessions?: Map<string, Live> }).__gongduLiveSessions ??= new Map());

export async function startAuthSession(userId: string): Promise<string> {
  const id = randomBytes(18).toString('base64url');
  await db.authSession.create({ data: { id, userId, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_S * 1000) } });
  return id;
}

/** True when `sid` is a live session of `userId`. */
export async function isAuthSessionLive(sid: unknown, userId: string): Promise<boolean> {
  if (typeof sid !== 'string' || sid === '') return false;
  const cached = recent.get(sid);
  if (cached && cached.until > Date.now()) return cached.userId === userId;
  const row = await db.authSession.findUnique({ where: { id: sid }, select: { userId: true, expiresAt: true } });
  if (!row || row.expiresAt.getTime() < Date.now()) {
    recent.delete(sid);
    return false;
  }
  if (recent.size >= 10_000) recent.delete(recent.keys().next().value!);
  recent.set(sid, { userId: row.userId, until: Date.now() + SESSION_TTL_MS });
  return row.userId === userId;
}

/** Signing out: this session ends, with its sockets. */
export async function endAuthSession(sid: unknown): Promise<void> {
  if (typeof sid !== 'string' || sid === '') return;
  await db.authSession.deleteMany({ where: { id: sid } });
  recent.delete(sid);
  publishRevocation({ kind: 'session', id: sid });
}

/** A password change: every other session of the user ends, with its sockets. */
export async function endOtherAuthSessions(userId: string, keepSid?: string): Promise<number> {
  const others = await db.authSession.findMany({ where: { userId, NOT: keepSid ? { id: keepSid } : undefined }, select: { id: true } });
  await db.authSession.deleteMany({ where: { userId, NOT: keepSid ? { id: keepSid } : undefined } });
  for (const { id } of others) {
    recent.delete(id);
    publishRevocation({ kind: 'session', id });
  }
  return others.length;
}
