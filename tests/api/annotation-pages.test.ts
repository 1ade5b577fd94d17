/**
 * The reading page's reads for a text of many annotations (issue 11): one page of a block range's threads with a
 * cursor, and the per-block summary of the rest. Both go through the one visibility rule: a member never gets
 * another's private thread, a non-member gets 404, and the query is validated field by field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGroup, register, type Session } from '../support/client';
import { startServer, stopAndClean, type RunningServer } from '../support/server';

let server: RunningServer;
let alice: Session; // owner
let bob: Session; // member
let carol: Session; // outsider
let group: { id: string };
let versionId: string;
let blocks: { id: string; kind: string; text: string }[];
/** ordinals of two paragraphs */
let first: number;
let second: number;
const aliceOnFirst: string[] = [];
let bobPrivate: string;
let aliceOnSecond: string[];

const anchor = (ordinal: number, start: number, end: number) => ({ blockId: blocks[ordinal].id, start, end, exact: Array.from(blocks[ordinal].text).slice(start, end).join('') });
const base = () => `/api/annotations?textId=mass-line-guide&groupId=${group.id}&versionId=${versionId}`;

/** Every page of a range, following `next`; fails on a page over the limit. */
async function allPages(who: Session, from: number, to: number, limit: number) {
  const ids: string[] = [];
  let after = '';
  for (let page = 0; page < 50; page++) {
    const res = await who.call('GET', `${base()}&from=${from}&to=${to}&limit=${limit}${after ? `&after=${after}` : ''}`);
    expect(res.status).toBe(200);
    expect(res.body.annotations.length).toBeLessThanOrEqual(limit);
    ids.push(...res.body.annotations.map((a: { id: string }) => a.id));
    if (!res.body.next) return ids;
    after = res.body.next;
  }
  throw new Error('paging did not end');
}

beforeAll(async () => {
  server = await startServer();
  [alice, bob, carol] = await Promise.all([register(server.url, '王芳'), register(server.url, '李明'), register(server.url, '赵强')]);
  group = await makeGroup(alice, [bob]);
  await makeGroup(carol, [], '另一个小组');
  const { body } = await alice.call('GET', '/api/texts/mass-line-guide');
  versionId = body.text.versionId;
  blocks = body.text.blocks;
  const paragraphs = blocks.map((b, i) => [b, i] as const).filter(([b]) => b.kind === 'paragraph' && Array.from(b.text).length > 20);
  [first, second] = [paragraphs[0][1], paragraphs[3][1]];
  for (let i = 0; i < 7; i++) {
    const res = await alice.call('POST', '/api/annotations', { groupId: group.id, ...anchor(first, i, i + 3), kind: 'key', note: `第${i}条` });
    expect(res.status).toBe(201);
    aliceOnFirst.push(res.body.annotation.id);
  }
  bobPrivate = (await bob.call('POST', '/api/annotations', { groupId: group.id, ...anchor(first, 0, 4), visibility: 'private', note: '私密' })).body.annotation.id;
  aliceOnSecond = [];
  for (let i = 0; i < 2; i++) aliceOnSecond.push((await alice.call('POST', '/api/annotations', { groupId: group.id, ...anchor(second, i, i + 2) })).body.annotation.id);
  expect((await bob.call('POST', `/api/annotations/${aliceOnSecond[0]}/replies`, { body: '同意' })).status).toBe(201);
});

afterAll(() => stopAndClean(server));

