/**
 * Search over a group's highlights and comments on the real server and SQLite FTS5: one-, two- and
 * three-character Chinese queries and English words find exactly the expected items; private items only for their
 * author; filters and paging.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGroup, register, type Session } from '../support/client';
import { startServer, stopAndClean, type RunningServer } from '../support/server';

let server: RunningServer;
let alice: Session, bob: Session, carol: Session;
let group: { id: string };
let blocks: { id: string; text: string; kind: string }[];
const ids: Record<string, string> = {};

async function annotate(who: Session, label: string, blockIndex: number, note: string, opts: { visibility?: 'private'; kind?: string; start?: number; end?: number } = {}) {
  const b = blocks.filter((x) => x.kind === 'paragraph')[blockIndex];
  const [start, end] = [opts.start ?? 0, opts.end ?? 6];
  const { body, status } = await who.call('POST', '/api/annotations', { groupId: group.id, blockId: b.id, start, end, exact: Array.from(b.text).slice(start, end).join(''), note, kind: opts.kind ?? 'key', visibility: opts.visibility ?? 'group' });
  expect(status).toBe(201);
  ids[label] = body.annotation.id;
  return body.annotation;
}

const search = async (who: Session, q: string, extra = '') => {
  const res = await who.call('GET', `/api/groups/${group.id}/search?q=${encodeURIComponent(q)}${extra}`);
  expect(res.status).toBe(200);
  return res.body as { hits: { id: string; type: string; body: { text: string; hit: boolean }[]; quote: { text: string; hit: boolean }[] }[]; total: number };
};
const hitIds = async (who: Session, q: string, extra = '') => (await search(who, q, extra)).hits.map((h) => h.id).sort();
const idsOf = (...labels: string[]) => labels.map((l) => ids[l]).sort();

beforeAll(async () => {
  server = await startServer();
  [alice, bob, carol] = await Promise.all([register(server.url, '王芳'), register(server.url, '李明'), register(server.url, '张伟')]);
  group = await makeGroup(alice, [bob, carol]);
  blocks = (await alice.call('GET', '/api/texts/mass-line-guide')).body.text.blocks;
  // Notes chosen so each query below has a known answer.
  await annotate(alice, 'learn', 0, '学习要联系实际');
  await annotate(bob, 'line', 1, '群众路线是生命线', { kind: 'question' });
  await annotate(carol, 'masses', 2, '密切联系群众，服务群众');
  await annotate(alice, 'english', 3, 'Annotation in English: the mass line', { kind: 'insight' });
  await annotate(bob, 'secret', 4, '我的私密学习笔记', { visibility: 'private' });
  const reply = await alice.call('POST', `/api/annotations/${ids.line}/replies`, { body: '学以致用，这条路线要坚持' });
  ids.reply = reply.body.reply.id;
});

afterAll(() => stopAndClean(server));

describe('search', () => {
  it('finds every item containing a one-character query', async () => {
    // 学 occurs in: learn (学习), reply (学以致用), and Bob's private note (only Bob finds that one).
    expect(await hitIds(carol, '学')).toEqual(idsOf('learn', 'reply'));
    expect(await hitIds(bob, '学')).toEqual(idsOf('learn', 'reply', 'secret'));
  });

  it('finds two- and three-character queries exactly', async () => {
    expect(await hitIds(carol, '群众')).toEqual(idsOf('line', 'masses'));
    expect(await hitIds(carol, '路线')).toEqual(idsOf('line', 'reply'));
    expect(await hitIds(carol, '生命线')).toEqual(idsOf('line'));
    expect(await hitIds(carol, '线是')).toEqual(idsOf('line'));
    expect(await hitIds(carol, '群路')).toEqual([]); // not adjacent anywhere
  });

  it('searches the quoted passage too, and English words by prefix and case-insensitively', async () => {
    const quote = Array.from(blocks.filter((x) => x.kind === 'paragraph')[2].text).slice(0, 6).join('');
    expect(await hitIds(carol, quote)).toContain(ids.masses);
    expect(await hitIds(carol, 'english')).toEqual(idsOf('english'));
    expect(await hitIds(carol, 'ANNOT')).toEqual(idsOf('english'));
    expect(await hitIds(carol, 'mass 群众')).toEqual([]); // both terms must occur in one item
  });

  it('marks the matches in context', async () => {
    const { hits } = await search(carol, '群众');
    const masses = hits.find((h) => h.id === ids.masses)!;
    expect(masses.body.filter((p) => p.hit).map((p) => p.text)).toEqual(['群众', '群众']);
    expect(masses.body.map((p) => p.text).join('')).toBe('密切联系群众，服务群众');
  });

  it('never shows a private item to anyone but its author', async () => {
    for (const who of [alice, carol]) expect(await hitIds(who, '私密')).toEqual([]);
    expect(await hitIds(bob, '私密')).toEqual(idsOf('secret'));
  });

  it('filters by member, kind and type, and pages', async () => {
    expect(await hitIds(carol, '学', `&authorId=${alice.user.id}`)).toEqual(idsOf('learn', 'reply'));
    expect(await hitIds(carol, '线', '&kind=question')).toEqual(idsOf('line', 'reply'));
    expect(await hitIds(carol, '学', '&type=comment')).toEqual(idsOf('reply'));
    const page1 = await search(carol, '群', '&pageSize=1&page=1');
    const page2 = await search(carol, '群', '&pageSize=1&page=2');
    expect(page1.total).toBe(2);
    expect([page1.hits[0].id, page2.hits[0].id].sort()).toEqual(idsOf('line', 'masses'));
    expect((await search(carol, '学', `&from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).hits).toEqual([]);
  });

  it('drops deleted items and keeps edits current', async () => {
    await alice.call('PATCH', `/api/annotations/${ids.learn}`, { note: '理论联系实际' });
    expect(await hitIds(carol, '学')).toEqual(idsOf('reply'));
    expect(await hitIds(carol, '理论')).toEqual(idsOf('learn'));
    await alice.call('DELETE', `/api/annotations/${ids.learn}`);
    expect(await hitIds(carol, '理论')).toEqual([]);
  });

  it('validates the query and is closed to outsiders', async () => {
    expect((await carol.call('GET', `/api/groups/${group.id}/search?q=`)).status).toBe(422);
    expect((await carol.call('GET', `/api/groups/${group.id}/search?q=${encodeURIComponent('"*')}`)).status).toBe(422);
    const outsider = await register(server.url, '外人');
    expect((await outsider.call('GET', `/api/groups/${group.id}/search?q=学`)).status).toBe(404);
  });
});
