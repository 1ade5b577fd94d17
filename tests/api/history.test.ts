/**
 * Looking back over a seeded session with several members, on the real server: the timeline in order, passage and
 * member views, exports (W3C JSON-LD passing the suite's musts, CSV, Markdown), an export → import round trip into
 * another group, the minutes — and no private item in anyone else's view, search or export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGroup, register, type Session } from '../support/client';
import { startServer, stopAndClean, type RunningServer } from '../support/server';
import { createValidator, loadAssertions, runAssertions, suiteFound } from '../support/w3c-suite';

let server: RunningServer;
let leader: Session, li: Session, zhang: Session, outsider: Session;
let group: { id: string };
let sessionId: string;
let paras: { id: string; text: string; path: string }[];
const made: Record<string, string> = {};
const PRIVATE_NOTE = '只有我自己能看见的私密笔记';

const slice = (t: string, s: number, e: number) => Array.from(t).slice(s, e).join('');
async function annotate(who: Session, label: string, p: number, s: number, e: number, note: string, extra: Record<string, unknown> = {}) {
  const res = await who.call('POST', '/api/annotations', { groupId: group.id, sessionId, blockId: paras[p].id, start: s, end: e, exact: slice(paras[p].text, s, e), note, ...extra });
  expect(res.status).toBe(201);
  made[label] = res.body.annotation.id;
}

beforeAll(async () => {
  server = await startServer();
  [leader, li, zhang, outsider] = await Promise.all(['组长王芳', '李明', '张伟', '外人'].map((n) => register(server.url, n)));
  group = await makeGroup(leader, [li, zhang]);
  paras = (await leader.call('GET', '/api/texts/mass-line-guide')).body.text.blocks.filter((b: { kind: string }) => b.kind === 'paragraph');
  const s = await leader.call('POST', `/api/groups/${group.id}/sessions`, { title: '第三次集中学习', textId: 'mass-line-guide', scheduledAt: new Date().toISOString() });
  sessionId = s.body.session.id;
  await leader.call('POST', `/api/sessions/${sessionId}/start`);
  await annotate(leader, 'lead', 1, 0, 10, '本段是全文的纲');
  await annotate(li, 'q', 1, 2, 8, '这里怎么理解？', { kind: 'question' });
  await annotate(zhang, 'insight', 3, 0, 12, '联系实际谈体会', { kind: 'insight' });
  await annotate(li, 'private', 1, 0, 4, PRIVATE_NOTE, { visibility: 'private' });
  const r = await zhang.call('POST', `/api/annotations/${made.q}/replies`, { body: '是群众观点的体现' });
  made.reply = r.body.reply.id;
  await leader.call('PUT', '/api/reactions', { targetType: 'annotation', targetId: made.q, kind: 'same-question', active: true });
  await leader.call('POST', `/api/annotations/${made.q}/resolve`, { resolved: true });
  await leader.call('POST', `/api/sessions/${sessionId}/reflections`, { body: '今天的学习让我认识到群众路线的重要' });
  await leader.call('POST', `/api/sessions/${sessionId}/end`);
});

afterAll(() => stopAndClean(server));

describe('review', () => {
  it('gives the session timeline in order, without anyone else’s private items', async () => {
    const { body } = await zhang.call('GET', `/api/sessions/${sessionId}/timeline`);
    const changes = body.items.filter((i: { seq: number | null }) => i.seq !== null);
    expect(changes.map((i: { type: string }) => i.type)).toEqual([
      'annotation:created',
      'annotation:created',
      'annotation:created',
      'reply:created',
      'reaction:changed',
      'annotation:resolved',
      'reflection:created',
      'session:ended',
    ]);
    expect(changes.map((i: { seq: number }) => i.seq)).toEqual([...changes.map((i: { seq: number }) => i.seq)].sort((a, b) => a - b));
    expect(changes[3]).toMatchObject({ actor: { name: '张伟' }, body: '是群众观点的体现', blockId: paras[1].id, annotationId: made.q });
    expect(JSON.stringify(body)).not.toContain(PRIVATE_NOTE);
    const mine = await li.call('GET', `/api/sessions/${sessionId}/timeline`);
    expect(JSON.stringify(mine.body)).toContain(PRIVATE_NOTE);
    expect((await outsider.call('GET', `/api/sessions/${sessionId}/timeline`)).status).toBe(404);
  });

  it('lists every thread on a passage, newest or oldest first', async () => {
    const newest = await zhang.call('GET', `/api/groups/${group.id}/passages/${paras[1].id}?order=newest`);
    expect(newest.body.threads.map((t: { id: string }) => t.id)).toEqual([made.q, made.lead]);
    const oldest = await zhang.call('GET', `/api/groups/${group.id}/passages/${paras[1].id}?order=oldest`);
    expect(oldest.body.threads.map((t: { id: string }) => t.id)).toEqual([made.lead, made.q]);
    expect(oldest.body.threads[1].replies.map((r: { body: string }) => r.body)).toEqual(['是群众观点的体现']);
    const author = await li.call('GET', `/api/groups/${group.id}/passages/${paras[1].id}`);
    expect(author.body.threads.map((t: { id: string }) => t.id)).toContain(made.private);
  });

  it('shows a member their own history, and leaders everyone’s — without private items', async () => {
    const own = await li.call('GET', `/api/groups/${group.id}/members/me/history`);
    expect(own.body.annotations.map((a: { id: string }) => a.id).sort()).toEqual([made.q, made.private].sort());
    const byLeader = await leader.call('GET', `/api/groups/${group.id}/members/${li.user.id}/history`);
    expect(byLeader.body.annotations.map((a: { id: string }) => a.id)).toEqual([made.q]);
    expect(JSON.stringify(byLeader.body)).not.toContain(PRIVATE_NOTE);
    const zhangReplies = await leader.call('GET', `/api/groups/${group.id}/members/${zhang.user.id}/history`);
    expect(zhangReplies.body.replies.map((r: { body: string }) => r.body)).toEqual(['是群众观点的体现']);
    expect((await zhang.call('GET', `/api/groups/${group.id}/members/${li.user.id}/history`)).status).toBe(403);
  });

  it('marks what is new since the last visit (the heat map is the reader’s own)', async () => {
    const first = await zhang.call('GET', `/api/groups/${group.id}/activity?textId=mass-line-guide`);
    expect(first.body).not.toHaveProperty('heat');
    expect(first.body.previousVisit).toBeNull();
    await li.call('POST', `/api/annotations/${made.insight}/replies`, { body: '补充一点' });
    const second = await zhang.call('GET', `/api/groups/${group.id}/activity?textId=mass-line-guide`);
    expect(second.body.unread).toEqual([made.insight]);
  });

  it('lets leaders hide an improper reflection: gone for members everywhere, marked for leaders', async () => {
    const made = await zhang.call('POST', `/api/sessions/${sessionId}/reflections`, { body: '一条不妥的体会' });
    const id = made.body.reflection.id;
    expect((await li.call('POST', `/api/sessions/${sessionId}/reflections/${id}/hide`, { hidden: true })).status).toBe(403);
    expect((await leader.call('POST', `/api/sessions/${sessionId}/reflections/${id}/hide`, { hidden: true })).status).toBe(204);
    const asMember = await li.call('GET', `/api/sessions/${sessionId}/reflections`);
    expect(asMember.body.reflections.map((r: { id: string }) => r.id)).not.toContain(id);
    const asLeader = await leader.call('GET', `/api/sessions/${sessionId}/reflections`);
    expect(asLeader.body.reflections.find((r: { id: string }) => r.id === id)).toMatchObject({ hidden: true, body: '一条不妥的体会' });
    for (const path of [`/api/sessions/${sessionId}/timeline`, `/api/streams?stream=group:${group.id}&after=0`, `/api/groups/${group.id}/search?q=${encodeURIComponent('不妥')}`]) {
      expect(JSON.stringify((await li.call('GET', path)).body), path).not.toContain('一条不妥的体会');
    }
    expect((await leader.call('POST', `/api/sessions/${sessionId}/reflections/${made.body.reflection.id.slice(0, -1)}x/hide`, { hidden: true })).status).toBe(404);
  });

  it('keeps private items out of search for everyone else', async () => {
    const res = await leader.call('GET', `/api/groups/${group.id}/search?q=${encodeURIComponent('私密')}`);
    expect(res.body.hits).toEqual([]);
  });
});

describe('export and import', () => {
  it('exports W3C JSON-LD that passes the suite’s musts, with Chinese quotes and replies and nothing private', async () => {
    const res = await fetch(`${server.url}/api/groups/${group.id}/export?format=jsonld`, { headers: { cookie: zhang.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/ld+json');
    const text = await res.text();
    expect(text).not.toContain(PRIVATE_NOTE);
    const doc = JSON.parse(text);
    const items = doc.first.items as { motivation: string; target: unknown }[];
    expect(items.filter((i) => i.motivation === 'replying')).toHaveLength(2);
    expect(text).toContain(slice(paras[1].text, 0, 10));
    if (!suiteFound) return; // the suite lives in ../shared; it is never copied into the project
    const ajv = createValidator();
    const musts = loadAssertions(ajv, 'annotations/annotationMusts.test');
    for (const item of items) expect(runAssertions(musts, item, JSON.stringify(item).slice(0, 80))).toEqual([]);
    const collectionMusts = loadAssertions(ajv, 'collections/collectionMusts.test');
    expect(runAssertions(collectionMusts, doc, 'collection')).toEqual([]);
  });

  it('exports CSV and Markdown without private items', async () => {
    for (const format of ['csv', 'md']) {
      const res = await fetch(`${server.url}/api/groups/${group.id}/export?format=${format}&sessionId=${sessionId}`, { headers: { cookie: li.cookie } });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toContain('这里怎么理解？');
      expect(text).not.toContain(PRIVATE_NOTE);
    }
  });

  it('round-trips: an export imported into another group re-creates the annotations on the same passages', async () => {
    const exported = await (await fetch(`${server.url}/api/groups/${group.id}/export?format=jsonld`, { headers: { cookie: leader.cookie } })).json();
    const other = await makeGroup(outsider, [], '兄弟小组');
    const res = await outsider.call('POST', `/api/groups/${other.id}/import`, exported);
    expect(res.status).toBe(201);
    expect(res.body.report).toMatchObject({ annotations: 3 });
    const source = (await leader.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}`)).body.annotations.filter((a: { visibility: string }) => a.visibility === 'group');
    const copied = (await outsider.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${other.id}`)).body.annotations;
    const key = (a: { blockId: string; start: number; end: number; exact: string; note: string; kind: string; replies: { body: string }[] }) =>
      [a.blockId, a.start, a.end, a.exact, a.note, a.kind, a.replies.map((r) => r.body).join('|')].join('§');
    expect(copied.map(key).sort()).toEqual(source.map(key).sort());
    // Each item keeps its original author's name as plain text; the importing leader is its account (issue 12, finding 12).
    const credit = (a: { exact: string; author: { name: string }; originalAuthor?: string | null; replies: { body: string; author: { name: string }; originalAuthor?: string | null }[] }, original: boolean) =>
      [a.exact, original ? a.originalAuthor : a.author.name, ...a.replies.map((r) => `${r.body}:${original ? r.originalAuthor : r.author.name}`)].join('§');
    expect(copied.map((a: Parameters<typeof credit>[0]) => credit(a, true)).sort()).toEqual(source.map((a: Parameters<typeof credit>[0]) => credit(a, false)).sort());
    expect(new Set(copied.flatMap((a: { author: { id: string }; replies: { author: { id: string } }[] }) => [a.author.id, ...a.replies.map((r) => r.author.id)]))).toEqual(new Set([outsider.user.id]));
    expect(source.every((a: { originalAuthor?: string | null }) => a.originalAuthor === null)).toBe(true);
    // The importer's member history and the search hit list name the original authors too, not only the threads.
    const own = (await outsider.call('GET', `/api/groups/${other.id}/members/me/history`)).body;
    type Item = { exact: string; author: { name: string }; originalAuthor?: string | null; replies: { body: string; deleted?: boolean; author: { name: string } }[] };
    expect(own.annotations.map((a: Item) => `${a.exact}:${a.originalAuthor}`).sort()).toEqual(source.map((a: Item) => `${a.exact}:${a.author.name}`).sort());
    const sourceReplies = source.flatMap((a: Item) => a.replies.filter((r) => !r.deleted).map((r) => `${r.body}:${r.author.name}`));
    expect(sourceReplies).toContain('是群众观点的体现:张伟');
    expect(own.replies.map((r: { body: string; originalAuthor: string | null }) => `${r.body}:${r.originalAuthor}`).sort()).toEqual(sourceReplies.sort());
    const search = async (q: string, type: string) => (await outsider.call('GET', `/api/groups/${other.id}/search?type=${type}&q=${encodeURIComponent(q)}`)).body.hits;
    expect((await search('怎么理解', 'annotation')).map((h: { author: { name: string }; originalAuthor: string | null }) => [h.author.name, h.originalAuthor])).toEqual([['外人', '李明']]);
    expect((await search('群众观点', 'comment')).map((h: { author: { name: string }; originalAuthor: string | null }) => [h.author.name, h.originalAuthor])).toEqual([['外人', '张伟']]);
    const home = (await leader.call('GET', `/api/groups/${group.id}/search?type=annotation&q=${encodeURIComponent('怎么理解')}`)).body.hits;
    expect(home.map((h: { author: { name: string }; originalAuthor: string | null }) => [h.author.name, h.originalAuthor])).toEqual([['李明', null]]);
    // Exported again, the items name who wrote them, so a second import keeps the names too.
    const again = await (await fetch(`${server.url}/api/groups/${other.id}/export?format=jsonld`, { headers: { cookie: outsider.cookie } })).json();
    // (session reflections, which target the session, are not imported: compare the threads only)
    const creators = (doc: { first: { items: { creator?: { name: string }; target: unknown }[] } }) =>
      doc.first.items.filter((i) => !JSON.stringify(i.target).includes('/sessions/')).map((i) => i.creator?.name ?? '').sort();
    expect(creators(again)).toEqual(creators(exported));
    expect(creators(again)).not.toContain(outsider.user.name);
    // A passage no longer where the file says: refused in the asker's language, naming the item and the path as they are.
    const moved = JSON.parse(JSON.stringify(exported).replaceAll(`"value":${JSON.stringify(paras[3].path)}`, '"value":"zz/p999"'));
    const third = await makeGroup(outsider, [], '第三个小组');
    const itemId = (exported.first.items as { id: string }[]).map((i) => i.id).find((id) => id.endsWith(`/api/annotations/${made.insight}`));
    expect(itemId).toBeDefined();
    const quote = slice(paras[3].text, 0, 12);
    const zh = await outsider.call('POST', `/api/groups/${third.id}/import`, moved);
    expect(zh.status).toBe(422);
    expect(zh.body.error.message).toBe(`${itemId}：“${quote}”这段话已不在 zz/p999`);
    const en = await (await fetch(`${server.url}/api/groups/${third.id}/import`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: `${outsider.cookie}; gongdu-lang=en` }, body: JSON.stringify(moved) })).json();
    expect(en.error.message).toBe(`${itemId}: the passage “${quote}” is no longer at zz/p999`);
    // A member (not a leader) may not import; garbage is refused whole.
    expect((await li.call('POST', `/api/groups/${group.id}/import`, exported)).status).toBe(403);
    expect((await outsider.call('POST', `/api/groups/${other.id}/import`, { type: 'Nonsense' })).status).toBe(422);
  });
});

describe('minutes', () => {
  it('builds the minutes with attendance, most-highlighted passages and discussion; downloads .md and .docx', async () => {
    const { body } = await li.call('GET', `/api/sessions/${sessionId}/minutes`);
    expect(JSON.stringify(body.model)).toContain('这里怎么理解？');
    expect(JSON.stringify(body.model)).not.toContain(PRIVATE_NOTE);
    expect(body.canEdit).toBe(false);
    expect((await li.call('PUT', `/api/sessions/${sessionId}/summary`, { summary: 'x' })).status).toBe(403);
    expect((await leader.call('PUT', `/api/sessions/${sessionId}/summary`, { summary: '本次学习深入讨论了群众路线。' })).status).toBe(200);
    const md = await fetch(`${server.url}/api/sessions/${sessionId}/minutes?format=md`, { headers: { cookie: li.cookie } });
    const mdText = await md.text();
    expect(mdText).toContain('本次学习深入讨论了群众路线。');
    expect(mdText).toContain('第三次集中学习');
    const docx = await fetch(`${server.url}/api/sessions/${sessionId}/minutes?format=docx`, { headers: { cookie: li.cookie } });
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const bytes = new Uint8Array(await docx.arrayBuffer());
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
  });
});
