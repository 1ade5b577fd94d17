/**
 * `npm run bench:connections`: the server's heap (after a full collection) with N members connected, each following
 * the live session and present in it, as a live page is — N = 1,000 (5,000 with BENCH_FULL=1). Baseline in the same
 * run: a bare socket.io server (bench/relay-server.mjs) with N clients in one room. Clients live in receiver
 * processes (bench/lib/receivers.ts); the heap is read through bench/heap-probe.cjs.
 */
import { startFleet, split } from './lib/fleet';
import { heapProbe } from './lib/heap';
import { startRelay } from './lib/relay';
import { interleave, median, report, sleep } from './lib/stats';
import { startWorld } from './lib/world';

const FULL = process.env.BENCH_FULL === '1';
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? (FULL ? 5000 : 1000));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

const probe = heapProbe();
const world = await startWorld(MEMBERS, probe);
const relay = await startRelay(probe);

async function measure(pid: number, connect: Record<string, unknown>, withTokens: boolean) {
  const before = await probe.read(pid);
  const fleet = await startFleet(MEMBERS);
  const shares = split(Array.from({ length: MEMBERS }, (_, i) => i), fleet.length);
  const results = await Promise.all(fleet.map((r, p) => r.send({ cmd: 'connect', count: shares[p].length, ...(withTokens ? { tokens: shares[p].map((i) => world.tokens[i]) } : {}), ...connect } as never)));
  const failed = results.reduce((s, x) => s + x.failed, 0);
  await sleep(1000);
  const after = await probe.read(pid);
  await Promise.all(fleet.map((r) => r.close()));
  await sleep(2000);
  // Per member actually connected: under a heavy load some clients time out, and dividing by all would flatter.
  return { heap: after, perMember: ((after - before) * 1024) / Math.max(1, MEMBERS - failed), failed };
}

try {
  const r = await interleave({ warmup: 0, rounds: ROUNDS }, {
    gongdu: () => measure(world.server.process.pid!, { kind: 'gongdu', url: world.server.url, sessionId: world.sessionId, join: true }, true),
    sio: () => measure(relay.child.pid!, { kind: 'sio', url: relay.sioUrl, sessionId: 'room', join: true }, false),
  });
  report('connections', `${MEMBERS} members connected and present in one live session; heap after a full GC; ${ROUNDS} rounds`, [
    { bench: 'connections', case: `Gongdu, ${MEMBERS} members`, metric: 'heap used', unit: 'MB', values: r.gongdu.heap, baseline: { name: 'bare socket.io', values: r.sio.heap }, ...(MEMBERS >= 5000 ? { target: '≤ 150 MB, all connected', met: median(r.gongdu.heap) <= 150 && Math.max(...r.gongdu.failed) === 0 } : {}) },
    { bench: 'connections', case: `Gongdu, ${MEMBERS} members`, metric: 'heap per member', unit: 'KiB', values: r.gongdu.perMember, baseline: { name: 'bare socket.io', values: r.sio.perMember } },
    { bench: 'connections', case: `Gongdu, ${MEMBERS} members`, metric: 'failed connections', unit: 'n', values: r.gongdu.failed },
  ]);
} finally {
  relay.stop();
  await world.stop();
}
process.exit(0);
