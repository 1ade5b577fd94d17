/**
 * A running Gongdu (production build, own process, fresh SQLite; or two processes on PostgreSQL + Redis behind
 * nginx, bench/lib/backend.ts) with one group of N members, each with an API token, and one live session on the
 * starting library's guide. The leader signs up through the API; the other
 * members are written straight into the database (N sign-ups through argon2 would measure password hashing, not
 * what the benchmark is about), with the same token hashing the service uses.
 */
import Database from 'better-sqlite3';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { makeGroup, register, type Session } from '../../tests/support/client';
import { insertRows, startServer, stopAndClean, type RunningServer } from '../../tests/support/server';

export interface World {
  server: RunningServer;
  leader: Session;
  groupId: string;
  sessionId: string;
  textId: string;
  /** tokens of every member, the leader first */
  tokens: string[];
  userIds: string[];
  paragraphs: { id: string; text: string }[];
  stop: () => Promise<void>;
}

export const TEXT_ID = 'mass-line-guide';
// A shared machine under load can take minutes to start Next: a benchmark waits rather than fails.
process.env.SERVER_START_TIMEOUT_MS ??= '300000';
const hash = (s: string) => createHash('sha256').update(s).digest('hex');

/** The server's SQLite file, for the SQLite-only baselines and seeds. */
export function openDb(server: RunningServer) {
  const db = new Database(server.databaseUrl.replace(/^file:/, ''));
  db.pragma('busy_timeout = 10000');
  return db;
}

export async function startWorld(members: number, opts: { env?: Record<string, string>; nodeArgs?: string[]; noSession?: boolean } = {}): Promise<World> {
  const server = await startServer({ env: { SIGNIN_LIMIT_PER_ADDRESS: '100000', ...opts.env }, nodeArgs: opts.nodeArgs });
  try {
    const leader = await register(server.url, '领学人');
    const group = await makeGroup(leader);
    const leaderToken = (await leader.call('POST', '/api/tokens', { name: 'bench' })).body.token.token as string;
    const tokens = [leaderToken];
    const userIds = [leader.user.id];
    const now = new Date();
    const users: unknown[][] = [], members_: unknown[][] = [], apiTokens: unknown[][] = [];
    for (let i = 1; i < members; i++) {
      const id = `bench-user-${randomUUID()}`;
      const token = 'gd_' + randomBytes(32).toString('base64url');
      users.push([id, `${id}@example.test`, `成员${String(i).padStart(4, '0')}`, 'not-a-password-hash', now]);
      members_.push([randomUUID(), group.id, id, 'member', now]);
      apiTokens.push([randomUUID(), id, 'bench', token.slice(0, 10), hash(token), now]);
      tokens.push(token);
      userIds.push(id);
    }
    // Straight into the database, SQLite or PostgreSQL (bench/lib/backend.ts).
    await insertRows(server.databaseUrl, 'User', ['id', 'email', 'name', 'passwordHash', 'createdAt'], users);
    await insertRows(server.databaseUrl, 'Membership', ['id', 'groupId', 'userId', 'role', 'joinedAt'], members_);
    await insertRows(server.databaseUrl, 'ApiToken', ['id', 'userId', 'name', 'prefix', 'tokenHash', 'createdAt'], apiTokens);
    let sessionId = '';
    if (!opts.noSession) {
      const { body } = await leader.call('POST', `/api/groups/${group.id}/sessions`, { title: '压测', textId: TEXT_ID, scheduledAt: new Date().toISOString() });
      sessionId = body.session.id;
      await leader.call('POST', `/api/sessions/${sessionId}/start`);
    }
    const blocks = (await leader.call('GET', `/api/texts/${TEXT_ID}`)).body.text.blocks as { id: string; kind: string; text: string }[];
    return { server, leader, groupId: group.id, sessionId, textId: TEXT_ID, tokens, userIds, paragraphs: blocks.filter((b) => b.kind === 'paragraph'), stop: () => stopAndClean(server) };
  } catch (error) {
    await stopAndClean(server);
    throw error;
  }
}

/** A note that makes an `annotation:created` event of about 950 bytes (a real one, measured), carrying its send time. */
export function timedNote(t0: number, key: number, filler = 70): string {
  return `⏱${t0.toFixed(3)}⏱${key} ` + '这一段讲群众路线的根本要求，值得反复体会。'.repeat(Math.ceil(filler / 20)).slice(0, filler);
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}
