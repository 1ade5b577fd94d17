/**
 * Concurrent duplicates on the real server (issue 8, finding 6): two starts or two ends of a session, creates racing
 * the end, the same reply / reflection / annotation id sent several times at once, the same file imported twice.
 * Each has one effect — one row, one event — and no request fails with `internal`.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGroup, register, type Session } from '../support/client';
import { connect, followStream, waitFor } from '../support/realtime';
import { startServer, stopAndClean, type RunningServer } from '../support/server';

let server: RunningServer;
let leader: Session, member: Session;
let group: { id: string };
let sessionId: string;
let paras: { id: string; text: string }[];

const slice = (t: string, s: number, e: number) => Array.from(t).slice(s, e).join('');
const anchor = (p: number, s: number, e: number) => ({ blockId: paras[p].id, start: s, end: e, exact: slice(paras[p].text, s, e) });
type Reply = { status: number; body: any };

/** Every answer is a deliberate one: no 5xx, no `internal`. */
function expectNoInternal(results: Reply[]) {
  for (const r of results) {
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(500);
    expect(r.body?.error?.code).not.toBe('internal');
  }
}

async function events(who: Session, stream: string): Promise<{ seq: number; type: string; payload: any }[]> {
  const res = await who.call('GET', `/api/streams?stream=${stream}&after=0`);
  expect(res.status).toBe(200);
  return res.body.events;
}

const ofType = <E extends { type: string }>(list: E[], type: string) => list.filter((e) => e.type === type);

beforeAll(async () => {
  // Fifty writes at once from two sockets (group commit, below): the per-socket and per-user limits are lifted.
  server = await startServer({ env: { SOCKET_MESSAGES_PER_SECOND: '10000', SOCKET_MESSAGES_PER_USER: '10000', SOCKET_REQUESTS_IN_FLIGHT_PER_USER: '100', WRITES_PER_SECOND: '1000', WRITE_BURST: '1000' } });
  [leader, member] = await Promise.all([register(server.url, '组长'), register(server.url, '学员')]);
  group = await makeGroup(leader, [member]);
  paras = (await leader.call('GET', '/api/texts/mass-line-guide')).body.text.blocks.filter((b: { kind: string }) => b.kind === 'paragraph');
  const s = await leader.call('POST', `/api/groups/${group.id}/sessions`, { title: '并发', textId: 'mass-line-guide', scheduledAt: new Date().toISOString() });
  sessionId = s.body.session.id;
});

afterAll(() => stopAndClean(server));

