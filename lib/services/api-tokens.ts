/**
 * Personal API tokens for scripts and integrations. The secret is shown once at creation; only its SHA-256 is
 * stored. A token is 32 random bytes, so a fast hash is enough: there is nothing to brute-force as with passwords.
 */
import { createHash, randomBytes } from 'node:crypto';
import { db } from '../db';
import { sharedStateTtl } from '../redis';
import { notFound } from './errors';
import type { UserDTO } from './register-user';
import { publishRevocation } from './revocations';

export const TOKEN_PREFIX = 'gd_';

export interface ApiTokenDTO {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

const hashToken = (secret: string) => createHash('sha256').update(secret).digest('hex');

const toDTO = (t: { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null }): ApiTokenDTO => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
});

export async function createApiToken(userId: string, name: string): Promise<ApiTokenDTO & { token: string }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const row = await db.apiToken.create({ data: { userId, name, prefix: token.slice(0, 10), tokenHash: hashToken(token) } });
  return { ...toDTO(row), token };
}

export async function listApiTokens(userId: string): Promise<ApiTokenDTO[]> {
  const rows = await db.apiToken.findMany({ where: { userId, revokedAt: null }, orderBy: { createdAt: 'desc' } });
  return rows.map(toDTO);
}

export async function revokeApiToken(userId: string, tokenId: string): Promise<void> {
  const { count } = await db.apiToken.updateMany({ where: { id: tokenId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw notFound('token');
  for (const [hash, entry] of recentTokens) if (entry.tokenId === tokenId) recentTokens.delete(hash);
  publishRevocation({ kind: 'token', id: tokenId });
}

/**
 * Tokens seen in the last few seconds, by hash: a script or a class of phones writing over HTTP asks once, not on
 * every request. Revoking forgets the token here at once; with several processes (REDIS_URL) a revocation may be
 * made by another one, so nothing is kept (lib/redis.ts, sharedStateTtl).
 */
const TOKEN_TTL_MS = sharedStateTtl(3_000);
type RecentToken = { tokenId: string; user: UserDTO; lastUsedAt: number; until: number };
// On globalThis: server.ts and Next's bundle load this module separately, and a revocation through the one must
// reach the other (../shared/STYLE.md, "Gotchas").
const recentTokens = ((globalThis as unknown as { __gongduRecentTokens?: Map<string, RecentToken> }).__gongduRecentTokens ??= new Map());

/** The user a bearer token belongs to, or null if it is unknown or revoked. Records when it was last used. */
export async function authenticateApiToken(token: string): Promise<(UserDTO & { tokenId: string }) | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const hash = hashToken(token);
  let entry = recentTokens.get(hash);
  if (!entry || entry.until < Date.now()) {
    const row = await db.apiToken.findUnique({ where: { tokenHash: hash }, include: { user: true } });
    if (!row || row.revokedAt) {
      recentTokens.delete(hash);
      return null;
    }
    entry = { tokenId: row.id, user: { id: row.user.id, email: row.user.email, name: row.user.name }, lastUsedAt: row.lastUsedAt?.getTime() ?? 0, until: Date.now() + TOKEN_TTL_MS };
    if (recentTokens.size >= 10_000) recentTokens.delete(recentTokens.keys().next().value!);
    recentTokens.set(hash, entry);
  }
  // At most one write a minute per token: a busy script should not turn every read into a write.
  if (Date.now() - entry.lastUsedAt > 60_000) {
    entry.lastUsedAt = Date.now();
    await db.apiToken.update({ where: { id: entry.tokenId }, data: { lastUsedAt: new Date(entry.lastUsedAt) } });
  }
  return { ...entry.user, tokenId: entry.tokenId };
}
