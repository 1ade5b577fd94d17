/**
 * Live sessions over real socket.io clients against the real server: fan-out to the session's members in order,
 * never to another session or group; refused handshakes and joins; catch-up after a disconnect and after the
 * server process is killed mid-stream, with every change applied exactly once.
 */
import { randomUUID } from 'node:crypto';
import { io as rawIo } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RealtimeClient } from '../../lib/realtime/client';
import { applyPresenceDelta, sortPresence, type PresenceMember } from '../../lib/domain/presence';
import type { PresenceDelta } from '../../lib/realtime/events';
import { makeGroup, register, type Session } from '../support/client';
import { connect, followStream, normalise, waitFor } from '../support/realtime';
import { startServer, stopAndClean, type RunningServer } from '../support/server';

let server: RunningServer;
let alice: Session, bob: Session, carol: Session, erin: Session, dave: Session;
let group: { id: string }, otherGroup: { id: string };
let session: { id: string }, otherSession: { id: string }, foreignSession: { id: string };
let blocks: { id: string; text: string; kind: string }[];
const clients: RealtimeClient[] = [];

const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');
/** A highlight on paragraph `i` of the guide, characters [start, end). */
function anchorOn(i: number, start: number, end: number) {
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  const b = paragraphs[i % paragraphs.length];
  return { blockId: b.id, start, end, exact: slice(b.text, start, end) };
}

async function liveSession(owner: Session, groupId: string, title: string) {
  const { body } = await owner.call('POST', `/api/groups/${groupId}/sessions`, { title, textId: 'mass-line-guide', scheduledAt: new Date().toISOString() });
  expect((await owner.call('POST', `/api/sessions/${body.session.id}/start`)).status).toBe(200);
  return body.session as { id: string };
}

async function connected(s: Session) {
  const c = await connect(s);
  clients.push(c);
  return c;
}

beforeAll(async () => {
  server = await startServer();
  [alice, bob, carol, erin, dave] = await Promise.all(['王芳', '李明', '张伟', '刘洋', '陈静'].map((n) => register(server.url, n)));
  group = await makeGroup(alice, [bob, carol, erin]);
  otherGroup = await makeGroup(dave, [], '另一个小组');
  session = await liveSession(alice, group.id, '第一次集中学习');
  otherSession = await liveSession(alice, group.id, '同组的另一场');
  foreignSession = await liveSession(dave, otherGroup.id, '别组的学习');
  blocks = (await alice.call('GET', '/api/texts/mass-line-guide')).body.text.blocks;
});

// Each test starts with nobody connected: a socket left over would still count as present.
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await new Promise((r) => setTimeout(r, 100));
});

afterAll(() => stopAndClean(server));

