/**
 * `npm run bench:presence`: N members join one live session at RATE/s (500 at 100/s; 2,000 with BENCH_FULL=1):
 * each connects with its token, follows the session and joins it. Figures: connections dropped or refused, join time
 * (connect start → join acknowledged) p50/p99, and the presence bytes each member receives per join, early in the
 * run (10–20 % of members in) and late (80–100 %) — equal when presence is sent as deltas, growing with the room
 * when every change resends the whole list. Baseline, interleaved: a bare socket.io server whose `join` enters a
 * room and tells it who joined (bench/relay-server.mjs). Clients live in receiver processes.
 */
import { startFleet } from './lib/fleet';
import { startRelay } from './lib/relay';
import { clock, interleave, median, report, sleep, summarise } from './lib/stats';
import { startWorld } from './lib/world';

const FULL = process.env.BENCH_FULL === '1';
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? (FULL ? 2000 : 500));
const RATE = Number(process.env.BENCH_RATE ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const PER_PROCESS = 500;

const world = await startWorld(MEMBERS);
const relay = await startRelay();

async function round(connect: Record<string, unknown>, withTokens: boolean) {
  const fleet = await startFleet(MEMBERS, PER_PROCESS);
  const P = fleet.length;
  const start = clock() + 500;
  // Member i joins at start + i / RATE; process p holds members p, p + P, p + 2P …
  const done = Promise.all(
    fleet.map((r, p) => {
      const mine = Array.from({ length: Math.ceil((MEMBERS - p) / P) }, (_, k) => p + k * P);
      return r.send({ cmd: 'connect', count: mine.length, ...(withTokens ? { tokens: mine.map((i) => world.tokens[i]) } : {}), startAt: start + (p * 1000) / RATE, intervalMs: (P * 1000) / RATE, ...connect } as never);
    }),
  );
  // Sample bytes received and joins completed as they go; windows are by joins, not time, since joins may lag.
  const samples: { bytes: number; joined: number }[] = [];
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const st = await Promise.all(fleet.map((r) => r.send({ cmd: 'stats' })));
      samples.push({ bytes: st.reduce((x, y) => x + y.bytes, 0), joined: st.reduce((x, y) => x + y.connected, 0) });
      await sleep(100);
    }
  })();
  const results = await done;
  await sleep(1000); // let the last coalesced presence messages arrive
  sampling = false;
  await sampler;
  const firstAt = (n: number) => samples.find((x) => x.joined >= n) ?? samples[samples.length - 1];
  /** presence bytes one member receives per join, between two samples */
  const perJoinPerMember = (a: { bytes: number; joined: number }, b: { bytes: number; joined: number }) => (b.bytes - a.bytes) / Math.max(1, (b.joined - a.joined) * ((a.joined + b.joined) / 2));
  const early = perJoinPerMember(firstAt(0.1 * MEMBERS), firstAt(0.2 * MEMBERS));
  const late = perJoinPerMember(firstAt(0.8 * MEMBERS), samples[samples.length - 1]);
  const stats = await Promise.all(fleet.map((r) => r.send({ cmd: 'stats' })));
  const joins = results.flatMap((x) => x.joins as number[]);
  const failed = results.reduce((s, x) => s + x.failed, 0);
  const disconnects = stats.reduce((s, x) => s + x.disconnects, 0);
  await Promise.all(fleet.map((r) => r.close()));
  await sleep(3000); // everyone leaves before the next round
  const s = summarise(joins);
  return { dropped: failed + disconnects, p50: s.p50, p99: s.p99, early, late };
}

try {
  const r = await interleave({ warmup: 0, rounds: ROUNDS }, {
    gongdu: () => round({ kind: 'gongdu', url: world.server.url, sessionId: world.sessionId, join: true }, true),
    sio: () => round({ kind: 'sio', url: relay.sioUrl, sessionId: 'room', join: true }, false),
  });
  const c = `Gongdu, ${MEMBERS} joining at ${RATE}/s`;
  const full = MEMBERS >= 2000;
  report('presence', `${MEMBERS} members joining one live session at ${RATE}/s; ${ROUNDS} rounds; bytes = presence bytes one member receives per join`, [
    { bench: 'presence', case: c, metric: 'dropped', unit: 'n', values: r.gongdu.dropped, baseline: { name: 'socket.io join+delta', values: r.sio.dropped }, ...(full ? { target: '0', met: Math.max(...r.gongdu.dropped) === 0 } : {}) },
    { bench: 'presence', case: c, metric: 'join p50', unit: 'ms', values: r.gongdu.p50, baseline: { name: 'socket.io join+delta', values: r.sio.p50 }, ...(full ? { target: '≤ 100 ms', met: median(r.gongdu.p50) <= 100 } : {}) },
    { bench: 'presence', case: c, metric: 'join p99', unit: 'ms', values: r.gongdu.p99, baseline: { name: 'socket.io join+delta', values: r.sio.p99 } },
    { bench: 'presence', case: c, metric: 'bytes/join/member, 10–20 % in', unit: 'B', values: r.gongdu.early, baseline: { name: 'socket.io join+delta', values: r.sio.early } },
    { bench: 'presence', case: c, metric: 'bytes/join/member, 80–100 % in', unit: 'B', values: r.gongdu.late, baseline: { name: 'socket.io join+delta', values: r.sio.late }, target: '≈ early (independent of size)', met: median(r.gongdu.late) > 0 && median(r.gongdu.late) <= 1.5 * median(r.gongdu.early) },
  ]);
} finally {
  relay.stop();
  await world.stop();
}
process.exit(0);
