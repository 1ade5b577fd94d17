/**
 * Issue 9, finding 1: one small upload froze the whole server (the importer was quadratic and ran on the event
 * loop). Now a 2 MB file of one-character lines is read in a worker, in bounded time, while another user's
 * requests keep being answered within 200 ms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGroup, register, type Session } from '../support/client';
import { bystanderBound, latenciesDuring, percentile } from '../support/latency';
import { startServer, stopAndClean, type RunningServer } from '../support/server';

let server: RunningServer;
let leader: Session, bystander: Session;
let group: { id: string };

beforeAll(async () => {
  server = await startServer();
  [leader, bystander] = await Promise.all([register(server.url, '组长'), register(server.url, '旁人')]);
  group = await makeGroup(leader);
  await makeGroup(bystander, [], '旁人的小组');
});
afterAll(() => stopAndClean(server));

describe('a 2 MB upload of one-character lines', () => {
  const file = { fileName: 'lines.txt', base64: Buffer.from('a\n'.repeat(1024 * 1024)).toString('base64') };

  it('previews in bounded time while another user is answered within 200 ms', async () => {
    const probe = async () => expect((await bystander.call('GET', '/api/groups')).status).toBe(200);
    const bound = await bystanderBound(probe);
    const started = performance.now();
    const { result, latencies } = await latenciesDuring(leader.call('POST', `/api/groups/${group.id}/texts/preview`, file), probe);
    const took = performance.now() - started;
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body.preview.blockCount).toBe(1);
    expect(result.body.preview.mendedBreaks).toBeGreaterThan(1_000_000);
    expect(took).toBeLessThan(90_000);
    expect(latencies.length).toBeGreaterThan(3);
    expect(percentile(latencies, 0.95)).toBeLessThan(bound);
    expect(Math.max(...latencies)).toBeLessThan(Math.max(1_000, 4 * bound));
  }, 120_000);

  it('saves in bounded time while another user is answered within 200 ms', async () => {
    const probe = async () => expect((await bystander.call('GET', '/api/groups')).status).toBe(200);
    const bound = await bystanderBound(probe);
    const { result, latencies } = await latenciesDuring(leader.call('POST', `/api/groups/${group.id}/texts`, file), probe);
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    expect(percentile(latencies, 0.95)).toBeLessThan(bound);
    expect(Math.max(...latencies)).toBeLessThan(Math.max(1_000, 4 * bound));
  }, 120_000);

  it('refuses a file that reads into more blocks than any book, naming the file', async () => {
    const many = { fileName: 'many.txt', base64: Buffer.from('第一章 开头\n' + '好。\n'.repeat(30_000)).toString('base64') };
    const { status, body } = await leader.call('POST', `/api/groups/${group.id}/texts/preview`, many);
    expect(status).toBe(422);
    expect(body.error.code).toBe('too_many_blocks');
    expect(body.error.fields).toHaveProperty('file');
  }, 120_000);
});
