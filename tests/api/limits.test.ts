/**
 * Issue 9, findings 4 and 6: limits that are neither bypassable nor a lockout weapon. X-Forwarded-For is believed
 * only from a trusted proxy; only failures count, per account-and-address and per address; sockets are capped per
 * user and their messages per second; writes spend one allowance per user over sockets and HTTP alike; wrong join
 * codes are limited.
 */
import { request as httpRequest } from 'node:http';
import { io as ioClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RealtimeClient } from '../../lib/realtime/client';
import { makeGroup, register, type Session } from '../support/client';
import { startServer, stopAndClean, type RunningServer } from '../support/server';

let server: RunningServer;
const PROXY = '127.0.0.2';
const ATTACKER = '127.0.0.3';

beforeAll(async () => {
  server = await startServer({ env: { TRUSTED_PROXIES: PROXY, SIGNIN_LIMIT_PER_EMAIL: '10', SIGNIN_LIMIT_PER_ADDRESS: '50', MAX_SOCKETS_PER_USER: '3', MAX_SOCKETS_PER_PROCESS: '5', SOCKET_MESSAGES_PER_SECOND: '20', WRITES_PER_SECOND: '2', WRITE_BURST: '5', JOIN_LIMIT_PER_USER: '10' } });
});
afterAll(() => stopAndClean(server));