describe('handshake and rooms', () => {
  it('refuses a socket with no session, a bad cookie or a bad token', async () => {
    for (const opts of [{}, { extraHeaders: { cookie: 'next-auth.session-token=forged' } }, { auth: { token: 'gd_not-a-token' } }]) {
      const socket = rawIo(server.url, { transports: ['websocket'], reconnection: false, ...opts });
      const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
      expect(error.message).toBe('unauthenticated');
      socket.close();
    }
  });

  it('accepts the session cookie of the pages', async () => {
    const socket = rawIo(server.url, { transports: ['websocket'], reconnection: false, extraHeaders: { cookie: bob.cookie } });
    await new Promise<void>((resolve, reject) => (socket.once('connect', () => resolve()), socket.once('connect_error', reject)));
    socket.close();
  });

  it('lets no non-member join a session or follow a group, and validates payloads', async () => {
    const d = await connected(dave);
    await expect(d.request('session:join', { sessionId: session.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(d.request('stream:subscribe', { stream: `group:${group.id}`, after: 0 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(d.request('stream:subscribe', { stream: `session:${session.id}`, after: 0 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(d.request('stream:subscribe', { stream: 'user:someone', after: 0 })).rejects.toMatchObject({ code: 'invalid' });
    await expect(d.request('annotation:create', { groupId: 42 } as never)).rejects.toMatchObject({ code: 'validation', fields: expect.objectContaining({ groupId: expect.any(String) }) });
  });
  it('takes no session id for a key of every object: "__proto__" and "constructor" reach nothing', async () => {
    // A member's session:viewing with sessionId "__proto__" wrote blockId onto Object.prototype of the whole server:
    // every later database query failed and the server stopped answering (fuzz test, seed 894853436).
    const b = await connected(bob);
    for (const sessionId of ['__proto__', 'constructor', 'hasOwnProperty']) {
      b.socket.emit('session:viewing', { sessionId, blockId: blocks[3].id });
      await expect(b.request('session:leave', { sessionId })).rejects.toMatchObject({ code: 'validation', fields: expect.objectContaining({ sessionId: expect.any(String) }) });
      await expect(b.request('session:join', { sessionId })).rejects.toMatchObject({ code: 'validation' });
    }
    // Still whole: a join, a write and a read all answer.
    const joined = await b.joinSession(session.id);
    expect(joined.members.map((m) => m.name)).toContain('李明');
    const made = await b.request('annotation:create', { id: randomUUID(), groupId: group.id, ...anchorOn(2, 0, 3), kind: 'key' });
    expect(made).toMatchObject({ annotation: { groupId: group.id } });
    expect((await bob.call('GET', `/api/groups/${group.id}`)).status).toBe(200);
  });
});

describe('fan-out in a session', () => {
  it('delivers annotation, reply, edit, delete and reaction to B and C in order, and nowhere else', async () => {
    const [a, b, c, e, d] = await Promise.all([alice, bob, carol, erin, dave].map(connected));
    const start = (await alice.call('GET', `/api/sessions/${session.id}`)).body.session.lastSeq;
    const inSession = [b, c].map((client) => followStream(client, `session:${session.id}`, start));
    await Promise.all([a, b, c].map((client) => client.joinSession(session.id)));
    // Erin is in the same group but another session; Dave in another group altogether.
    const elsewhere = [followStream(e, `session:${otherSession.id}`, 0), followStream(d, `session:${foreignSession.id}`, 0), followStream(d, `group:${otherGroup.id}`, 0)];
    await e.joinSession(otherSession.id);
    await waitFor(() => inSession.every((u) => u.client.lastSeq(`session:${session.id}`) === start), 'subscriptions');
    await new Promise((r) => setTimeout(r, 200));
    const elsewhereBefore = elsewhere.map((u) => u.events.length); // their streams' own history, caught up on subscribe

    const { annotation } = await a.request('annotation:create', { id: randomUUID(), groupId: group.id, sessionId: session.id, ...anchorOn(1, 0, 8), kind: 'key', note: '重点在这里', visibility: 'group' });
    const { reply } = await b.request('reply:create', { annotationId: annotation.id, id: randomUUID(), body: '同意' });
    await a.request('annotation:update', { id: annotation.id, note: '重点在这里（补充）' });
    await c.request('reaction:set', { targetType: 'annotation', targetId: annotation.id, kind: 'agree', active: true });
    await b.request('reply:delete', { annotationId: annotation.id, replyId: reply.id });
    await a.request('annotation:delete', { id: annotation.id });
    // The HTTP API writes through the same services: its changes reach the session's sockets too.
    const viaHttp = await alice.call('POST', '/api/annotations', { groupId: group.id, sessionId: session.id, ...anchorOn(2, 3, 9), note: '从 HTTP 写入' });
    expect(viaHttp.status).toBe(201);

    const expected = ['annotation:created', 'reply:created', 'annotation:updated', 'reaction:changed', 'reply:deleted', 'annotation:deleted', 'annotation:created'];
    for (const u of inSession) {
      await waitFor(() => u.events.length === expected.length, 'seven events');
      expect(u.events.map((ev) => ev.type)).toEqual(expected);
      expect(u.events.map((ev) => ev.seq)).toEqual(expected.map((_, i) => start + i + 1));
      expect([...u.state.annotations.keys()]).toEqual([viaHttp.body.annotation.id]);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(elsewhere.map((u) => u.events.length)).toEqual(elsewhereBefore);
  });

  it('sends private annotations only to their author; others see an empty skip', async () => {
    const [b, c] = await Promise.all([bob, carol].map(connected));
    const start = (await alice.call('GET', `/api/sessions/${session.id}`)).body.session.lastSeq;
    const [bu, cu] = [b, c].map((client) => followStream(client, `session:${session.id}`, start));
    await waitFor(() => bu.client.lastSeq(`session:${session.id}`) === start && cu.client.lastSeq(`session:${session.id}`) === start, 'subscribe');
    await b.request('annotation:create', { id: randomUUID(), groupId: group.id, sessionId: session.id, ...anchorOn(3, 0, 4), note: '只给自己看', kind: 'question', visibility: 'private' });
    await waitFor(() => bu.events.length === 1 && cu.events.length === 1, 'private event');
    expect(bu.events[0].type).toBe('annotation:created');
    expect(cu.events[0]).toMatchObject({ type: 'skip', payload: null, actorId: '' });
    expect(JSON.stringify(cu.events)).not.toContain('只给自己看');
  });

  it('delivers writes that share a commit as their items now are: a private thread stays a skip, the live state is the server’s', async () => {
    const [a, b, c] = await Promise.all([alice, bob, carol].map(connected));
    const stream = `session:${session.id}`;
    const list = async (who: Session) => (await who.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}&sessionId=${session.id}`)).body.annotations;
    const open = (await a.request('annotation:create', { id: randomUUID(), groupId: group.id, sessionId: session.id, ...anchorOn(4, 0, 6), note: '大家怎么看' })).annotation;
    const secret = (await b.request('annotation:create', { id: randomUUID(), groupId: group.id, sessionId: session.id, ...anchorOn(4, 2, 8), note: '私下的疑问', visibility: 'private' })).annotation;
    const start = (await alice.call('GET', `/api/sessions/${session.id}`)).body.session.lastSeq;
    const [au, bu, cu] = await Promise.all(
      [
        [a, alice, true],
        [b, bob, false],
        [c, carol, false],
      ].map(async ([client, who, isLeader]) => followStream(client as RealtimeClient, stream, start, { initial: await list(who as Session), isLeader: isLeader as boolean })),
    );
    await waitFor(() => [au, bu, cu].every((u) => u.client.lastSeq(stream) === start), 'subscriptions');
    // Sent together, so they reach the server in one read and share a group commit (write-with-events.ts).
    await Promise.all([
      b.request('reply:create', { annotationId: open.id, id: randomUUID(), body: '我同意' }),
      c.request('reaction:set', { targetType: 'annotation', targetId: open.id, kind: 'agree', active: true }),
      b.request('reply:create', { annotationId: secret.id, id: randomUUID(), body: '自问自答' }),
      b.request('reaction:set', { targetType: 'annotation', targetId: secret.id, kind: 'same-question', active: true }),
      a.request('reaction:set', { targetType: 'annotation', targetId: open.id, kind: 'agree', active: true }),
      c.request('reply:create', { annotationId: open.id, id: randomUUID(), body: '补充一点' }),
    ]);
    await a.request('annotation:update', { id: open.id, note: '大家怎么看？（改）' });
    const end = (await alice.call('GET', `/api/sessions/${session.id}`)).body.session.lastSeq;
    expect(end - start).toBe(7);
    for (const u of [au, bu, cu]) await waitFor(() => u.events.length === 7, 'seven events');
    for (const u of [au, cu]) {
      expect(u.events.filter((e) => e.type === 'skip')).toHaveLength(2);
      expect(JSON.stringify(u.events)).not.toMatch(/私下的疑问|自问自答/);
    }
    expect(bu.events.filter((e) => e.type === 'skip')).toHaveLength(0);
    for (const [u, who] of [
      [au, alice],
      [bu, bob],
      [cu, carol],
    ] as const) {
      expect(normalise(u.state.annotations.values())).toEqual(normalise(await list(who)));
    }
  });

  it('shows presence, records attendance, and moves followers with the leader', async () => {
    const [a, b] = await Promise.all([alice, bob].map(connected));
    const deltas: PresenceDelta[] = [];
    b.socket.on('presence:changed', (d) => d.sessionId === session.id && deltas.push(d));
    const moves: string[] = [];
    b.socket.on('leader:moved', (m) => moves.push(m.blockId));
    await b.joinSession(session.id);
    const joined = await a.joinSession(session.id);
    expect(joined.members.map((m) => m.name)).toEqual(expect.arrayContaining(['王芳', '李明']));
    expect(joined.members.find((m) => m.name === '王芳')?.isLeader).toBe(true);
    a.socket.emit('session:viewing', { sessionId: session.id, blockId: blocks[5].id });
    await a.request('leader:move', { sessionId: session.id, blockId: blocks[5].id });
    await waitFor(() => moves.length === 1, 'leader move');
    expect(moves).toEqual([blocks[5].id]);
    await expect(b.request('leader:move', { sessionId: session.id, blockId: blocks[6].id })).rejects.toMatchObject({ code: 'forbidden' });
    // A late joiner lands on the leader's passage.
    const late = await (await connected(carol)).joinSession(session.id);
    expect(late.session.currentBlockId).toBe(blocks[5].id);
    // The room heard the joins and the move as deltas, each member once, whatever the room's size.
    await waitFor(() => deltas.some((d) => d.moved.some((m) => m.userId === alice.user.id && m.blockId === blocks[5].id) || d.joined.some((m) => m.userId === alice.user.id && m.blockId === blocks[5].id)), 'move delta');
    await waitFor(() => deltas.some((d) => d.joined.some((m) => m.name === '张伟')), 'late joiner delta');
    expect(deltas.flatMap((d) => d.joined.map((m) => m.name))).toEqual(expect.arrayContaining(['王芳', '张伟']));
    await a.leaveSession(session.id);
    await waitFor(() => deltas.some((d) => d.left.includes(alice.user.id)), 'presence without the leader');
    const { body } = await alice.call('GET', `/api/sessions/${session.id}/attendance`);
    const aliceIntervals = body.attendance.filter((r: { name: string }) => r.name === '王芳');
    expect(aliceIntervals.length).toBeGreaterThan(0);
    expect(aliceIntervals.every((r: { leftAt: string | null }) => r.leftAt !== null)).toBe(true);
  });

  it('gives a joiner everyone present after joins, moves and leaves: one entry per member, tabs counted', async () => {
    const s = await liveSession(alice, group.id, '在场名单');
    const [a, b, c1, c2, e1, e2] = await Promise.all([alice, bob, carol, carol, erin, erin].map(connected));
    // What the room heard, applied as a page does: it must agree with what a joiner is given.
    let heard = new Map<string, PresenceMember>();
    a.socket.on('presence:changed', (d) => d.sessionId === s.id && (heard = applyPresenceDelta(heard, d)));
    const roster = (members: Iterable<PresenceMember>) => sortPresence(members).map((m) => [m.name, m.isLeader, m.blockId]);
    const join = async (client: RealtimeClient) => roster((await client.joinSession(s.id)).members);
    await a.joinSession(s.id);
    await Promise.all([b, c1, c2].map((client) => client.joinSession(s.id)));
    b.socket.emit('session:viewing', { sessionId: s.id, blockId: blocks[7].id });
    await waitFor(() => heard.get(bob.user.id)?.blockId === blocks[7].id, 'bob’s move heard');
    await c1.leaveSession(s.id); // carol's other tab stays
    const everyone = [['王芳', true, null], ['李明', false, blocks[7].id], ['刘洋', false, null], ['张伟', false, null]];
    expect(await join(e1)).toEqual(everyone);
    await waitFor(() => heard.size === 4, 'four present heard');
    expect(roster(heard.values())).toEqual(everyone);
    // carol's last tab leaves, bob's connection drops: both gone for the next joiner, and for the room
    await c2.leaveSession(s.id);
    b.close();
    await waitFor(() => !heard.has(bob.user.id) && !heard.has(carol.user.id), 'bob and carol gone');
    expect(await join(e2)).toEqual([['王芳', true, null], ['刘洋', false, null]]);
    const { body } = await alice.call('GET', `/api/sessions/${s.id}/attendance`);
    const open = (body.attendance as { name: string; leftAt: string | null }[]).filter((r) => r.leftAt === null).map((r) => r.name);
    expect(open.sort()).toEqual(['刘洋', '王芳'].sort());
  });

  it('records one stay per member: two tabs, a double join and a quick re-join share one interval', async () => {
    const [tab1, tab2] = await Promise.all([bob, bob].map(connected));
    const intervals = async () =>
      ((await bob.call('GET', `/api/sessions/${otherSession.id}/attendance`)).body.attendance as { userId: string; leftAt: string | null }[]).filter((r) => r.userId === bob.user.id);
    const before = (await intervals()).length;
    await Promise.all([tab1.joinSession(otherSession.id), tab1.joinSession(otherSession.id)]);
    await tab2.joinSession(otherSession.id);
    expect((await intervals()).length - before).toBeLessThanOrEqual(1);
    const open = (await intervals()).filter((r) => r.leftAt === null);
    expect(open).toHaveLength(1);
    // one tab closing leaves the member present; the last one ends the stay
    await tab2.leaveSession(otherSession.id);
    expect((await intervals()).filter((r) => r.leftAt === null)).toHaveLength(1);
    await tab1.leaveSession(otherSession.id);
    expect((await intervals()).filter((r) => r.leftAt === null)).toHaveLength(0);
    // back within seconds (a reload): the same stay goes on, no 离开 + 进入 pair
    const count = (await intervals()).length;
    await tab1.joinSession(otherSession.id);
    expect(await intervals()).toHaveLength(count);
    expect((await intervals()).filter((r) => r.leftAt === null)).toHaveLength(1);
    await tab1.leaveSession(otherSession.id);
  });

  it('answers a socket joining a session it is already in without a new stay, and refuses it once the member was removed or the session ended', async () => {
    const again = await liveSession(alice, group.id, '再次加入');
    const leaving = await register(server.url, '将被移出');
    const { body } = await alice.call('GET', `/api/groups/${group.id}`);
    expect((await leaving.call('POST', '/api/groups/join', { code: body.group.joinCode })).status).toBeLessThan(300);
    const [tab, other] = await Promise.all([bob, leaving].map(connected));
    const stays = async () => (await alice.call('GET', `/api/sessions/${again.id}/attendance`)).body.attendance as { userId: string; leftAt: string | null }[];
    const first = await tab.request('session:join', { sessionId: again.id });
    for (let i = 0; i < 5; i++) expect(await tab.request('session:join', { sessionId: again.id })).toMatchObject({ session: { id: again.id }, members: first.members });
    expect((await stays()).filter((r) => r.userId === bob.user.id)).toEqual([expect.objectContaining({ leftAt: null })]);
    await other.request('session:join', { sessionId: again.id });
    // removed from the group: the next join of the socket that was in is refused like any stranger's
    expect((await alice.call('DELETE', `/api/groups/${group.id}/members/${leaving.user.id}`)).status).toBeLessThan(300);
    await expect(other.request('session:join', { sessionId: again.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await alice.call('POST', `/api/sessions/${again.id}/end`)).status).toBe(200);
    await expect(tab.request('session:join', { sessionId: again.id })).rejects.toMatchObject({ code: 'conflict' });
  });

  it("keeps the stay open when a reload's join and the old page's leave cross", async () => {
    // The new page joins while the old one is still leaving: the leave must not close the interval the join has just
    // taken (or reopened). The leave goes `round` ms after the join, so over the rounds it meets the join before,
    // during and after the join's transaction.
    const stays = async () => ((await erin.call('GET', `/api/sessions/${otherSession.id}/attendance`)).body.attendance as { userId: string; leftAt: string | null }[]).filter((r) => r.userId === erin.user.id);
    let old = await connected(erin);
    await old.joinSession(otherSession.id);
    for (let round = 0; round < 12; round++) {
      const fresh = await connected(erin);
      const joined = fresh.joinSession(otherSession.id);
      await new Promise((r) => setTimeout(r, round));
      await Promise.all([joined, old.leaveSession(otherSession.id)]);
      expect((await stays()).filter((r) => r.leftAt === null), `round ${round}`).toHaveLength(1);
      old.close();
      old = fresh;
    }
    await old.leaveSession(otherSession.id);
    expect((await stays()).filter((r) => r.leftAt === null)).toHaveLength(0);
  });

  it('notifies a mentioned member live, and keeps it in their list', async () => {
    const c = await connected(carol);
    const live: unknown[] = [];
    c.socket.on('notification:created', (n) => live.push(n));
    await bob.call('POST', '/api/annotations', { groupId: group.id, sessionId: session.id, ...anchorOn(4, 0, 6), note: '@张伟 你怎么看这句？' });
    await waitFor(() => live.length === 1, 'mention notification');
    expect(live[0]).toMatchObject({ type: 'mention', payload: { by: { name: '李明' } } });
    const { body } = await carol.call('GET', '/api/notifications?unread=1');
    expect(body.notifications.some((n: { type: string }) => n.type === 'mention')).toBe(true);
  });

  it('hides an improper comment from members and marks it for leaders', async () => {
    const made = await bob.call('POST', '/api/annotations', { groupId: group.id, ...anchorOn(6, 0, 5), note: '不当言论' });
    const id = made.body.annotation.id;
    expect((await carol.call('POST', `/api/annotations/${id}/hide`, { hidden: true })).status).toBe(403);
    expect((await alice.call('POST', `/api/annotations/${id}/hide`, { hidden: true })).status).toBe(204);
    const asMember = await carol.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}`);
    expect(asMember.body.annotations.map((x: { id: string }) => x.id)).not.toContain(id);
    const asLeader = await alice.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}`);
    expect(asLeader.body.annotations.find((x: { id: string }) => x.id === id)).toMatchObject({ hidden: true, note: '不当言论' });
    // A member catching up from before the hiding is told it was hidden, not what it said; the leader still has it.
    const memberLog = await carol.call('GET', `/api/streams?stream=group:${group.id}&after=0`);
    expect(JSON.stringify(memberLog.body)).not.toContain('不当言论');
    expect(memberLog.body.events.filter((e: { type: string; payload: { id?: string } }) => e.payload?.id === id).map((e: { type: string }) => e.type)).toEqual(['annotation:hidden', 'annotation:hidden']);
    const leaderLog = await alice.call('GET', `/api/streams?stream=group:${group.id}&after=0`);
    expect(JSON.stringify(leaderLog.body)).toContain('不当言论');
  });
});

describe('catch-up', () => {
  it('a client that was offline during 50 changes ends with exactly the server state, each change applied once', async () => {
    const [a, b] = await Promise.all([alice, bob].map(connected));
    const stream = `session:${session.id}`;
    const initial = (await bob.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}&sessionId=${session.id}`)).body.annotations;
    const start = (await bob.call('GET', `/api/sessions/${session.id}`)).body.session.lastSeq;
    const bu = followStream(b, stream, start, { initial });
    await waitFor(() => b.lastSeq(stream) === start, 'subscribe');

    b.socket.disconnect();
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      if (i % 5 === 0 || ids.length === 0) {
        const { annotation } = await a.request('annotation:create', { id: randomUUID(), groupId: group.id, sessionId: session.id, ...anchorOn(i, 0, 3 + (i % 7)), note: `第${i}条` });
        ids.push(annotation.id);
      } else if (i % 5 === 1) await a.request('reply:create', { annotationId: ids.at(-1)!, id: randomUUID(), body: `回复${i}` });
      else if (i % 5 === 2) await a.request('annotation:update', { id: ids.at(-1)!, note: `第${i}条（改）`, kind: 'insight' });
      else if (i % 5 === 3) await a.request('reaction:set', { targetType: 'annotation', targetId: ids.at(-1)!, kind: 'agree', active: true });
      else await a.request('annotation:delete', { id: ids.shift()! });
    }
    b.socket.connect();
    const end = (await bob.call('GET', `/api/sessions/${session.id}`)).body.session.lastSeq;
    expect(end - start).toBe(50);
    await waitFor(() => b.lastSeq(stream) === end, 'catch-up');

    const seqs = bu.events.map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => start + i + 1)); // each once, in order
    const server = (await bob.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}&sessionId=${session.id}`)).body.annotations;
    expect(normalise(bu.state.annotations.values())).toEqual(normalise(server));
  });

  it('loses no acknowledged write when the server is killed mid-stream, and the client converges', async () => {
    const port = server.port;
    const [a, b] = await Promise.all([alice, bob].map(connected));
    const stream = `session:${session.id}`;
    const initial = (await bob.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}&sessionId=${session.id}`)).body.annotations;
    const start = (await bob.call('GET', `/api/sessions/${session.id}`)).body.session.lastSeq;
    const bu = followStream(b, stream, start, { initial });
    await waitFor(() => b.lastSeq(stream) === start, 'subscribe');

    const acknowledged: string[] = [];
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 40; i++) {
      const id = randomUUID();
      const write = a
        .request('annotation:create', { id, groupId: group.id, sessionId: session.id, ...anchorOn(i + 3, 1, 5), note: `重启测试${i}` })
        .then(() => void acknowledged.push(id));
      writes.push(write);
      if (i === 15) {
        await waitFor(() => acknowledged.length >= 5, 'some acknowledged writes');
        server.process.kill('SIGKILL');
        await new Promise((r) => server.process.once('exit', r));
        const ackedBeforeKill = [...acknowledged];
        server = await startServer({ dataDir: server.dataDir, port });
        const after = (await alice.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}&sessionId=${session.id}`)).body.annotations.map((x: { id: string }) => x.id);
        for (const id of ackedBeforeKill) expect(after).toContain(id);
      }
    }
    await Promise.all(writes);
    expect(acknowledged).toHaveLength(40);
    const serverState = (await bob.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}&sessionId=${session.id}`)).body.annotations;
    const made = serverState.filter((x: { note: string }) => x.note.startsWith('重启测试'));
    expect(made).toHaveLength(40); // each retried write stored once
    const end = (await bob.call('GET', `/api/sessions/${session.id}`)).body.session.lastSeq;
    await waitFor(() => b.lastSeq(stream) === end, 'catch-up after restart', 20_000);
    expect(bu.events.map((e) => e.seq)).toEqual(Array.from({ length: end - start }, (_, i) => start + i + 1));
    expect(normalise(bu.state.annotations.values())).toEqual(normalise(serverState));
  }, 60_000);
});
