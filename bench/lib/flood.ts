/**
 * bench:abuse's attacker, in its own process (its CPU is not the server's): one user opens SOCKETS sockets (the
 * per-user cap) and sends one client→server event as fast as the sockets take it for DURATION ms, keeping INFLIGHT
 * requests outstanding per socket. Reports how the server answered (acks by code).
 */
import { io, type Socket } from 'socket.io-client';
import { clock } from './stats';

export interface FloodSpec {
  url: string;
  token: string;
  sockets: number;
  inflight: number;
  durationMs: number;
  event: string;
  isRequest: boolean;
  /** the payload; `{{uuid}}` in a string is replaced by a fresh id each time (creates that store something) */
  payload: unknown;
  /** report when each request was acknowledged `ok` (ms after the flood began) */
  trace?: boolean;
}

const fresh = (payload: unknown): unknown => JSON.parse(JSON.stringify(payload).replaceAll('{{uuid}}', () => crypto.randomUUID()));

process.on('message', async (spec: FloodSpec | null) => {
  if (!spec?.token) return; // not ours (a loader may use the same channel)
  const connect = () => new Promise<Socket | Error>((resolve) => {
    const s = io(spec.url, { transports: ['websocket'], auth: { token: spec.token }, reconnection: false });
    s.once('connect', () => resolve(s));
    s.once('connect_error', (error) => resolve(error));
  });
  // The last flood's sockets may not all be closed on the server yet: a held socket reads its close only when its
  // hold ends (up to 8 s), and after a flood of events without acknowledgement one of them was seen closed only by
  // socket.io's heartbeat (~45 s; BENCHMARKS.md): a socket refused (`too_many_connections`, or anything else) tries
  // again for up to a minute. A round that floods on
  // fewer sockets than asked is refused by bench/abuse.ts rather than reported.
  const refusals: Record<string, number> = {};
  const connectWithin = async (ms: number): Promise<Socket | null> => {
    const until = clock() + ms;
    for (;;) {
      const s = await connect();
      if (!(s instanceof Error)) return s;
      refusals[s.message] = (refusals[s.message] ?? 0) + 1;
      if (clock() > until) return null;
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const sockets = await Promise.all(Array.from({ length: spec.sockets }, () => connectWithin(60_000)));
  const open = sockets.filter((s): s is Socket => s !== null);
  process.send!({ started: true }); // the parent's probing starts now, not while this process was loading
  const acks: Record<string, number> = {};
  const oks: number[] = [];
  let sent = 0;
  const began = clock();
  const end = began + spec.durationMs;
  await Promise.all(
    open.flatMap((s) =>
      Array.from({ length: spec.inflight }, async () => {
        while (clock() < end && s.connected) {
          sent++;
          if (!spec.isRequest) {
            s.emit(spec.event, fresh(spec.payload));
            await new Promise((r) => setImmediate(r));
            continue;
          }
          try {
            const ack = (await s.timeout(30_000).emitWithAck(spec.event, fresh(spec.payload))) as { ok: boolean; error?: { code: string } };
            const code = ack.ok ? 'ok' : (ack.error?.code ?? '?');
            if (ack.ok && spec.trace) oks.push(Math.round(clock() - began));
            acks[code] = (acks[code] ?? 0) + 1;
          } catch {
            acks.timeout = (acks.timeout ?? 0) + 1;
          }
        }
      }),
    ),
  );
  for (const s of open) s.close();
  process.send!({ sent, acks, sockets: open.length, refusals, ...(spec.trace ? { oks } : {}) });
  setTimeout(() => process.exit(0), 100);
});