/** One HTTP exchange from a chosen local address (127.0.0.x are all this machine's loopback). */
function send(from: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, localAddress: from, method, path, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Signs in through NextAuth from `from`, claiming `forwardedFor`; returns whether a session cookie came back and NextAuth's error. */
async function signInFrom(from: string, forwardedFor: string, email: string, password: string): Promise<{ ok: boolean; error: string | null }> {
  const xff = { 'x-forwarded-for': forwardedFor };
  const csrf = await send(from, 'GET', '/api/auth/csrf', xff);
  const cookie = ([] as string[]).concat(csrf.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  const res = await send(from, 'POST', '/api/auth/callback/credentials', { ...xff, cookie, 'content-type': 'application/x-www-form-urlencoded' }, new URLSearchParams({ csrfToken: JSON.parse(csrf.text).csrfToken, email, password, json: 'true' }).toString());
  const ok = ([] as string[]).concat(res.headers['set-cookie'] ?? []).some((c) => c.includes('session-token='));
  const url = res.text ? (JSON.parse(res.text).url as string) : '';
  return { ok, error: url ? new URL(url, server.url).searchParams.get('error') : null };
}

describe('sign-in limits', () => {
  it('limits 100 failures from rotating X-Forwarded-For, while the owner with the right password still signs in', async () => {
    const owner = await register(server.url, '主人');
    const results = [];
    for (let i = 0; i < 100; i++) results.push(await signInFrom(ATTACKER, `198.51.100.${i}`, owner.user.email, `guess ${i}`));
    const limited = results.filter((r) => r.error?.startsWith('rate_limited')).length;
    expect(limited).toBeGreaterThanOrEqual(90); // the forwarded addresses are not believed: all 100 are one address
    expect(results.every((r) => !r.ok)).toBe(true);
    // The attacker's address is blocked even with the right password…
    expect((await signInFrom(ATTACKER, '198.51.100.200', owner.user.email, owner.password)).ok).toBe(false);
    // …but the owner, through the trusted proxy from their own address, is not locked out.
    expect(await signInFrom(PROXY, '203.0.113.7', owner.user.email, owner.password)).toEqual({ ok: true, error: null });
  }, 120_000);

  it('does not count successes', async () => {
    const regular = await register(server.url, '常客');
    for (let i = 0; i < 15; i++) expect((await signInFrom(PROXY, '203.0.113.8', regular.user.email, regular.password)).ok).toBe(true);
  }, 60_000);
});

describe('socket limits', () => {
  let user: Session;
  beforeAll(async () => {
    user = await register(server.url, '连接');
    user.token = (await user.call('POST', '/api/tokens', { name: 'sockets' })).body.token.token;
  });

  // Both caps are counted in each process (lib/realtime/server.ts): they guard one process's memory, and behind
  // nginx the sockets spread over the processes (P processes: at most P × the per-user cap). So the sockets are all
  // opened on one process, directly; with one process that is the server itself.
  const open = (token = user.token) =>
    new Promise<Socket>((resolve, reject) => {
      const socket = ioClient(server.direct, { transports: ['websocket'], reconnection: false, auth: { token } });
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', (error) => {
        socket.close();
        reject(error);
      });
    });

  it('caps the sockets one user holds, with a clear error', async () => {
    const sockets = [await open(), await open(), await open()];
    await expect(open()).rejects.toThrow('too_many_connections');
    sockets.pop()!.close();
    await new Promise((r) => setTimeout(r, 200));
    sockets.push(await open());
    for (const s of sockets) s.close();
  });

  it('caps the sockets one process holds, all users together, with a clear error', async () => {
    const other = await register(server.url, '另一位');
    other.token = (await other.call('POST', '/api/tokens', { name: 'sockets' })).body.token.token;
    const sockets = [await open(), await open(), await open(), await open(other.token), await open(other.token)];
    await expect(open(other.token)).rejects.toThrow('server_full');
    sockets.pop()!.close();
    await new Promise((r) => setTimeout(r, 200));
    sockets.push(await open(other.token));
    for (const s of sockets) s.close();
    await new Promise((r) => setTimeout(r, 200));
  });

  it('disconnects a socket that floods on past its limit; the user\'s other sockets go on', async () => {
    const flooder = await open();
    const closed = new Promise<string>((resolve) => flooder.once('disconnect', resolve));
    // 20 points a second per socket here: refused more than ten times that within a second is a flood. A refused
    // socket is also held (not read) until its second is over, so how many of a burst one read takes in depends on
    // how the burst crossed the network: the flooder floods on, in bursts, as a flooder does, until cut off.
    let flooding = true;
    void closed.then(() => (flooding = false));
    for (let burst = 0; flooding && burst < 200; burst++) {
      for (let i = 0; i < 100; i++) flooder.emit('session:viewing', { sessionId: 'not-a-session-1', blockId: null });
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await closed).toBe('io server disconnect');
    await new Promise((r) => setTimeout(r, 1_100)); // the flood also spent this second of the user's allowance
    const calm = await open();
    const answer = await calm.timeout(10_000).emitWithAck('notification:read', {});
    expect(answer.ok).toBe(true);
    calm.close();
  });

  it('holds a socket past its limit for the rest of its second, then reads it again', async () => {
    // A refused socket's connection is not read until its budget refills (lib/realtime/flood-guard.ts): the
    // requests sent meanwhile wait, and are answered once it is read again, nothing lost, the socket still open.
    const socket = await open();
    const burst = await Promise.all(Array.from({ length: 10 }, () => socket.timeout(10_000).emitWithAck('notification:read', {})));
    expect(burst.filter((a: { ok: boolean }) => !a.ok).map((a: { error: { code: string } }) => a.error.code)).toContain('rate_limited');
    const started = performance.now();
    const later = await Promise.all(Array.from({ length: 3 }, () => socket.timeout(10_000).emitWithAck('notification:read', {})));
    expect(later.map((a: { ok: boolean }) => a.ok)).toContain(true);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(socket.connected).toBe(true);
    socket.close();
  });

  it('lets a burst of writes through, then a few a second; a client that sends refused writes again gets them all through', async () => {
    // 2 writes a second and a burst of 5 here (defaults 2 and 30): each of three sockets sends 4 writes at once,
    // within its message budget (20 points, a write weighs 3) and the user's (60), so what refuses is the allowance.
    const writer = await register(server.url, '写手');
    const token = (await writer.call('POST', '/api/tokens', { name: 'writes' })).body.token.token as string;
    const sockets = [await open(token), await open(token), await open(token)];
    const answers = (await Promise.all(sockets.flatMap((s) => Array.from({ length: 4 }, () => s.timeout(10_000).emitWithAck('notification:read', {}))))) as { ok: boolean; error?: { code: string; message: string } }[];
    const tooManyWrites = answers.filter((a) => !a.ok && a.error?.message === 'too many writes: slow down');
    expect(tooManyWrites.length).toBeGreaterThanOrEqual(3); // 12 - 2 - 5 = 5, or 3 if the steady second turned over meanwhile
    expect(tooManyWrites.length).toBeLessThanOrEqual(5);
    for (const a of answers) if (!a.ok) expect(a.error!.code).toBe('rate_limited');
    for (const s of sockets) s.close();
    // The page's client (lib/realtime/client.ts) sends a refused request again a second later: ten writes at once
    // all get through, at the steady rate once the burst is spent.
    const client = new RealtimeClient(server.direct, { auth: { token }, reconnection: false });
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 10 }, () => client.request('notification:read', {})));
    expect(results).toHaveLength(10);
    expect(performance.now() - started).toBeLessThan(30_000);
    client.close();
  }, 60_000);

  it('spends HTTP writes from the same allowance: past it 429 with Retry-After and a clear error; reads are not counted', async () => {
    // 2 writes a second and a burst of 5 here. Twenty read marks at once over the API: 7 pass (2 more for each
    // second the twenty take to arrive on a loaded machine), the rest are refused before their body is read.
    const writer = await register(server.url, '接口写手');
    const token = (await writer.call('POST', '/api/tokens', { name: 'writes' })).body.token.token as string;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    // Straight to one process, as the sockets below: each process counts its own (behind nginx, P of them).
    const markRead = () => fetch(`${server.direct}/api/notifications`, { method: 'POST', headers, body: '{}' });
    const responses = await Promise.all(Array.from({ length: 20 }, markRead));
    const refused = responses.filter((r) => r.status === 429);
    const passed = responses.filter((r) => r.status === 200);
    expect(responses.map((r) => r.status).filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(passed.length).toBeGreaterThanOrEqual(7);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    let wait = 0;
    for (const r of refused) {
      const seconds = Number(r.headers.get('retry-after'));
      expect(seconds).toBeGreaterThanOrEqual(1);
      wait = Math.max(wait, seconds);
      const body = await r.json();
      expect(body.error.code).toBe('rate_limited');
      expect(body.error.message).toContain(String(seconds)); // 请 N 秒后再试 / try again in N s
    }
    for (const r of passed) await r.body?.cancel();
    expect((await fetch(`${server.direct}/api/notifications`, { headers })).status).toBe(200); // a read: not counted
    // One allowance whatever the channel: the same user's socket writes are refused now too (of three at once, at
    // most two find the next second's steady allowance).
    const socket = await open(token);
    const answers = (await Promise.all(Array.from({ length: 3 }, () => socket.timeout(10_000).emitWithAck('notification:read', {})))) as { ok: boolean; error?: { message: string } }[];
    expect(answers.filter((a) => !a.ok && a.error?.message === 'too many writes: slow down').length).toBeGreaterThanOrEqual(1);
    socket.close();
    // Sent again after Retry-After, a write passes.
    await new Promise((r) => setTimeout(r, wait * 1000));
    expect((await markRead()).status).toBe(200);
  }, 60_000);

  it('refuses HTTP writes once socket writes have spent the allowance', async () => {
    const writer = await register(server.url, '双通道');
    const token = (await writer.call('POST', '/api/tokens', { name: 'writes' })).body.token.token as string;
    const sockets = [await open(token), await open(token)];
    // 8 writes over two sockets (within their message budgets): the allowance of 2 + 5 is spent.
    await Promise.all(sockets.flatMap((s) => Array.from({ length: 4 }, () => s.timeout(10_000).emitWithAck('notification:read', {}))));
    for (const s of sockets) s.close();
    // Of three API writes at once, at most two find the next second's steady allowance.
    const markRead = () => fetch(`${server.direct}/api/notifications`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
    const statuses = await Promise.all(Array.from({ length: 3 }, async () => (await markRead()).status));
    expect(statuses).toContain(429);
  });

  it('answers a flood of catch-up requests rate_limited instead of running them', async () => {
    const group = await makeGroup(user);
    const socket = await open();
    const answers = await Promise.all(Array.from({ length: 100 }, () => socket.timeout(10_000).emitWithAck('stream:sync', { stream: `group:${group.id}`, after: 0 })));
    const limited = answers.filter((a: { ok: boolean; error?: { code: string } }) => !a.ok && a.error?.code === 'rate_limited').length;
    expect(limited).toBeGreaterThanOrEqual(90);
    expect(answers.filter((a: { ok: boolean }) => a.ok).length).toBeGreaterThan(0);
    socket.close();
  });
});

describe('join codes', () => {
  it('limits wrong codes per user; another user still joins', async () => {
    const [leader, guesser, friend] = await Promise.all([register(server.url, '组长'), register(server.url, '猜码'), register(server.url, '朋友')]);
    const group = await makeGroup(leader);
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await guesser.call('POST', '/api/groups/join', { code: `WRONG${String(i).padStart(3, '0')}` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect((await guesser.call('POST', '/api/groups/join', { code: group.joinCode })).status).toBe(429);
    expect((await friend.call('POST', '/api/groups/join', { code: group.joinCode })).status).toBe(200);
  });
});
