/**
 * A child process holding many receiving clients, so that what the receivers cost (parsing, the client library)
 * is not charged to the writer or the server: the parent forks one or more of these and drives them over IPC.
 *
 * Clients are of three kinds: `gongdu` (the real browser-side RealtimeClient with an API token, following a session
 * and joining it), `sio` (a bare socket.io client of bench/relay-server.mjs) and `ws` (a bare ws client of the same
 * server). Each message carries the sender's clock (`⏱<ms>⏱`); latency is measured here against this process's
 * clock corrected by the offset found with the parent at start (both are the same machine's wall clock; the
 * correction removes the sub-millisecond difference in how each process fixed its time origin).
 */
import { io as connectSio, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { RealtimeClient } from '../../lib/realtime/client';
import { clock } from './stats';

type Kind = 'gongdu' | 'sio' | 'ws';
export type ReceiverCommand =
  | { cmd: 'ping' }
  | { cmd: 'offset'; offset: number }
  | { cmd: 'connect'; kind: Kind; url: string; count: number; tokens?: string[]; sessionId?: string; join?: boolean; startAt?: number; intervalMs?: number }
  | { cmd: 'collect' }
  | { cmd: 'stats' }
  | { cmd: 'close' };

const T0 = /⏱([\d.]+)⏱(\d+)/;
const JOIN_TIMEOUT_MS = 60_000;
let offset = 0; // this clock minus the parent's
/** latencies per message number */
const received = new Map<number, number[]>();
let bytes = 0;
let disconnects = 0;
let connected = 0;
const closers: (() => void)[] = [];

function onText(text: string | undefined) {
  const m = text && T0.exec(text);
  if (!m) return;
  const latency = clock() - offset - Number(m[1]);
  const key = Number(m[2]);
  const list = received.get(key);
  if (list) list.push(latency);
  else received.set(key, [latency]);
}

function countBytes(socket: Socket) {
  socket.io.on('open', () => {
    socket.io.engine.on('packet', (p: { data?: unknown }) => {
      bytes += typeof p.data === 'string' ? Buffer.byteLength(p.data) : 0;
    });
  });
}

/** Connects one client and (for gongdu / sio) joins the session room; resolves with the join time in ms. */
async function connectOne(c: Extract<ReceiverCommand, { cmd: 'connect' }>, i: number): Promise<number> {
  const t0 = clock();
  if (c.kind === 'ws') {
    const ws = new WebSocket(c.url);
    await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
    ws.on('message', (data) => onText(String(data)));
    ws.on('close', () => disconnects++);
    closers.push(() => ws.close());
    return clock() - t0;
  }
  if (c.kind === 'sio') {
    const socket = connectSio(c.url, { transports: ['websocket'], reconnection: false });
    countBytes(socket);
    socket.on('msg', (m: { text: string }) => onText(m.text));
    await new Promise<void>((resolve, reject) => (socket.once('connect', () => resolve()), socket.once('connect_error', reject)));
    socket.on('disconnect', () => disconnects++);
    if (c.join) await socket.timeout(30_000).emitWithAck('join', { room: c.sessionId, userId: `u${i}`, name: `成员${i}` });
    closers.push(() => socket.close());
    return clock() - t0;
  }
  const client = new RealtimeClient(c.url, { auth: { token: c.tokens![i] }, reconnection: false });
  countBytes(client.socket as unknown as Socket);
  await new Promise<void>((resolve, reject) => (client.socket.once('connect', () => resolve()), client.socket.once('connect_error', reject)));
  client.socket.on('disconnect', () => disconnects++);
  client.follow(`session:${c.sessionId}`, 0, () => undefined);
  client.socket.on('event:appended', (e) => onText((e.payload as { note?: string } | null)?.note));
  if (c.join) await client.joinSession(c.sessionId!);
  closers.push(() => client.close());
  return clock() - t0;
}

process.on('message', async (message: { id: number; command: ReceiverCommand } | null) => {
  if (!message?.command) return; // not ours (a loader may use the same channel)
  const { id, command: m } = message;
  const reply = (value: unknown) => process.send!({ id, value });
  switch (m.cmd) {
    case 'ping':
      return reply({ now: clock() });
    case 'offset':
      offset = m.offset;
      return reply({ ok: true });
    case 'connect': {
      const n = m.count;
      const joins: number[] = [];
      let failed = 0;
      const tasks: Promise<void>[] = [];
      for (let i = 0; i < n; i++) {
        if (m.intervalMs) {
          const wait = (m.startAt ?? clock()) + i * m.intervalMs - clock();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        }
        // A client that neither joins nor fails (the real client retries forever) counts as dropped after a minute.
        const task = Promise.race([connectOne(m, i), new Promise<number>((_, reject) => setTimeout(() => reject(new Error('join timed out')), JOIN_TIMEOUT_MS))]).then(
          (t) => void (connected++, joins.push(t)),
          () => void failed++,
        );
        // Paced joins overlap like real arrivals; unpaced ones connect a few at a time to avoid a handshake storm.
        if (m.intervalMs) tasks.push(task);
        else if (i % 20 === 19) await task;
        else tasks.push(task);
      }
      await Promise.all(tasks);
      return reply({ joins, failed });
    }
    case 'collect': {
      const out = Object.fromEntries(received);
      received.clear();
      return reply({ received: out });
    }
    case 'stats':
      return reply({ bytes, disconnects, connected });
    case 'close':
      for (const close of closers) close();
      reply({ ok: true });
      setTimeout(() => process.exit(0), 100);
  }
});
