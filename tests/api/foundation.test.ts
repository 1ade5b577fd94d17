/**
 * The HTTP API against the real server and a real SQLite database: accounts, tokens, groups, texts, annotations.
 * Every status asserted here is what a script using the API would see.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGroup, register, signIn, type Session } from '../support/client';
import { startServer, stopAndClean, type RunningServer } from '../support/server';

let server: RunningServer;
let alice: Session; // owner
let bob: Session; // member
let carol: Session; // outsider, in a group of her own
let group: { id: string; joinCode: string };
let carolGroup: { id: string };
let paragraph: { id: string; text: string };

beforeAll(async () => {
  server = await startServer({ env: { SIGNIN_LIMIT_PER_EMAIL: '5' } });
  [alice, bob, carol] = await Promise.all([register(server.url, '王芳'), register(server.url, '李明'), register(server.url, '赵强')]);
  group = await makeGroup(alice, [bob]);
  carolGroup = await makeGroup(carol, [], '另一个小组');
  const { body } = await alice.call('GET', '/api/texts/mass-line-guide');
  paragraph = body.text.blocks.find((b: { kind: string; text: string }) => b.kind === 'paragraph' && b.text.length > 60);
});

afterAll(() => stopAndClean(server));

/** An annotation on characters [start, end) of the test paragraph. */
const anchor = (start: number, end: number) => ({ blockId: paragraph.id, start, end, exact: Array.from(paragraph.text).slice(start, end).join('') });

describe('accounts', () => {
  it('rejects a bad sign-up with 422 naming each field', async () => {
    const res = await fetch(`${server.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'not-an-email', name: '', password: 'short' }),
    });
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(Object.keys(error.fields).sort()).toEqual(['email', 'name', 'password']);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await fetch(`${server.url}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' });
    expect(res.status).toBe(400);
  });

  it('refuses a second account on one email with 409 on the email field', async () => {
    const res = await fetch(`${server.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: alice.user.email.toUpperCase(), name: 'x', password: 'another password' }),
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error.fields).toHaveProperty('email');
  });

  it('requires a session or a token for the API', async () => {
    expect((await fetch(`${server.url}/api/groups`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/groups`, { headers: { authorization: 'Bearer gd_nonsense' } })).status).toBe(401);
  });

  it('rate-limits sign-in attempts per email, even once the password is right', async () => {
    const victim = await register(server.url, '被攻击者');
    // register() signed in once (a success clears the count); 5 wrong attempts use up the limit.
    for (let i = 0; i < 5; i++) {
      const { cookie } = await signIn(server.url, victim.user.email, 'wrong password');
      expect(cookie).not.toContain('session-token');
    }
    const blocked = await signIn(server.url, victim.user.email, victim.password);
    expect(blocked.cookie).not.toContain('session-token');
  });

  it('creates, lists, uses and revokes a personal API token; only its hash is kept', async () => {
    const created = await bob.call('POST', '/api/tokens', { name: '脚本' });
    expect(created.status).toBe(201);
    bob.token = created.body.token.token;
    expect(bob.token).toMatch(/^gd_/);
    const listed = await bob.call('GET', '/api/tokens');
    expect(listed.body.tokens).toHaveLength(1);
    expect(JSON.stringify(listed.body)).not.toContain(bob.token);
    const viaToken = await bob.call('GET', '/api/groups', undefined, { useToken: true });
    expect(viaToken.status).toBe(200);
    expect(viaToken.body.groups.map((g: { id: string }) => g.id)).toEqual([group.id]);
    // A token cannot be revoked by someone else: not found.
    expect((await alice.call('DELETE', `/api/tokens/${created.body.token.id}`)).status).toBe(404);
    const other = await bob.call('POST', '/api/tokens', { name: '临时' });
    expect((await bob.call('DELETE', `/api/tokens/${other.body.token.id}`)).status).toBe(204);
    const revokedUse = await fetch(`${server.url}/api/groups`, { headers: { authorization: `Bearer ${other.body.token.token}` } });
    expect(revokedUse.status).toBe(401);
    expect((await bob.call('POST', '/api/tokens', { name: '' })).body.error.fields).toHaveProperty('name');
  });
});