describe('a page of a block range', () => {
  it('pages through every thread the viewer may see, once each, and nothing outside the range', async () => {
    const forAlice = await allPages(alice, first, first, 3);
    expect(forAlice).toHaveLength(7);
    expect(new Set(forAlice)).toEqual(new Set(aliceOnFirst));
    const forBob = await allPages(bob, first, first, 3);
    expect(new Set(forBob)).toEqual(new Set([...aliceOnFirst, bobPrivate]));
    expect(new Set(await allPages(alice, first, second, 500))).toEqual(new Set([...aliceOnFirst, ...aliceOnSecond]));
    expect(await allPages(alice, second + 1, blocks.length - 1, 500)).toEqual([]);
  });

  it('carries each thread whole, replies included', async () => {
    const res = await alice.call('GET', `${base()}&from=${second}&to=${second}`);
    const thread = res.body.annotations.find((a: { id: string }) => a.id === aliceOnSecond[0]);
    expect(thread.replies.map((r: { body: string }) => r.body)).toEqual(['同意']);
    expect(res.body.next).toBeNull();
  });

  it('names a bad query field, and is not found for someone outside the group', async () => {
    const backwards = await alice.call('GET', `${base()}&from=5&to=2`);
    expect([400, 422]).toContain(backwards.status);
    expect(backwards.body.error.fields).toHaveProperty('to');
    const tooMany = await alice.call('GET', `${base()}&from=0&to=2&limit=501`);
    expect([400, 422]).toContain(tooMany.status);
    expect(tooMany.body.error.fields).toHaveProperty('limit');
    const noVersion = await alice.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}&from=0&to=2`);
    expect(noVersion.body.error.fields).toHaveProperty('versionId');
    expect((await carol.call('GET', `${base()}&from=0&to=2`)).status).toBe(404);
  });
});

describe('the summary', () => {
  it('counts per block what each viewer would be listed, with the heat weight of replies', async () => {
    const forAlice = (await alice.call('GET', `/api/annotations/summary?textId=mass-line-guide&groupId=${group.id}`)).body.blocks;
    expect(forAlice[blocks[first].id]).toEqual([7, 7]);
    expect(forAlice[blocks[second].id]).toEqual([2, 3]);
    const forBob = (await bob.call('GET', `/api/annotations/summary?textId=mass-line-guide&groupId=${group.id}`)).body.blocks;
    expect(forBob[blocks[first].id]).toEqual([8, 8]);
    expect((await carol.call('GET', `/api/annotations/summary?textId=mass-line-guide&groupId=${group.id}`)).status).toBe(404);
  });

  it('still counts a deleted thread while it holds a live reply, and no more once it does not', async () => {
    expect((await alice.call('DELETE', `/api/annotations/${aliceOnSecond[0]}`)).status).toBe(204);
    let summary = (await alice.call('GET', `/api/annotations/summary?textId=mass-line-guide&groupId=${group.id}`)).body.blocks;
    // the placeholder is listed (1 + the other thread) but weighs only what is alive: the other thread
    expect(summary[blocks[second].id]).toEqual([2, 1]);
    expect((await alice.call('DELETE', `/api/annotations/${aliceOnSecond[1]}`)).status).toBe(204);
    summary = (await alice.call('GET', `/api/annotations/summary?textId=mass-line-guide&groupId=${group.id}`)).body.blocks;
    expect(summary[blocks[second].id]).toEqual([1, 0]);
  });
});

describe('the threads not in a version', () => {
  const SOURCE = ['　　修订测试读本', '', '一、开头', '群众路线是我们党的生命线和根本工作路线。这句话要反复读。', '', '作风建设永远在路上，要持之以恒、久久为功。'].join('\n');
  const upload = (source: string) => ({ fileName: '修订读本.txt', base64: Buffer.from(source).toString('base64') });
  let textId: string;
  let oldVersion: string;
  let newVersion: string;
  let sessionId: string;
  let inSession: string;
  let bobInSession: string;
  let outside: string;
  const elsewhere = (who: Session, notIn: string, more = '') => who.call('GET', `/api/annotations?textId=${textId}&groupId=${group.id}&sessionId=${sessionId}&notInVersion=${notIn}${more}`);

  beforeAll(async () => {
    const created = await alice.call('POST', `/api/groups/${group.id}/texts`, upload(SOURCE));
    expect(created.status).toBe(201);
    textId = created.body.text.id;
    const text = (await alice.call('GET', `/api/texts/${textId}`)).body.text;
    oldVersion = text.versionId;
    const para = text.blocks.find((b: { text: string }) => b.text.startsWith('群众路线'));
    const on = (who: Session, start: number, extra: Record<string, unknown>) =>
      who.call('POST', '/api/annotations', { groupId: group.id, blockId: para.id, start, end: start + 4, exact: Array.from(para.text as string).slice(start, start + 4).join(''), ...extra });
    const { body } = await alice.call('POST', `/api/groups/${group.id}/sessions`, { title: '修订前的学习', textId, scheduledAt: new Date().toISOString() });
    sessionId = body.session.id;
    expect((await alice.call('POST', `/api/sessions/${sessionId}/start`)).status).toBe(200);
    inSession = (await on(alice, 0, { sessionId, note: '学习中' })).body.annotation.id;
    bobInSession = (await on(bob, 2, { sessionId, visibility: 'private', note: '私密' })).body.annotation.id;
    outside = (await on(alice, 4, { note: '平时' })).body.annotation.id;
    // A paragraph added before: every thread moves to the new version; the session keeps the old one.
    const revised = await alice.call('POST', `/api/texts/${textId}/versions`, { source: SOURCE.replace('一、开头\n', '一、开头\n新增的一段导语。\n\n'), note: '补充导语' });
    expect(revised.status).toBe(201);
    newVersion = (await alice.call('GET', `/api/texts/${textId}`)).body.text.versionId;
    expect(newVersion).not.toBe(oldVersion);
    expect((await alice.call('GET', `/api/sessions/${sessionId}`)).body.session.versionId).toBe(oldVersion);
  });

  it("lists a session's threads a revision moved out of its version, as each viewer may see them, and no page of that version does", async () => {
    const forAlice = await elsewhere(alice, oldVersion);
    expect(forAlice.status).toBe(200);
    expect(forAlice.body.annotations.map((a: { id: string }) => a.id)).toEqual([inSession]);
    expect(forAlice.body.annotations[0].versionId).toBe(newVersion);
    expect(forAlice.body.next).toBeNull();
    const forBob = await elsewhere(bob, oldVersion);
    expect(forBob.body.annotations.map((a: { id: string }) => a.id)).toEqual([inSession, bobInSession]);
    expect(forBob.body.annotations.map((a: { id: string }) => a.id)).not.toContain(outside);
    // nothing of the session is left in the old version: the block-range pages of the pinned version are empty
    const oldPage = await alice.call('GET', `/api/annotations?textId=${textId}&groupId=${group.id}&sessionId=${sessionId}&versionId=${oldVersion}&from=0&to=1000`);
    expect(oldPage.body.annotations).toEqual([]);
    // on the version they are in, none is elsewhere
    expect((await elsewhere(alice, newVersion)).body).toEqual({ annotations: [], next: null });
  });

  it('pages with a cursor, names a bad field, and is not found outside the group', async () => {
    const first = await elsewhere(bob, oldVersion, '&limit=1');
    expect(first.body.annotations.map((a: { id: string }) => a.id)).toEqual([inSession]);
    expect(first.body.next).toBe(inSession);
    const second = await elsewhere(bob, oldVersion, `&limit=1&after=${first.body.next}`);
    expect(second.body).toMatchObject({ annotations: [{ id: bobInSession }], next: null });
    const tooMany = await elsewhere(alice, oldVersion, '&limit=501');
    expect([400, 422]).toContain(tooMany.status);
    expect(tooMany.body.error.fields).toHaveProperty('limit');
    const empty = await alice.call('GET', `/api/annotations?textId=${textId}&groupId=${group.id}&notInVersion=`);
    expect(empty.body.error.fields).toHaveProperty('notInVersion');
    expect((await elsewhere(carol, oldVersion)).status).toBe(404);
  });
});
