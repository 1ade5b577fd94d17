/**
 * `npm run bench:live`: annotation-to-all-members latency in one live session, for 30 and 200 members on loopback,
 * including the database write, beside a raw `ws` broadcast measured in the same run.
 *
 * Gongdu: the real server (production build, its own process, fresh SQLite); one member writes an annotation over
 * socket.io; latency is from just before the write until each member's page-side client has applied the event.
 * Baseline: a bare ws relay (bench/ws-broadcast-server.mjs, its own process); latency from send until each client
 * receives the relayed message. Both at the same rate (RATE messages/s), same number of messages.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import WebSocket from 'ws';
import { RealtimeClient } from '../lib/realtime/client';
import { makeGroup, register, type Session } from '../tests/support/client';
import { startServer, stopAndClean, ROOT } from '../tests/support/server';
import { printTable, summarise } from './stats';

const SIZES = (process.env.BENCH_SIZES ?? '30,200').split(',').map(Number);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 100);
const RATE = Number(process.env.BENCH_RATE ?? 20); // writes per second: a lively discussion, far above a real one

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function measureGongdu(members: number) {
  const server = await startServer({ env: { SIGNIN_LIMIT_PER_ADDRESS: '100000' } });
  try {
    const users: Session[] = [];
    for (let i = 0; i < members; i += 10) users.push(...(await Promise.all(Array.from({ length: Math.min(10, members - i) }, (_, j) => register(server.url, `成员${i + j}`)))));
    const [leader, ...rest] = users;
    const group = await makeGroup(leader, rest);
    const { body } = await leader.call('POST', `/api/groups/${group.id}/sessions`, { title: '压测', textId: 'mass-line-guide', scheduledAt: new Date().toISOString() });
    await leader.call('POST', `/api/sessions/${body.session.id}/start`);
    const sessionId = body.session.id as string;
    const blocks = (await leader.call('GET', '/api/texts/mass-line-guide')).body.text.blocks.filter((b: { kind: string }) => b.kind === 'paragraph');

    const clients: RealtimeClient[] = [];
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    for (const user of users) {
      const { body: t } = await user.call('POST', '/api/tokens', { name: 'bench' });
      const client = new RealtimeClient(server.url, { auth: { token: t.token.token } });
      await new Promise<void>((resolve) => client.socket.once('connect', () => resolve()));
      client.follow(`session:${sessionId}`, 0, (events) => {
        const now = performance.now();
        for (const e of events) {
          const id = (e.payload as { id?: string } | null)?.id;
          const t0 = id && sentAt.get(id);
          if (t0) latencies.push(now - t0);
        }
      });
      await client.joinSession(sessionId);
      clients.push(client);
    }
    await sleep(500);
    const writer = clients[0];
    for (let i = 0; i < MESSAGES; i++) {
      const b = blocks[i % blocks.length];
      const id = randomUUID();
      sentAt.set(id, performance.now());
      void writer.request('annotation:create', { id, groupId: group.id, sessionId, blockId: b.id, start: 0, end: 4, exact: Array.from(b.text as string).slice(0, 4).join(''), note: `压测${i}` });
      await sleep(1000 / RATE);
    }
    const expected = MESSAGES * members;
    for (let waited = 0; latencies.length < expected && waited < 30_000; waited += 50) await sleep(50);
    for (const c of clients) c.close();
    return { ...summarise(latencies), delivered: `${latencies.length}/${expected}` };
  } finally {
    await stopAndClean(server);
  }
}

async function measureRawWs(members: number) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bench/ws-broadcast-server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((resolve) => child.stdout!.on('data', (d) => /port (\d+)/.test(String(d)) && resolve(Number(/port (\d+)/.exec(String(d))![1]))));
    const latencies: number[] = [];
    const sockets: WebSocket[] = [];
    for (let i = 0; i < members; i++) {
      const ws = new WebSocket(`ws://127.0.0.1:${port}`);
      await new Promise((r) => ws.once('open', r));
      ws.on('message', (data) => {
        const { t0 } = JSON.parse(String(data));
        latencies.push(performance.now() - t0);
      });
      sockets.push(ws);
    }
    for (let i = 0; i < MESSAGES; i++) {
      // ~250 bytes, about the size of an annotation event's payload core
      sockets[0].send(JSON.stringify({ t0: performance.now(), type: 'annotation:created', note: '压测'.repeat(40), i }));
      await sleep(1000 / RATE);
    }
    const expected = MESSAGES * members;
    for (let waited = 0; latencies.length < expected && waited < 30_000; waited += 50) await sleep(50);
    for (const s of sockets) s.close();
    return { ...summarise(latencies), delivered: `${latencies.length}/${expected}` };
  } finally {
    child.kill();
  }
}

const rows: (string | number)[][] = [];
for (const members of SIZES) {
  const baseline = await measureRawWs(members);
  const gongdu = await measureGongdu(members);
  rows.push(
    [members, 'raw ws broadcast (baseline)', baseline.p50, baseline.p95, baseline.p99, '1.00', baseline.delivered],
    [members, 'Gongdu: socket.io + auth + zod + SQLite write', gongdu.p50, gongdu.p95, gongdu.p99, (gongdu.p50 / baseline.p50).toFixed(2), gongdu.delivered],
  );
}
console.log(`\nAnnotation → every member, ${MESSAGES} messages at ${RATE}/s, loopback, ms (ratio = Gongdu p50 / baseline p50)\n`);
printTable(['members', 'path', 'p50', 'p95', 'p99', 'ratio', 'delivered'], rows);
process.exit(0);
