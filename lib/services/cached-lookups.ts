/**
 * What the write path looks up on every request, cached per process (issue 11: a create cost 22 statements, each
 * ~0.3–0.6 ms of Prisma JavaScript). Two kinds:
 * - what never changes: a block's text and the version and text it belongs to (a version is never rewritten,
 *   ../shared/DESIGN.md rule 5), the group of an annotation or reply, kept until the cache is full;
 * - what changes rarely: a member's role and a session's live state. The service that changes one forgets it here
 *   at once (memberships in groups.ts; sessions through their own `session:*` events on the bus). With several
 *   processes (REDIS_URL) another one may have made the change and answered already: these are then not kept
 *   (lib/redis.ts, sharedStateTtl), or a promoted leader would be refused and a removed member let in for seconds.
 * Inside a transaction (check-then-act), callers read the database, never these. The caches live on globalThis:
 * server.ts and Next's bundle load this module separately, and a change made through one must reach the other.
 */
import { db } from '../db';
import type { Role } from '../domain/permissions';
import { sharedStateTtl } from '../redis';
import { subscribeCommitted } from './event-bus';

/** A few seconds, alone on the database: long enough to spare it one lookup per write while a class is writing. */
const RARELY_CHANGING_TTL_MS = sharedStateTtl(3_000);
/** Blocks of a few hundred texts; an entry is ~1 KB. */
const BLOCK_LIMIT = 50_000;
const ENTRY_LIMIT = 20_000;
/** No one can rename themselves yet; should that come, the rename forgets the name here. */
const NAME_TTL_MS = 60_000;

/** A map with an expiry per entry and a size bound (oldest first out). Misses are not cached. */
class ExpiringCache<V> {
  private entries = new Map<string, { value: V; until: number }>();
  constructor(private ttlMs: number, private limit: number) {}

  async get(key: string, load: () => Promise<V | null>): Promise<V | null> {
    const hit = this.entries.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = await load();
    if (value === null) this.entries.delete(key);
    else {
      if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { value, until: Date.now() + this.ttlMs });
    }
    return value;
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

}

export interface BlockInfo {
  id: string;
  text: string;
  versionId: string;
  textId: string;
  /** the group whose library the text is in; null for the starting library */
  ownerGroupId: string | null;
}

const caches = ((globalThis as unknown as { __gongduLookups?: { blocks: ExpiringCache<BlockInfo>; groupsOf: ExpiringCache<string>; roles: ExpiringCache<Role>; sessions: ExpiringCache<SessionState>; names: ExpiringCache<string>; subscribed: boolean } }).__gongduLookups ??= {
  blocks: new ExpiringCache<BlockInfo>(Number.POSITIVE_INFINITY, BLOCK_LIMIT),
  groupsOf: new ExpiringCache<string>(Number.POSITIVE_INFINITY, ENTRY_LIMIT),
  roles: new ExpiringCache<Role>(RARELY_CHANGING_TTL_MS, ENTRY_LIMIT),
  sessions: new ExpiringCache<SessionState>(RARELY_CHANGING_TTL_MS, ENTRY_LIMIT),
  names: new ExpiringCache<string>(NAME_TTL_MS, ENTRY_LIMIT),
  subscribed: false,
});
const { blocks, groupsOf, roles, sessions, names } = caches;

/** A block with its version's text, or null if there is no such block. */
export function findBlock(blockId: string): Promise<BlockInfo | null> {
  return blocks.get(blockId, async () => {
    const row = await db.block.findUnique({ where: { id: blockId }, select: { id: true, text: true, versionId: true, version: { select: { textId: true, text: { select: { ownerGroupId: true } } } } } });
    return row && { id: row.id, text: row.text, versionId: row.versionId, textId: row.version.textId, ownerGroupId: row.version.text.ownerGroupId };
  });
}

/**
 * The group an annotation or a comment is in, or null if there is none: it never changes (nothing moves an item to
 * another group, and items are never removed, only marked deleted).
 */
export function findGroupOf(targetType: 'annotation' | 'reply', id: string): Promise<string | null> {
  return groupsOf.get(`${targetType}\u0000${id}`, async () => {
    const row = targetType === 'annotation' ? await db.annotation.findUnique({ where: { id }, select: { groupId: true } }) : await db.comment.findUnique({ where: { id }, select: { groupId: true } });
    return row?.groupId ?? null;
  });
}

const roleKey = (groupId: string, userId: string) => `${groupId}\u0000${userId}`;

/** The user's role in the group, or null if they are not a member. */
export function findRole(userId: string, groupId: string): Promise<Role | null> {
  return roles.get(roleKey(groupId, userId), async () => {
    const m = await db.membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { role: true } });
    return (m?.role as Role | undefined) ?? null;
  });
}

/** Called by every service that adds, removes or changes a membership, after it committed. */
export function forgetMembership(groupId: string, userId: string): void {
  roles.forget(roleKey(groupId, userId));
}

/** A user's display name (the author shown on what they write), or null for an unknown user. */
export function findUserName(userId: string): Promise<string | null> {
  return names.get(userId, async () => (await db.user.findUnique({ where: { id: userId }, select: { name: true } }))?.name ?? null);
}

export interface SessionState {
  id: string;
  groupId: string;
  textId: string;
  isLive: boolean;
}


/** A study session's group, text and whether it is live now, or null if there is no such session. */
export function findSessionState(sessionId: string): Promise<SessionState | null> {
  return sessions.get(sessionId, async () => {
    const s = await db.studySession.findUnique({ where: { id: sessionId }, select: { id: true, groupId: true, textId: true, startedAt: true, endedAt: true } });
    return s && { id: s.id, groupId: s.groupId, textId: s.textId, isLive: Boolean(s.startedAt && !s.endedAt) };
  });
}

// A session's own events say when its state changed (scheduled, started, ended …): forget it then. Once per
// process, whichever copy of this module loads first (the caches are shared).
if (!caches.subscribed) {
  caches.subscribed = true;
  subscribeCommitted(({ events }) => {
    for (const e of events) {
      if (!e.type.startsWith('session:')) continue;
      if (e.sessionId) sessions.forget(e.sessionId);
      const id = (e.payload as { id?: unknown } | null)?.id;
      if (typeof id === 'string') sessions.forget(id);
    }
  });
}