describe('groups', () => {
  it('lists members with roles; outsiders get 404', async () => {
    const { status, body } = await alice.call('GET', `/api/groups/${group.id}/members`);
    expect(status).toBe(200);
    expect(body.members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ['王芳', 'owner'],
      ['李明', 'member'],
    ]);
    expect((await carol.call('GET', `/api/groups/${group.id}/members`)).status).toBe(404);
    expect((await carol.call('GET', `/api/groups/${group.id}`)).status).toBe(404);
  });

  it('shows the join code to leaders only', async () => {
    expect((await alice.call('GET', `/api/groups/${group.id}`)).body.group.joinCode).toBe(group.joinCode);
    expect((await bob.call('GET', `/api/groups/${group.id}`)).body.group.joinCode).toBeUndefined();
  });

  it('rejects unknown and malformed join codes', async () => {
    expect((await carol.call('POST', '/api/groups/join', { code: 'ZZZZZZZZ' })).status).toBe(404);
    const bad = await carol.call('POST', '/api/groups/join', { code: '!' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toHaveProperty('code');
  });

  it('lets the owner promote a leader and remove a member; not a member', async () => {
    const dave = await register(server.url, '孙丽');
    await dave.call('POST', '/api/groups/join', { code: group.joinCode });
    expect((await bob.call('PATCH', `/api/groups/${group.id}/members/${dave.user.id}`, { role: 'leader' })).status).toBe(403);
    const promoted = await alice.call('PATCH', `/api/groups/${group.id}/members/${dave.user.id}`, { role: 'leader' });
    expect(promoted.body.member.role).toBe('leader');
    expect((await alice.call('PATCH', `/api/groups/${group.id}/members/${dave.user.id}`, { role: 'owner' })).status).toBe(422);
    expect((await bob.call('DELETE', `/api/groups/${group.id}/members/${dave.user.id}`)).status).toBe(403);
    expect((await alice.call('DELETE', `/api/groups/${group.id}/members/${dave.user.id}`)).status).toBe(204);
    expect((await dave.call('GET', `/api/groups/${group.id}`)).status).toBe(404);
  });

  it('lets a member leave, but not the owner', async () => {
    const erin = await register(server.url, '周杰');
    await erin.call('POST', '/api/groups/join', { code: group.joinCode });
    expect((await erin.call('DELETE', `/api/groups/${group.id}/members/me`)).status).toBe(204);
    expect((await erin.call('GET', '/api/groups')).body.groups).toEqual([]);
    expect((await alice.call('DELETE', `/api/groups/${group.id}/members/me`)).status).toBe(409);
  });
});

describe('texts', () => {
  it('serves both texts of the starting library as structured documents', async () => {
    const { body } = await alice.call('GET', '/api/texts');
    expect(body.texts.map((t: { id: string }) => t.id).sort()).toEqual(['mass-line-guide', 'mass-line-study-reader']);
    const reader = await alice.call('GET', '/api/texts/mass-line-study-reader');
    expect(reader.body.text.title).toBe('群众路线教育实践活动学习读本');
    expect(reader.body.text.metadata.isbn).toBe('978-7-5051-2622-0');
    expect(reader.body.text.toc.length).toBeGreaterThan(10);
    const bodyText = reader.body.text.blocks.map((b: { text: string }) => b.text).join('\n');
    expect(bodyText).not.toMatch(/\t|ISBN|版权所有/);
    expect(bodyText).toContain('人民群众拥护和支持开展好这项活动');
  });

  it('answers an unknown text with 404', async () => {
    expect((await alice.call('GET', '/api/texts/no-such-text')).status).toBe(404);
  });
});

describe('annotations', () => {
  it('creates a highlight with a comment, visible to the group', async () => {
    const created = await alice.call('POST', '/api/annotations', { groupId: group.id, ...anchor(0, 12), kind: 'key', note: '这句是全文的纲' });
    expect(created.status).toBe(201);
    expect(created.body.annotation).toMatchObject({ author: { name: '王芳' }, start: 0, end: 12, kind: 'key', visibility: 'group' });
    expect(created.body.annotation.suffix).toBe(Array.from(paragraph.text).slice(12, 44).join(''));
    const seen = await bob.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}`);
    expect(seen.body.annotations.map((a: { id: string }) => a.id)).toContain(created.body.annotation.id);
  });

  it('names the invalid fields with 422', async () => {
    const res = await alice.call('POST', '/api/annotations', { groupId: group.id, blockId: paragraph.id, start: -1, end: 'x', exact: '', kind: 'shout' });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['end', 'exact', 'kind', 'start']);
  });

  it('refuses an anchor whose quote does not match the passage (422 on exact)', async () => {
    const res = await alice.call('POST', '/api/annotations', { groupId: group.id, ...anchor(0, 5), exact: '不是原文的字' });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toHaveProperty('exact');
    const outOfRange = await alice.call('POST', '/api/annotations', { groupId: group.id, blockId: paragraph.id, start: 0, end: 100000, exact: 'x' });
    expect(outOfRange.body.error.fields).toHaveProperty('end');
  });

  it('treats other groups and unknown ids as not found (404)', async () => {
    const { body } = await alice.call('POST', '/api/annotations', { groupId: group.id, ...anchor(2, 6) });
    const id = body.annotation.id;
    expect((await carol.call('GET', `/api/annotations/${id}`)).status).toBe(404);
    expect((await carol.call('PATCH', `/api/annotations/${id}`, { note: 'x' })).status).toBe(404);
    expect((await carol.call('DELETE', `/api/annotations/${id}`)).status).toBe(404);
    expect((await carol.call('POST', `/api/annotations/${id}/replies`, { body: 'x' })).status).toBe(404);
    expect((await carol.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}`)).status).toBe(404);
    expect((await carol.call('POST', '/api/annotations', { groupId: group.id, ...anchor(0, 3) })).status).toBe(404);
    expect((await alice.call('GET', `/api/annotations/${randomUUID()}`)).status).toBe(404);
    // Carol's own group sees nothing of Alice's group.
    const carolList = await carol.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${carolGroup.id}`);
    expect(carolList.body.annotations).toEqual([]);
  });

  it('stores one annotation for a create repeated with the same client id', async () => {
    const id = randomUUID();
    const payload = { id, groupId: group.id, ...anchor(20, 30), note: '重复提交' };
    const results = await Promise.all([alice.call('POST', '/api/annotations', payload), alice.call('POST', '/api/annotations', payload)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 201]);
    const again = await alice.call('POST', '/api/annotations', payload);
    expect(again.status).toBe(200);
    expect(again.body.annotation.id).toBe(id);
    const list = await alice.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}`);
    expect(list.body.annotations.filter((a: { id: string }) => a.id === id)).toHaveLength(1);
    // Someone else reusing the id is a clash, not a silent success.
    expect((await bob.call('POST', '/api/annotations', { ...payload })).status).toBe(409);
  });

  it('stores markup in comments as text, exactly', async () => {
    const note = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const { body } = await alice.call('POST', '/api/annotations', { groupId: group.id, ...anchor(1, 4), note });
    const fetched = await bob.call('GET', `/api/annotations/${body.annotation.id}`);
    expect(fetched.body.annotation.note).toBe(note);
  });

  it('keeps private annotations to their author', async () => {
    const { body } = await bob.call('POST', '/api/annotations', { groupId: group.id, ...anchor(5, 9), note: '自己的疑问', kind: 'question', visibility: 'private' });
    const id = body.annotation.id;
    const mine = await bob.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}`);
    expect(mine.body.annotations.map((a: { id: string }) => a.id)).toContain(id);
    const theirs = await alice.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}`);
    expect(theirs.body.annotations.map((a: { id: string }) => a.id)).not.toContain(id);
    expect((await alice.call('GET', `/api/annotations/${id}`)).status).toBe(404);
    expect((await alice.call('POST', `/api/annotations/${id}/replies`, { body: '看到了' })).status).toBe(404);
  });

  it('lets only the author edit or delete', async () => {
    const { body } = await alice.call('POST', '/api/annotations', { groupId: group.id, ...anchor(10, 16), note: '初稿' });
    const id = body.annotation.id;
    expect((await bob.call('PATCH', `/api/annotations/${id}`, { note: '改掉' })).status).toBe(403);
    expect((await bob.call('DELETE', `/api/annotations/${id}`)).status).toBe(403);
    const edited = await alice.call('PATCH', `/api/annotations/${id}`, { note: '定稿', kind: 'insight' });
    expect(edited.body.annotation).toMatchObject({ note: '定稿', kind: 'insight' });
    expect(edited.body.annotation.editedAt).not.toBeNull();
    expect((await alice.call('PATCH', `/api/annotations/${id}`, {})).status).toBe(422);
  });

  it('threads replies, and a deleted comment with replies leaves a placeholder', async () => {
    const { body } = await alice.call('POST', '/api/annotations', { groupId: group.id, ...anchor(30, 40), note: '大家怎么看？', kind: 'question' });
    const id = body.annotation.id;
    const r1 = await bob.call('POST', `/api/annotations/${id}/replies`, { body: '我认为是根本方法' });
    expect(r1.status).toBe(201);
    const r2 = await alice.call('POST', `/api/annotations/${id}/replies`, { body: '同意', parentId: r1.body.reply.id });
    expect(r2.body.reply.parentId).toBe(r1.body.reply.id);
    expect((await alice.call('POST', `/api/annotations/${id}/replies`, { body: '' })).body.error.fields).toHaveProperty('body');
    expect((await alice.call('PATCH', `/api/annotations/${id}/replies/${r1.body.reply.id}`, { body: '改' })).status).toBe(403);
    expect((await bob.call('PATCH', `/api/annotations/${id}/replies/${r1.body.reply.id}`, { body: '我认为这是根本方法' })).body.reply.editedAt).not.toBeNull();

    expect((await bob.call('DELETE', `/api/annotations/${id}/replies/${r1.body.reply.id}`)).status).toBe(204);
    expect((await alice.call('DELETE', `/api/annotations/${id}`)).status).toBe(204);
    const list = await bob.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}`);
    const thread = list.body.annotations.find((a: { id: string }) => a.id === id);
    expect(thread).toMatchObject({ deleted: true, note: '' });
    expect(thread.replies.map((r: { body: string; deleted: boolean }) => [r.body, r.deleted])).toEqual([
      ['', true],
      ['同意', false],
    ]);
    // With no live reply left, the deleted thread disappears.
    await alice.call('DELETE', `/api/annotations/${id}/replies/${r2.body.reply.id}`);
    const after = await bob.call('GET', `/api/annotations?textId=mass-line-guide&groupId=${group.id}`);
    expect(after.body.annotations.find((a: { id: string }) => a.id === id)).toBeUndefined();
  });
});
