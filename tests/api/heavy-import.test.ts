/**
 * Issue 9, finding 1 (the rest of it): importing 5,000 annotations held every other user's request for 46 s, and
 * a big group's export is built the same way. Now the file is read, checked and placed in the worker pool, written
 * in short transactions, and an export is built in the pool: another user is answered meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGroup, register, type Session } from '../support/client';
import { bystanderBound, latenciesDuring, percentile } from '../support/latency';
import { startServer, stopAndClean, type RunningServer } from '../support/server';

let server: RunningServer;
let leader: Session, bystander: Session;
let group: { id: string };
/** 5,000 as in the issue; HEAVY_IMPORT_COUNT to try another size */
const COUNT = Number(process.env.HEAVY_IMPORT_COUNT ?? 5_000);

beforeAll(async () => {
  server = await startServer();
  [leader, bystander] = await Promise.all([register(server.url, '组长'), register(server.url, '旁人')]);
  group = await makeGroup(leader);
  await makeGroup(bystander, [], '旁人的小组');
});
afterAll(() => stopAndClean(server));

/** Another user's request, answered with the right data. */
const probe = async () => expect((await bystander.call('GET', '/api/groups')).status).toBe(200);

/** A W3C export of one real annotation, with its one item copied `count` times under new ids. */
async function exportOf(count: number) {
  const para = (await leader.call('GET', '/api/texts/mass-line-guide')).body.text.blocks.find((b: { kind: string }) => b.kind === 'paragraph');
  const exact = Array.from(para.text as string).slice(0, 4).join('');
  const made = await leader.call('POST', '/api/annotations', { groupId: group.id, blockId: para.id, start: 0, end: 4, exact, note: '导入的体会' });
  expect(made.status).toBe(201);
  const res = await fetch(`${server.url}/api/groups/${group.id}/export?format=jsonld`, { headers: { cookie: leader.cookie } });
  const exported = await res.json();
  const [item] = exported.first.items;
  const items = Array.from({ length: count }, (_, i) => ({ ...item, id: `${item.id}-copy-${i}` }));
  return { ...exported, total: count, first: { ...exported.first, items } };
}

describe('heavy annotation work', () => {
  it(`imports ${COUNT} annotations while another user is answered within 200 ms`, async () => {
    const file = await exportOf(COUNT);
    const bound = await bystanderBound(probe);
    const { result, latencies } = await latenciesDuring(leader.call('POST', `/api/groups/${group.id}/import`, file), probe);
    expect(result.status, JSON.stringify(result.body).slice(0, 500)).toBe(201);
    expect(result.body.report.annotations).toBe(COUNT);
    expect(latencies.length).toBeGreaterThan(3);
    expect(percentile(latencies, 0.95)).toBeLessThan(bound);
    // Over a minute of probes one may meet a GC pause or the scheduler of a shared machine; the bound still fails
    // loudly on the old behaviour, where a probe waited for the whole import (46–120 s).
    expect(Math.max(...latencies)).toBeLessThan(Math.max(3_000, 10 * bound));
  }, 600_000);

  it('exports the big group while another user is answered within 200 ms', async () => {
    const bound = await bystanderBound(probe);
    for (const format of ['jsonld', 'csv', 'md']) {
      const exporting = fetch(`${server.url}/api/groups/${group.id}/export?format=${format}`, { headers: { cookie: leader.cookie } }).then(async (r) => ({ status: r.status, text: await r.text() }));
      const { result, latencies } = await latenciesDuring(exporting, probe);
      expect(result.status).toBe(200);
      expect(result.text.length, format).toBeGreaterThan(COUNT * 30); // every annotation is in the file
      expect(percentile(latencies, 0.95), format).toBeLessThan(bound);
      expect(Math.max(...latencies), format).toBeLessThan(Math.max(1_000, 4 * bound));
    }
  }, 300_000);
});
