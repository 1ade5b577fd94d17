/**
 * Past one machine, for real: a throw-away PostgreSQL cluster and Redis, two Gongdu processes on them behind nginx
 * (deploy/nginx.conf). Members on different processes see each other's writes in order, presence spans both, a
 * member who reconnects to the other process catches up exactly, a removed member is cut off on both. Faults:
 * Redis restarted mid-session, PostgreSQL restarted during a burst of writes, one process killed with -9, one
 * stopped with SIGTERM (also with Redis gone). And without Redis, a second process on the same SQLite file refuses
 * to start.
 *
 * Runs in the default (SQLite) pass of the suite only: it brings its own services, which it restarts.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordServiceMessage } from '../../lib/i18n/messages-errors';
import { UNAVAILABLE_MESSAGE } from '../../lib/services/errors';
import { applyPresenceDelta, sortPresence, type PresenceMember } from '../../lib/domain/presence';
import type { RealtimeClient } from '../../lib/realtime/client';
import { makeGroup, register, type Session } from '../support/client';
import { connect, followStream, normalise, waitFor, type LiveUser } from '../support/realtime';
import { startBackend, startServer, stopAndClean, type RunningServer } from '../support/server';
import { startPostgresCluster, startRedis, type PostgresCluster, type RedisServer } from '../support/services';

const run = process.env.GONGDU_TEST_POSTGRES ? describe.skip : describe;

let pgCluster: PostgresCluster;
let redis: RedisServer;
let server: RunningServer;
let alice: Session, bob: Session, carol: Session;
let group: { id: string };
let session: { id: string };
let blocks: { id: string; text: string; kind: string }[];
const clients: RealtimeClient[] = [];

const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');
function anchorOn(i: number, start: number, end: number) {
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  const b = paragraphs[i % paragraphs.length];
  return { blockId: b.id, start, end, exact: slice(b.text, start, end) };
}
/** The member's session, speaking to one given process (not through nginx). */
const on = (s: Session, backend: number) => ({ ...s, base: `http://127.0.0.1:${server.backends[backend].port}` });
async function live(s: Session): Promise<RealtimeClient> {
  const c = await connect(s);
  clients.push(c);
  return c;
}
const serverState = async () => {
  const res = await bob.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}&sessionId=${session.id}`);
  if (res.status !== 200) throw new Error(`GET /api/annotations answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
  return res.body.annotations;
};
const lastSeq = async () => (await alice.call('GET', `/api/sessions/${session.id}`)).body.session.lastSeq as number;
const stream = () => `session:${session.id}`;
function contiguous(u: LiveUser, from: number, to: number) {
  expect(u.events.map((e) => e.seq)).toEqual(Array.from({ length: to - from }, (_, i) => from + i + 1));
}