describe('concurrent duplicates', () => {
  it('starts a session once: one 200, the other 409, one event', async () => {
    const results = await Promise.all([0, 1, 2].map(() => leader.call('POST', `/api/sessions/${sessionId}/start`)));
    expectNoInternal(results);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(ofType(await events(leader, `group:${group.id}`), 'session:started')).toHaveLength(1);
    const notes = (await member.call('GET', '/api/notifications')).body.notifications.filter((n: { type: string }) => n.type === 'session-started');
    expect(notes).toHaveLength(1);
  });

  it('stores an annotation, a reply and a reflection once when the same id arrives several times at once', async () => {
    const annotation = { id: randomUUID(), groupId: group.id, sessionId, ...anchor(0, 0, 4), note: '同一条' };
    const created = await Promise.all([0, 1, 2, 3].map(() => member.call('POST', '/api/annotations', annotation)));
    expectNoInternal(created);
    expect(created.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);

    const reply = { id: randomUUID(), body: '同一条回复' };
    const replies = await Promise.all([0, 1, 2, 3].map(() => leader.call('POST', `/api/annotations/${annotation.id}/replies`, reply)));
    expectNoInternal(replies);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(replies.map((r) => r.body.reply.id))).toEqual(new Set([reply.id]));

    const reflection = { id: randomUUID(), body: '同一条体会' };
    const reflections = await Promise.all([0, 1, 2, 3].map(() => member.call('POST', `/api/sessions/${sessionId}/reflections`, reflection)));
    expectNoInternal(reflections);
    expect(reflections.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);

    const thread = await member.call('GET', `/api/annotations/${annotation.id}`);
    expect(thread.body.annotation.replies.map((r: { id: string }) => r.id)).toEqual([reply.id]);
    expect((await member.call('GET', `/api/sessions/${sessionId}/reflections`)).body.reflections.filter((r: { id: string }) => r.id === reflection.id)).toHaveLength(1);
    const log = await events(leader, `group:${group.id}`);
    expect(ofType(log, 'annotation:created').filter((e) => e.payload.id === annotation.id)).toHaveLength(1);
    expect(ofType(log, 'reply:created').filter((e) => e.payload.id === reply.id)).toHaveLength(1);
    expect(ofType(log, 'reflection:created').filter((e) => e.payload.id === reflection.id)).toHaveLength(1);
    // Someone else's id in the same thread is a clash, not their reply.
    const clash = await member.call('POST', `/api/annotations/${annotation.id}/replies`, reply);
    expect(clash.status).toBe(409);
  });

  it('sets (and clears) the same reaction once when it is sent several times at once', async () => {
    // Behind nginx the copies reach both processes: each used to find no reaction and insert one, and all but the
    // first failed on the unique key with a 500 (fuzz test, PostgreSQL pass, seed 884545581).
    const { body } = await member.call('POST', '/api/annotations', { groupId: group.id, ...anchor(2, 0, 4), note: '点赞对象' });
    const target = { targetType: 'annotation', targetId: body.annotation.id, kind: 'agree' };
    const changes = async () => ofType(await events(leader, `group:${group.id}`), 'reaction:changed').filter((e) => e.payload.targetId === target.targetId);
    for (const [active, expected] of [[true, [leader.user.id]], [false, []]] as const) {
      const results = await Promise.all(Array.from({ length: 6 }, () => leader.call('PUT', '/api/reactions', { ...target, active })));
      expectNoInternal(results);
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
      for (const r of results) expect(r.body.reactions.find((x: { kind: string }) => x.kind === 'agree')?.userIds ?? []).toEqual(expected);
    }
    // one change each way, the repeats told no one anything
    expect((await changes()).map((e) => e.payload.reactions)).toEqual([[{ kind: 'agree', userIds: [leader.user.id] }], []]);
  });

  it('answers fifty creates sent at once over sockets, each its own answer, the refused one alone, the log gapless', async () => {
    // Writes into one group that arrive together share a transaction, each in its own savepoint
    // (lib/services/write-with-events.ts): the one on a taken id must fail alone and take nothing with it.
    const taken = (await member.call('POST', '/api/annotations', { groupId: group.id, ...anchor(3, 0, 2), note: '先占了这个 id' })).body.annotation.id;
    const [memberSocket, leaderSocket, watcherSocket] = await Promise.all([connect(member), connect(leader), connect(member)]);
    try {
      const groupBefore = await events(leader, `group:${group.id}`);
      const watcher = followStream(watcherSocket, `group:${group.id}`, groupBefore.at(-1)!.seq);
      const ids = Array.from({ length: 50 }, (_, i) => (i === 20 ? taken : randomUUID()));
      const results = await Promise.all(
        ids.map((id, i) =>
          (i % 2 ? memberSocket : leaderSocket)
            .request('annotation:create', { id, groupId: group.id, sessionId, ...anchor(3, i % 5, (i % 5) + 2), note: `同时 ${i}`, kind: 'key' })
            .then((value) => ({ ok: true as const, value }), (error: { code?: string }) => ({ ok: false as const, code: error.code })),
        ),
      );
      // the leader's create on the member's id is a clash; every other one is stored, under its own id (`created`
      // may be false: the client sends a request again when its acknowledgement is late, and the copy answers)
      expect(results[20]).toEqual({ ok: false, code: 'conflict' });
      results.forEach((r, i) => {
        if (i !== 20) expect(r.ok && r.value.annotation.id, JSON.stringify(r)).toBe(ids[i]);
      });
      const created = ids.filter((_, i) => i !== 20);
      const group_ = await events(leader, `group:${group.id}`);
      const session_ = await events(leader, `session:${sessionId}`);
      for (const log of [group_, session_]) expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
      const fresh = ofType(group_.slice(groupBefore.length), 'annotation:created').map((e) => e.payload.id);
      expect(fresh.sort()).toEqual([...created].sort());
      expect(ofType(group_, 'annotation:created').filter((e) => e.payload.id === taken)).toHaveLength(1);
      // a member following the group live gets each new event once, in order
      await waitFor(() => watcher.events.length >= created.length, 'the live events');
      expect(watcher.events.map((e) => e.seq)).toEqual(group_.slice(groupBefore.length).map((e) => e.seq));
    } finally {
      for (const s of [memberSocket, leaderSocket, watcherSocket]) s.close();
    }
  });

  it('ends a membership once when the same leave and a removal arrive at once: one 204, the others 404, one event', async () => {
    const leaving = await register(server.url, '同时离开');
    const { body } = await leader.call('GET', `/api/groups/${group.id}`);
    expect((await leaving.call('POST', '/api/groups/join', { code: body.group.joinCode })).status).toBeLessThan(300);
    const before = ofType(await events(leader, `group:${group.id}`), 'membership:changed').length;
    const results = await Promise.all([
      leaving.call('DELETE', `/api/groups/${group.id}/members/me`),
      leaving.call('DELETE', `/api/groups/${group.id}/members/me`),
      leader.call('DELETE', `/api/groups/${group.id}/members/${leaving.user.id}`),
      leader.call('DELETE', `/api/groups/${group.id}/members/${leaving.user.id}`),
    ]);
    expectNoInternal(results);
    expect(results.map((r) => r.status).sort()).toEqual([204, 404, 404, 404]);
    const after = ofType(await events(leader, `group:${group.id}`), 'membership:changed');
    expect(after.length - before).toBe(1);
    expect(after.at(-1)?.payload).toMatchObject({ userId: leaving.user.id, role: null });

    // One process at a time (the PostgreSQL pass runs two): a leave on the first, then again on the second while its
    // role cache still has the member (a few seconds), is a 404, not Prisma's "record to delete does not exist" (500).
    const again = await register(server.url, '两处离开');
    expect((await again.call('POST', '/api/groups/join', { code: body.group.joinCode })).status).toBeLessThan(300);
    /** A request to one process, past nginx. */
    const on = async (b: { port: number }, method: string, path: string): Promise<Reply> => {
      const res = await fetch(`http://127.0.0.1:${b.port}${path}`, { method, headers: { cookie: again.cookie } });
      return { status: res.status, body: await res.json().catch(() => null) };
    };
    for (const b of server.backends) expect((await on(b, 'GET', `/api/groups/${group.id}`)).status).toBe(200);
    const leaves: Reply[] = [];
    for (const b of server.backends) leaves.push(await on(b, 'DELETE', `/api/groups/${group.id}/members/me`));
    expectNoInternal(leaves);
    expect(leaves.map((r) => r.status)).toEqual([204, ...server.backends.slice(1).map(() => 404)]);
  });

  it('ends a session once, and nothing lands in it after the end', async () => {
    const creates = Array.from({ length: 6 }, (_, i) => member.call('POST', '/api/annotations', { groupId: group.id, sessionId, ...anchor(1, i, i + 3), note: `抢在结束前 ${i}` }));
    const ends = [0, 1].map(() => leader.call('POST', `/api/sessions/${sessionId}/end`));
    const results = await Promise.all([...creates, ...ends]);
    expectNoInternal(results);
    expect(results.slice(6).map((r) => r.status).sort()).toEqual([200, 409]);
    for (const r of results.slice(0, 6)) expect([201, 422]).toContain(r.status);

    const slice = await events(leader, `session:${sessionId}`);
    expect(ofType(slice, 'session:ended')).toHaveLength(1);
    expect(slice.at(-1)!.type).toBe('session:ended');
    const stored = (await member.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}&sessionId=${sessionId}`)).body.annotations;
    expect(stored.filter((a: { note: string }) => a.note.startsWith('抢在结束前'))).toHaveLength(results.slice(0, 6).filter((r) => r.status === 201).length);

    const late = await member.call('POST', '/api/annotations', { groupId: group.id, sessionId, ...anchor(1, 0, 2), note: '结束之后' });
    expect(late.status).toBe(422);
    expect(late.body.error.fields).toHaveProperty('sessionId');
    expect(ofType(await events(leader, `group:${group.id}`), 'session:ended')).toHaveLength(1);
  });

  it('imports the same file once, whether sent twice at once or again later', async () => {
    const exported = await (await fetch(`${server.url}/api/groups/${group.id}/export?format=jsonld`, { headers: { cookie: leader.cookie } })).json();
    expect(exported.total).toBeGreaterThan(1);
    const other = await makeGroup(leader, [], '兄弟小组');
    const results = await Promise.all([0, 1].map(() => leader.call('POST', `/api/groups/${other.id}/import`, exported)));
    expectNoInternal(results);
    expect(results.map((r) => r.status).sort()).toEqual([200, 201]);
    const first = results.find((r) => r.status === 201)!.body.report;
    const items = first.annotations + first.replies; // the file's annotations and replies (its reflections are not imported)
    expect(first.annotations).toBeGreaterThan(0);
    expect(results.find((r) => r.status === 200)!.body.report).toMatchObject({ annotations: 0, replies: 0, alreadyImported: items });

    const again = await leader.call('POST', `/api/groups/${other.id}/import`, exported);
    expect(again.status).toBe(200);
    expect(again.body.report.alreadyImported).toBe(items);
    const copied = (await leader.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${other.id}`)).body.annotations;
    expect(copied).toHaveLength(first.annotations);
    expect(ofType(await events(leader, `group:${other.id}`), 'annotation:created')).toHaveLength(first.annotations);
  });

  it('saves one of two revisions made at once from the same version, with the annotations moved once', async () => {
    const source = ['学习读本', '', '一、坚持群众路线', '群众路线是我们党的生命线和根本工作路线。'].join('\n');
    const created = await leader.call('POST', `/api/groups/${group.id}/texts`, { fileName: '读本.txt', base64: Buffer.from(source).toString('base64') });
    expect(created.status).toBe(201);
    const textId = created.body.text.id;
    const para = (await member.call('GET', `/api/texts/${textId}`)).body.text.blocks.find((b: { kind: string }) => b.kind === 'paragraph');
    const note = await member.call('POST', '/api/annotations', { groupId: group.id, blockId: para.id, start: 0, end: 4, exact: slice(para.text, 0, 4), note: '随版本移动' });
    expect(note.status).toBe(201);
    const revised = source + '\n\n新增的一段。';
    const results = await Promise.all([0, 1].map(() => leader.call('POST', `/api/texts/${textId}/versions`, { source: revised, note: '同时修订' })));
    expectNoInternal(results);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const versions = (await leader.call('GET', `/api/texts/${textId}/versions`)).body.versions;
    expect(versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    const moved = (await member.call('GET', `/api/annotations/${note.body.annotation.id}`)).body.annotation;
    expect(moved.versionId).toBe(versions[0].id);
    expect(ofType(await events(leader, `group:${group.id}`), 'text:revised')).toHaveLength(1);
  });
});