/** Waits for every promise, or fails after `ms` saying how many had settled (rather than hanging the test). */
async function allWithin<T>(promises: Promise<T>[], ms: number, what: string): Promise<T[]> {
  let done = 0;
  for (const p of promises) void p.then(() => done++, () => undefined);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${done} of ${promises.length} ${what} after ${ms / 1000} s`)), ms)));
  try {
    return await Promise.race([Promise.all(promises), late]);
  } finally {
    clearTimeout(timer);
  }
}


run('two processes on PostgreSQL + Redis behind nginx', () => {
  beforeAll(async () => {
    [pgCluster, redis] = await Promise.all([startPostgresCluster(), startRedis()]);
    server = await startServer({ postgres: pgCluster.adminUrl, redis: redis.url, processes: 2 });
    [alice, bob, carol] = await Promise.all(['王芳', '李明', '张伟'].map((n) => register(server.url, n)));
    group = await makeGroup(alice, [bob, carol]);
    const { body } = await alice.call('POST', `/api/groups/${group.id}/sessions`, { title: '两个进程', textId: 'mass-line-guide', scheduledAt: new Date().toISOString() });
    expect((await alice.call('POST', `/api/sessions/${body.session.id}/start`)).status).toBe(200);
    session = body.session;
    blocks = (await alice.call('GET', '/api/texts/mass-line-guide')).body.text.blocks;
  }, 240_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    await stopAndClean(server);
    await redis?.stop();
    pgCluster?.remove();
  });

  it('answers /api/health on both processes: database and Redis', async () => {
    for (const b of server.backends) {
      const res = await fetch(`http://127.0.0.1:${b.port}/api/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ ok: true, database: 'ok', redis: 'ok' });
      expect(res.headers.get('x-request-id')).toBeTruthy();
    }
  });

  it('gives a user one write allowance on both processes (counted in Redis), not one each', async () => {
    // 20 writes on each process within a second or so: within each socket's and each process's message budget (a
    // write weighs 3 of 60 points), so what refuses is the write allowance (2 a second and a burst of 30): 32 of the 40 pass
    // (a few more if the steady second turns over meanwhile); counted per process, all 40 did.
    const sockets = await Promise.all([0, 1].map((p) => live(on(carol, p))));
    // One at a time on each socket (a user's requests in flight are capped per process).
    const answers = (
      await Promise.all(
        sockets.map(async (c) => {
          const mine = [];
          for (let i = 0; i < 20; i++) mine.push(await c.socket.timeout(20_000).emitWithAck('notification:read', {}));
          return mine;
        }),
      )
    ).flat() as { ok: boolean; error?: { message: string } }[];
    const outcomes: Record<string, number> = {};
    for (const a of answers) outcomes[a.ok ? 'ok' : String(a.error?.message)] = (outcomes[a.ok ? 'ok' : String(a.error?.message)] ?? 0) + 1;
    expect(outcomes, JSON.stringify(outcomes)).toEqual({ ok: expect.any(Number), 'too many writes: slow down': expect.any(Number) });
    expect(outcomes.ok).toBeGreaterThanOrEqual(30);
    expect(outcomes.ok).toBeLessThanOrEqual(36);
  });

  it('members on different processes see each other in order, and presence shows both', async () => {
    const start = await lastSeq();
    const a = await live(on(alice, 0));
    const b = await live(on(bob, 1));
    const [au, bu] = [followStream(a, stream(), start), followStream(b, stream(), start)];
    await a.joinSession(session.id);
    const joined = await b.joinSession(session.id);
    // Bob on process B sees Alice, who joined on process A.
    expect(joined.members.map((m) => m.userId).sort()).toEqual([alice.user.id, bob.user.id].sort());
    for (let i = 0; i < 10; i++) {
      await a.request('annotation:create', { id: randomUUID(), groupId: group.id, sessionId: session.id, ...anchorOn(i, 0, 4), note: `A${i}` });
      await b.request('annotation:create', { id: randomUUID(), groupId: group.id, sessionId: session.id, ...anchorOn(i, 4, 8), note: `B${i}` });
    }
    const end = await lastSeq();
    expect(end - start).toBe(20);
    for (const u of [au, bu]) {
      await waitFor(() => u.events.length === 20, 'twenty events on each process');
      contiguous(u, start, end);
      expect(u.events.map((e) => e.type)).toEqual(Array(20).fill('annotation:created'));
    }
    // Both processes delivered the same events, in the same order.
    expect(bu.events.map((e) => [e.seq, e.actorId, e.createdAt])).toEqual(au.events.map((e) => [e.seq, e.actorId, e.createdAt]));
    for (const u of [au, bu]) {
      expect(u.events.map((e) => e.actorId)).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? bob : alice).user.id));
    }
  });

  it('a joiner on either process is given everyone present on both, after joins, moves and leaves', async () => {
    const { body } = await alice.call('POST', `/api/groups/${group.id}/sessions`, { title: '两个进程的名单', textId: 'mass-line-guide', scheduledAt: new Date().toISOString() });
    expect((await alice.call('POST', `/api/sessions/${body.session.id}/start`)).status).toBe(200);
    const s: string = body.session.id;
    const roster = (members: PresenceMember[]) => sortPresence(members).map((m) => [m.name, m.isLeader, m.blockId]);
    const join = async (c: RealtimeClient) => roster((await c.joinSession(s)).members);
    // alice on A; bob on B; carol with a tab on each
    const a = await live(on(alice, 0));
    const b = await live(on(bob, 1));
    const [c0, c1] = [await live(on(carol, 0)), await live(on(carol, 1))];
    let heard = new Map<string, PresenceMember>();
    a.socket.on('presence:changed', (d) => d.sessionId === s && (heard = applyPresenceDelta(heard, d)));
    await a.joinSession(s);
    expect(await join(b)).toEqual([['王芳', true, null], ['李明', false, null]]);
    await c0.joinSession(s);
    await c1.joinSession(s);
    b.socket.emit('session:viewing', { sessionId: s, blockId: blocks[7].id });
    await waitFor(() => heard.get(bob.user.id)?.blockId === blocks[7].id, 'bob’s move heard on the other process');
    // carol's tab on A leaves: her tab on B keeps her present
    await c0.leaveSession(s);
    const everyone = [['王芳', true, null], ['李明', false, blocks[7].id], ['张伟', false, null]];
    expect(await join(await live(on(alice, 0)))).toEqual(everyone);
    expect(await join(await live(on(bob, 1)))).toEqual(everyone);
    await new Promise((r) => setTimeout(r, 600)); // the leave's delta, had there been one, is out
    expect(heard.has(carol.user.id)).toBe(true);
    // her last tab (on B) leaves, and bob's connection on B drops: gone for a joiner on A and for the room
    await c1.leaveSession(s);
    b.close();
    await waitFor(() => !heard.has(carol.user.id), 'carol gone');
    const again = await join(await live(on(carol, 0)));
    // bob is still there by the tab that joined on B above, where his passage is known
    expect(again).toEqual([['王芳', true, null], ['李明', false, blocks[7].id], ['张伟', false, null]]);
  });

  it('a member who reconnects to the other process catches up exactly', async () => {
    const initial = await serverState();
    const start = await lastSeq();
    const b1 = await live(on(bob, 1));
    const bu = followStream(b1, stream(), start, { initial });
    await waitFor(() => b1.lastSeq(stream()) === start, 'subscribed');
    const a = await live(on(alice, 0));
    await a.request('annotation:create', { id: randomUUID(), groupId: group.id, sessionId: session.id, ...anchorOn(1, 0, 3), note: '断开前' });
    await waitFor(() => bu.events.length === 1, 'live before the drop');
    b1.close();
    for (let i = 0; i < 5; i++) await a.request('annotation:create', { id: randomUUID(), groupId: group.id, sessionId: session.id, ...anchorOn(i, 2, 6), note: `断开时${i}` });
    // Bob comes back on process A, from where his page was.
    const b2 = await live(on(bob, 0));
    const back = followStream(b2, stream(), b1.lastSeq(stream()), { initial: [...bu.state.annotations.values()] });
    const end = await lastSeq();
    await waitFor(() => b2.lastSeq(stream()) === end, 'caught up on the other process');
    contiguous(back, start + 1, end);
    expect(normalise(back.state.annotations.values())).toEqual(normalise(await serverState()));
  });

  it('a removed member is cut off on both processes', async () => {
    const start = await lastSeq();
    const c0 = await live(on(carol, 0));
    const c1 = await live(on(carol, 1));
    const [cu0, cu1] = [followStream(c0, stream(), start), followStream(c1, stream(), start)];
    await Promise.all([c0.joinSession(session.id), c1.joinSession(session.id)]);
    const a = await live(on(alice, 1));
    await a.request('annotation:create', { id: randomUUID(), groupId: group.id, sessionId: session.id, ...anchorOn(2, 0, 3), note: '移除前' });
    await waitFor(() => cu0.events.length === 1 && cu1.events.length === 1, 'both of carol’s sockets live');
    expect((await alice.call('DELETE', `/api/groups/${group.id}/members/${carol.user.id}`)).status).toBe(204);
    await new Promise((r) => setTimeout(r, 500));
    await a.request('annotation:create', { id: randomUUID(), groupId: group.id, sessionId: session.id, ...anchorOn(2, 3, 6), note: '移除后' });
    await new Promise((r) => setTimeout(r, 1_000));
    expect([cu0.events.length, cu1.events.length]).toEqual([1, 1]);
    for (const c of [c0, c1]) await expect(c.request('stream:subscribe', { stream: stream(), after: 0 })).rejects.toMatchObject({ code: 'not_found' });
  });

  /** A burst of writes by two members through nginx while `fault` runs; every write acknowledged and stored once. */
  async function burst(n: number, fault: () => Promise<void>) {
    const initial = await serverState();
    const start = await lastSeq();
    const a = await live(alice);
    const b = await live(bob);
    const watchers = [followStream(a, stream(), start, { initial }), followStream(b, stream(), start, { initial })];
    await waitFor(() => a.lastSeq(stream()) === start && b.lastSeq(stream()) === start, 'subscribed');
    // What the writers' sockets went through, for the message of a failure.
    const seen: string[] = [];
    for (const [who, c] of [['alice', a], ['bob', b]] as const) {
      c.socket.on('disconnect', (reason) => seen.push(`${who} disconnect: ${reason}`));
      c.socket.on('connect_error', (e) => seen.push(`${who} connect_error: ${e.message}`));
      c.socket.on('connect', () => seen.push(`${who} connect`));
    }
    const tag = randomUUID().slice(0, 6);
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < n; i++) {
      const writer = i % 2 ? b : a;
      writes.push(writer.request('annotation:create', { id: randomUUID(), groupId: group.id, sessionId: session.id, ...anchorOn(i, 1, 5), note: `${tag}-${i}` }));
      if (i === Math.floor(n / 3)) await fault();
      else await new Promise((r) => setTimeout(r, 20));
    }
    await allWithin(writes, 60_000, 'writes acknowledged').catch((e) => {
      throw new Error(`${e.message}; sockets: ${seen.join(', ') || 'no change'}`);
    });
    const state = await serverState();
    expect(state.filter((x: { note: string }) => x.note.startsWith(`${tag}-`))).toHaveLength(n); // each stored once
    const end = await lastSeq();
    // A last write after the fault: anything missed meanwhile shows as a gap and is fetched from the log.
    for (const w of watchers) {
      await waitFor(() => w.client.lastSeq(stream()) === end, 'converged', 30_000).catch((e) => {
        throw new Error(`${e.message}: a watcher is at ${w.client.lastSeq(stream())} of ${end} (from ${start}), ${w.client.socket.connected ? 'connected' : 'disconnected'}`);
      });
      contiguous(w, start, end);
      expect(normalise(w.state.annotations.values())).toEqual(normalise(state));
    }
  }

  // Faults, each during a burst of writes: every write acknowledged is stored once and every member converges.
  it('Redis restarted during a session: no acknowledged write is lost and everyone converges', async () => {
    await burst(30, async () => {
      await redis.stop();
      await new Promise((r) => setTimeout(r, 1_000));
      await redis.start();
    });
  }, 120_000);

  it('PostgreSQL restarted during a burst: writers get a clear error, retry, and each write is stored once', async () => {
    let unavailable: { status: number; body: { error: { code: string; message: string } } } | undefined;
    await burst(30, async () => {
      pgCluster.stop('fast');
      // An HTTP writer is told plainly, with 503 and Retry-After (the socket client retries by itself).
      const res = await alice.call('POST', '/api/annotations', { groupId: group.id, ...anchorOn(1, 0, 2), note: '数据库重启中' });
      unavailable = res;
      await pgCluster.start();
    });
    expect(unavailable?.status).toBe(503);
    expect(unavailable?.body.error.code).toBe('unavailable');
    expect(unavailable?.body.error.message).toBe(wordServiceMessage(UNAVAILABLE_MESSAGE, 'zh-CN')); // the asker's language
  }, 120_000);

  it('kill -9 of one process: its members reconnect through nginx to the other and converge', async () => {
    await burst(30, async () => {
      server.backends[0].process.kill('SIGKILL');
      await new Promise((r) => server.backends[0].process.once('exit', r));
    });
    // Bring it back, as a supervisor would; the survivor kept serving meanwhile.
    server = await startServer({ dataDir: server.dataDir, port: server.port, postgres: pgCluster.adminUrl, redis: redis.url, processes: 2 });
    expect((await fetch(`http://127.0.0.1:${server.backends[0].port}/api/health`)).status).toBe(200);
  }, 180_000);

  it('SIGTERM of one process: its members reconnect through nginx to the other and converge', async () => {
    // nginx skips a process for 5 s after it failed (fail_timeout in deploy/nginx.conf): the one brought back by
    // the test above must be trusted again, or stopping the other would be a double fault (nginx answers 502).
    await new Promise((r) => setTimeout(r, 6_000));
    await burst(30, async () => {
      await server.backends[1].stop('SIGTERM');
    });
    server = await startServer({ dataDir: server.dataDir, port: server.port, postgres: pgCluster.adminUrl, redis: redis.url, processes: 2 });
  }, 180_000);

  it('SIGTERM with Redis gone: the process still stops cleanly', async () => {
    await redis.stop();
    const backend = server.backends[0];
    const exited = new Promise<number | null>((r) => backend.process.once('exit', (code) => r(code)));
    backend.process.kill('SIGTERM');
    // 0: it went through its shutdown (a Redis client that waited for a reconnection used to hang it; the safety
    // exit after the drain would say 1).
    expect(await exited).toBe(0);
    await redis.start();
  }, 60_000);
});

describe('one process per database without Redis', () => {
  it('refuses a second process on the same SQLite file, with a clear message', async () => {
    if (process.env.GONGDU_TEST_POSTGRES) return; // the SQLite pass covers it
    const first = await startServer({ processes: 1 });
    try {
      await expect(startBackend({ DATABASE_URL: first.databaseUrl })).rejects.toThrow(/Another Gongdu process \(pid \d+\) is already serving .*REDIS_URL/s);
      // the first one is unharmed
      expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    } finally {
      await stopAndClean(first);
    }
  }, 120_000);
});
