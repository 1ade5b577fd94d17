/**
 * The authorization matrix: every HTTP route (enumerated from app/api), every page that shows group data
 * (enumerated from app/**\/page.tsx) and every socket request (enumerated from the contract in
 * lib/realtime/events.ts) × anonymous, non-member, member, leader, owner, removed member, member of another group
 * and revoked token, each with the answer it must get. A route, page or event missing from the tables fails.
 *
 * Then what must never reach a member by any path — a hidden reply, a hidden annotation, a deleted note, a note as
 * it read before its edit, someone's private note, another group's text — is looked for in every answer a member
 * gets: HTTP, pages, catch-up and live events; and a removed member's open socket hears nothing after removal.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { io as rawIo } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RealtimeClient } from '../../lib/realtime/client';
import type { StreamEvent } from '../../lib/realtime/events';
import { makeGroup, register, type Session } from '../support/client';
import { connect, waitFor } from '../support/realtime';
import { ROOT, startServer, stopAndClean, type RunningServer } from '../support/server';

const ROLES = ['anonymous', 'revoked', 'nonMember', 'other', 'removed', 'member', 'leader', 'owner'] as const;
type Role = (typeof ROLES)[number];
type Expect = Record<Role, number>;

// Expected answers by kind of right. Outsiders (never joined, removed, another group's) learn nothing: 404.
const OUT = { anonymous: 401, revoked: 401, nonMember: 404, other: 404, removed: 404 } as const;
const read = (ok: number): Expect => ({ ...OUT, member: ok, leader: ok, owner: ok });
const lead = (ok: number): Expect => ({ ...OUT, member: 403, leader: ok, owner: ok });
const ownerOnly = (ok: number): Expect => ({ ...OUT, member: 403, leader: 403, owner: ok });
const authorOnly = (ok: number): Expect => ({ ...OUT, member: ok, leader: 403, owner: 403 });
const anyUser = (ok: number): Expect => ({ anonymous: 401, revoked: 401, nonMember: ok, other: ok, removed: ok, member: ok, leader: ok, owner: ok });

/** Markers that must never reach a plain member (the leaders get some of them, which proves they exist). */
const NEVER_FOR_MEMBERS = ['HIDDENREPLY', 'HIDDENNOTE', 'DELETEDNOTE', 'PREEDITNOTE', 'PRIVATENOTE', 'OTHERGROUPTEXT'];

let server: RunningServer;
const users = {} as Record<Exclude<Role, 'anonymous'>, Session> & { spare: Session };
const f = {} as {
  group: { id: string; name: string; joinCode: string };
  otherGroup: { id: string };
  openGroupCode: string;
  libBlock: { id: string; text: string };
  groupText: string;
  otherBlockId: string;
  session: string;
  a1: string;
  jsonld: unknown;
};
const clients: RealtimeClient[] = [];
/** Everything the member's open socket received after the moderation below. */
const memberLive: StreamEvent[] = [];

const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');
const anchor = (note: string, extra: Record<string, unknown> = {}) => ({
  groupId: f.group.id,
  blockId: f.libBlock.id,
  start: 0,
  end: 4,
  exact: slice(f.libBlock.text, 0, 4),
  kind: 'question' as const,
  note,
  ...extra,
});

async function ok<T = any>(p: Promise<{ status: number; body: any }>, status: number): Promise<T> {
  const res = await p;
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** A request as `role`: no credentials, a revoked API token, or the user's session cookie. */
async function as(role: Role, method: string, url: string, body?: unknown): Promise<{ status: number; body: any }> {
  if (role === 'anonymous') {
    const res = await fetch(`${server.url}${url}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body), redirect: 'manual' });
    const text = await res.text();
    return { status: res.status, body: text };
  }
  return users[role].call(method, url, body, { useToken: role === 'revoked' });
}

async function newAnnotation(by: Session, note = '一条批注', extra: Record<string, unknown> = {}): Promise<string> {
  return (await ok(by.call('POST', '/api/annotations', anchor(note, extra)), 201)).annotation.id;
}
async function newReply(by: Session, annotationId: string, body = '一条回复'): Promise<string> {
  return (await ok(by.call('POST', `/api/annotations/${annotationId}/replies`, { body }), 201)).reply.id;
}
async function newSession(started: boolean): Promise<string> {
  const { session } = await ok(users.owner.call('POST', `/api/groups/${f.group.id}/sessions`, { title: '临时学习', textId: 'mass-line-guide', scheduledAt: new Date().toISOString() }), 201);
  if (started) await ok(users.owner.call('POST', `/api/sessions/${session.id}/start`), 200);
  return session.id;
}
/** The group's join code now (a test above rotates it). */
const joinCode = async (): Promise<string> => (await ok(users.owner.call('GET', `/api/groups/${f.group.id}`), 200)).group.joinCode;
const upload = (title: string, marker = '') => ({ fileName: `${title}.md`, title, content: `# ${title}\n\n## 第一章\n\n第一段正文，学习群众路线。${marker}\n\n第二段正文。\n` });

interface RouteCase {
  /** per-role preparation (a fresh target for a write that changes it); its result is handed to url and body */
  prep?: (role: Role) => Promise<string>;
  url: (x: string) => string;
  body?: (x: string) => unknown;
  expect: Expect;
}
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const G = () => f.group.id;
const ROUTES: Record<string, Partial<Record<Method, RouteCase | { skip: string }>>> = {
  'annotations/[id]/hide': { POST: { prep: () => newAnnotation(users.member), url: (a) => `/api/annotations/${a}/hide`, body: () => ({ hidden: true }), expect: lead(204) } },
  'annotations/[id]/pin': { POST: { url: () => `/api/annotations/${f.a1}/pin`, body: () => ({ pinned: true }), expect: lead(200) } },
  'annotations/[id]/replies/[replyId]/hide': { POST: { prep: () => newReply(users.member, f.a1), url: (r) => `/api/annotations/${f.a1}/replies/${r}/hide`, body: () => ({ hidden: true }), expect: lead(204) } },
  'annotations/[id]/replies/[replyId]': {
    PATCH: { prep: () => newReply(users.member, f.a1), url: (r) => `/api/annotations/${f.a1}/replies/${r}`, body: () => ({ body: '改过的回复' }), expect: authorOnly(200) },
    DELETE: { prep: () => newReply(users.member, f.a1), url: (r) => `/api/annotations/${f.a1}/replies/${r}`, expect: authorOnly(204) },
  },
  'annotations/[id]/replies': {
    GET: { url: () => `/api/annotations/${f.a1}/replies`, expect: read(200) },
    POST: { url: () => `/api/annotations/${f.a1}/replies`, body: () => ({ body: '同意' }), expect: read(201) },
  },
  'annotations/[id]/resolve': { POST: { url: () => `/api/annotations/${f.a1}/resolve`, body: () => ({ resolved: true }), expect: read(200) } },
  'annotations/[id]': {
    GET: { url: () => `/api/annotations/${f.a1}`, expect: read(200) },
    PATCH: { prep: () => newAnnotation(users.member), url: (a) => `/api/annotations/${a}`, body: () => ({ note: '改过' }), expect: authorOnly(200) },
    DELETE: { prep: () => newAnnotation(users.member), url: (a) => `/api/annotations/${a}`, expect: authorOnly(204) },
  },
  annotations: {
    GET: { url: () => `/api/annotations?groupId=${G()}&textId=mass-line-guide`, expect: read(200) },
    POST: { url: () => '/api/annotations', body: () => anchor('新批注'), expect: read(201) },
  },
  'annotations/summary': { GET: { url: () => `/api/annotations/summary?groupId=${G()}&textId=mass-line-guide`, expect: read(200) } },
  'auth/[...nextauth]': { GET: { skip: 'NextAuth’s own sign-in endpoints, no group data: foundation.test.ts' }, POST: { skip: 'NextAuth’s own sign-in endpoints: foundation.test.ts' } },
  // Changing one's own password for real would end the fixtures' sessions: a wrong current password shows the
  // route is open to every signed-in user (422 on that field) and closed to the rest.
  'auth/password': { POST: { url: () => '/api/auth/password', body: () => ({ currentPassword: 'not the password', newPassword: 'another horse battery' }), expect: anyUser(422) } },
  'auth/register': {
    POST: {
      url: () => '/api/auth/register',
      body: () => ({ email: `n-${randomUUID()}@example.test`, name: '新人', password: 'correct horse battery' }),
      expect: { anonymous: 201, revoked: 201, nonMember: 201, other: 201, removed: 201, member: 201, leader: 201, owner: 201 },
    },
  },
  'groups/[id]/activity': { GET: { url: () => `/api/groups/${G()}/activity?textId=mass-line-guide`, expect: read(200) } },
  'groups/[id]/export': { GET: { url: () => `/api/groups/${G()}/export?format=csv`, expect: read(200) } },
  // The leader imports the file first (201); the owner's import of the same file is the same import, answered as
  // already done (200: imports are idempotent).
  'groups/[id]/import': { POST: { url: () => `/api/groups/${G()}/import`, body: () => f.jsonld, expect: { ...lead(201), owner: 200 } } },
  'groups/[id]/join-code': { POST: { url: () => `/api/groups/${G()}/join-code`, expect: lead(200) } },
  'groups/[id]/members/[userId]/history': { GET: { url: () => `/api/groups/${G()}/members/${users.spare.user.id}/history`, expect: lead(200) } },
  'groups/[id]/members/[userId]': {
    PATCH: { url: () => `/api/groups/${G()}/members/${users.spare.user.id}`, body: () => ({ role: 'member' }), expect: ownerOnly(200) },
    DELETE: {
      prep: async () => {
        const s = await register(server.url, '将被移出');
        await ok(s.call('POST', '/api/groups/join', { code: await joinCode() }), 200);
        return s.user.id;
      },
      url: (u) => `/api/groups/${G()}/members/${u}`,
      expect: ownerOnly(204),
    },
  },
  'groups/[id]/members': { GET: { url: () => `/api/groups/${G()}/members`, expect: read(200) } },
  'groups/[id]/passages/[blockId]': { GET: { url: () => `/api/groups/${G()}/passages/${f.libBlock.id}`, expect: read(200) } },
  'groups/[id]': { GET: { url: () => `/api/groups/${G()}`, expect: read(200) } },
  'groups/[id]/search': { GET: { url: () => `/api/groups/${G()}/search?q=${encodeURIComponent('学')}`, expect: read(200) } },
  'groups/[id]/sessions': {
    GET: { url: () => `/api/groups/${G()}/sessions`, expect: read(200) },
    POST: { url: () => `/api/groups/${G()}/sessions`, body: () => ({ title: '下次学习', textId: 'mass-line-guide', scheduledAt: new Date().toISOString() }), expect: lead(201) },
  },
  'groups/[id]/texts/preview': { POST: { url: () => `/api/groups/${G()}/texts/preview`, body: () => upload('预览'), expect: lead(200) } },
  'groups/[id]/texts': { POST: { url: () => `/api/groups/${G()}/texts`, body: () => upload('新文本'), expect: lead(201) } },
  'groups/join': { POST: { url: () => '/api/groups/join', body: () => ({ code: f.openGroupCode }), expect: anyUser(200) } },
  groups: { GET: { url: () => '/api/groups', expect: anyUser(200) }, POST: { url: () => '/api/groups', body: () => ({ name: '自己的小组' }), expect: anyUser(201) } },
  notifications: { GET: { url: () => '/api/notifications', expect: anyUser(200) }, POST: { url: () => '/api/notifications', body: () => ({}), expect: anyUser(200) } },
  reactions: { PUT: { url: () => '/api/reactions', body: () => ({ targetType: 'annotation', targetId: f.a1, kind: 'agree', active: true }), expect: read(200) } },
  'sessions/[id]/attendance': { GET: { url: () => `/api/sessions/${f.session}/attendance`, expect: read(200) } },
  'sessions/[id]/end': { POST: { prep: () => newSession(true), url: (s) => `/api/sessions/${s}/end`, expect: lead(200) } },
  'sessions/[id]/minutes': { GET: { url: () => `/api/sessions/${f.session}/minutes`, expect: read(200) } },
  'sessions/[id]/reflections/[commentId]/hide': {
    POST: {
      prep: async () => (await ok(users.member.call('POST', `/api/sessions/${f.session}/reflections`, { body: '一条体会' }), 201)).reflection.id,
      url: (c) => `/api/sessions/${f.session}/reflections/${c}/hide`,
      body: () => ({ hidden: true }),
      expect: lead(204),
    },
  },
  'sessions/[id]/reflections': {
    GET: { url: () => `/api/sessions/${f.session}/reflections`, expect: read(200) },
    POST: { url: () => `/api/sessions/${f.session}/reflections`, body: () => ({ body: '体会' }), expect: read(201) },
  },
  'sessions/[id]': { GET: { url: () => `/api/sessions/${f.session}`, expect: read(200) } },
  'sessions/[id]/start': { POST: { prep: () => newSession(false), url: (s) => `/api/sessions/${s}/start`, expect: lead(200) } },
  'sessions/[id]/summary': { PUT: { url: () => `/api/sessions/${f.session}/summary`, body: () => ({ summary: '小结' }), expect: lead(200) } },
  'sessions/[id]/timeline': { GET: { url: () => `/api/sessions/${f.session}/timeline`, expect: read(200) } },
  streams: { GET: { url: () => `/api/streams?stream=group:${G()}&after=0`, expect: read(200) } },
  'texts/[id]': { GET: { url: () => `/api/texts/${f.groupText}`, expect: read(200) } },
  'texts/[id]/source': { GET: { url: () => `/api/texts/${f.groupText}/source`, expect: lead(200) } },
  'texts/[id]/versions': {
    GET: { url: () => `/api/texts/${f.groupText}/versions`, expect: read(200) },
    POST: { url: () => `/api/texts/${f.groupText}/versions`, body: () => ({ source: upload('组内文本', randomUUID()).content, note: '修订' }), expect: lead(201) },
  },
  texts: { GET: { url: () => '/api/texts', expect: anyUser(200) } },
  'tokens/[id]': {
    DELETE: {
      prep: async (role) => (users[role as Exclude<Role, 'anonymous'>] ? (await ok(users[role as Exclude<Role, 'anonymous'>].call('POST', '/api/tokens', { name: '用完即删' }), 201)).token.id : 'tok_unknown_0000'),
      url: (t) => `/api/tokens/${t}`,
      expect: anyUser(204),
    },
  },
  // one's own settings: every signed-in user has them, nobody else's are reachable (the route takes no id)
  settings: { GET: { url: () => '/api/settings', expect: anyUser(200) }, PATCH: { url: () => '/api/settings', body: () => ({ timeZone: 'Asia/Shanghai' }), expect: anyUser(200) } },
  tokens: { GET: { url: () => '/api/tokens', expect: anyUser(200) }, POST: { url: () => '/api/tokens', body: () => ({ name: '脚本' }), expect: anyUser(201) } },
};

/** Every app/api route file and the methods it exports. */
function enumerateRoutes(): { route: string; methods: Method[] }[] {
  const found: { route: string; methods: Method[] }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'route.ts') {
        const src = readFileSync(full, 'utf8');
        const methods = (['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const).filter((m) => new RegExp(`export (const|async function) ${m}\\b|as ${m}\\b`).test(src));
        found.push({ route: path.relative(path.join(ROOT, 'app/api'), dir), methods });
      }
    }
  };
  walk(path.join(ROOT, 'app/api'));
  return found;
}

/** Every page under a dynamic segment (group, session, text): the pages that show a group's data. */
function enumerateGroupPages(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'page.tsx') {
        const route = '/' + path.relative(path.join(ROOT, 'app'), dir);
        if (route.includes('[')) found.push(route);
      }
    }
  };
  walk(path.join(ROOT, 'app'));
  return found.sort();
}

/** The request names in the socket contract, read from its source (types do not exist at run time). */
function enumerateSocketEvents(): string[] {
  const src = readFileSync(path.join(ROOT, 'lib/realtime/events.ts'), 'utf8');
  const body = /export interface ClientToServerEvents \{([\s\S]*?)\n\}/.exec(src)![1];
  return [...body.matchAll(/^\s+'([a-z]+:[a-z-]+)':/gm)].map((m) => m[1]);
}

beforeAll(async () => {
  // Every role tries every write, over HTTP and the socket, one user after another: what is checked is who may,
  // not how often; the write allowance (one per user over both channels) is lifted.
  server = await startServer({ env: { WRITES_PER_SECOND: '1000', WRITE_BURST: '1000' } });
  const names = { owner: '组长甲', leader: '带学乙', member: '组员丙', removed: '退出丁', revoked: '令牌戊', nonMember: '路人己', other: '别组庚', spare: '组员辛' } as const;
  const registered = await Promise.all(Object.entries(names).map(async ([k, n]) => [k, await register(server.url, n)] as const));
  for (const [k, s] of registered) (users as Record<string, Session>)[k] = s;

  const g = await makeGroup(users.owner, [users.leader, users.member, users.removed, users.revoked, users.spare], `秘密小组-${randomUUID().slice(0, 6)}`);
  f.group = g;
  await ok(users.owner.call('PATCH', `/api/groups/${g.id}/members/${users.leader.user.id}`, { role: 'leader' }), 200);
  f.otherGroup = await makeGroup(users.other, [], '别的小组');
  f.openGroupCode = (await makeGroup(users.owner, [], '开放小组')).joinCode;

  // The revoked user's token stops working.
  const token = await ok(users.revoked.call('POST', '/api/tokens', { name: '将被吊销' }), 201);
  users.revoked.token = token.token.token;
  await ok(users.revoked.call('DELETE', `/api/tokens/${token.token.id}`), 204);

  const lib = (await ok(users.owner.call('GET', '/api/texts/mass-line-guide'), 200)).text.blocks as { id: string; text: string; kind: string }[];
  f.libBlock = lib.find((b) => b.kind === 'paragraph')!;
  f.groupText = (await ok(users.leader.call('POST', `/api/groups/${g.id}/texts`, upload('组内文本')), 201)).text.id;
  const otherText = (await ok(users.other.call('POST', `/api/groups/${f.otherGroup.id}/texts`, upload('别组文本', 'OTHERGROUPTEXT')), 201)).text.id;
  f.otherBlockId = ((await ok(users.other.call('GET', `/api/texts/${otherText}`), 200)).text.blocks as { id: string; text: string }[]).find((b) => b.text.includes('OTHERGROUPTEXT'))!.id;
  f.session = await newSession(true);
  f.a1 = await newAnnotation(users.member, '第一条批注', { sessionId: f.session });
  f.jsonld = await ok(users.owner.call('GET', `/api/groups/${g.id}/export?format=jsonld`), 200);

  // The removed member: was in the group, then the owner removed them.
  await ok(users.owner.call('DELETE', `/api/groups/${g.id}/members/${users.removed.user.id}`), 204);
}, 120_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await stopAndClean(server);
});

describe('HTTP routes', () => {
  it('has every route and method of app/api in the table, and nothing that is not there', () => {
    const listed = enumerateRoutes().flatMap(({ route, methods }) => methods.map((m) => `${m} ${route}`)).sort();
    const table = Object.entries(ROUTES).flatMap(([route, methods]) => Object.keys(methods).map((m) => `${m} ${route}`)).sort();
    expect(table).toEqual(listed);
  });

  for (const [route, methods] of Object.entries(ROUTES)) {
    for (const [method, c] of Object.entries(methods)) {
      if ('skip' in c) continue;
      it(`${method} /api/${route}`, async () => {
        const got: Partial<Record<Role, number>> = {};
        for (const role of ROLES) {
          const x = c.prep ? await c.prep(role) : '';
          got[role] = (await as(role, method, c.url(x), c.body?.(x))).status;
        }
        expect(got).toEqual(c.expect);
      }, 60_000);
    }
  }

  it('answers 404 for a passage of another group’s text, and for a removed member, a revision saved after removal', async () => {
    expect((await users.member.call('GET', `/api/groups/${G()}/passages/${f.otherBlockId}`)).status).toBe(404);
    expect((await users.owner.call('GET', `/api/groups/${G()}/passages/${f.otherBlockId}`)).status).toBe(404);
    expect((await users.other.call('GET', `/api/groups/${f.otherGroup.id}/passages/${f.otherBlockId}`)).status).toBe(200);
    await ok(users.leader.call('POST', `/api/texts/${f.groupText}/versions`, { source: upload('组内文本', 'AFTERREMOVAL').content, note: '' }), 201);
    const res = await users.removed.call('GET', `/api/texts/${f.groupText}`);
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain('AFTERREMOVAL');
  });

  it('answers a colliding client id of something the caller may not see exactly as an unseen id (404), a visible clash 409', async () => {
    const privateId = randomUUID();
    await ok(users.spare.call('POST', '/api/annotations', anchor('私下的', { id: privateId, visibility: 'private' })), 201);
    const foreignId = randomUUID();
    const otherBlock = f.libBlock;
    await ok(users.other.call('POST', '/api/annotations', { ...anchor('别组的', { id: foreignId }), groupId: f.otherGroup.id, blockId: otherBlock.id }), 201);
    for (const id of [privateId, foreignId]) {
      const clash = await users.member.call('POST', '/api/annotations', anchor('撞了', { id }));
      const unseen = await users.member.call('GET', `/api/annotations/${id}`);
      expect([clash.status, clash.body.error?.code]).toEqual([404, 'not_found']);
      expect(unseen.status).toBe(404);
    }
    const replyId = randomUUID();
    const priv = (await ok(users.spare.call('GET', `/api/annotations/${privateId}`), 200)).annotation.id;
    await ok(users.spare.call('POST', `/api/annotations/${priv}/replies`, { id: replyId, body: '私下回复' }), 201);
    expect((await users.member.call('POST', `/api/annotations/${f.a1}/replies`, { id: replyId, body: '撞了' })).status).toBe(404);
    expect((await users.member.call('POST', '/api/annotations', anchor('撞了', { id: f.a1 }))).status).toBe(200);
    expect((await users.leader.call('POST', '/api/annotations', anchor('撞了', { id: f.a1 }))).status).toBe(409);
  });
});

/** Group pages: who must see the page, who must not see what is on it. */
const PAGES: Record<string, () => string> = {
  '/groups/[id]': () => `/groups/${G()}`,
  '/groups/[id]/exchange': () => `/groups/${G()}/exchange`,
  '/groups/[id]/library': () => `/groups/${G()}/library`,
  '/groups/[id]/library/new': () => `/groups/${G()}/library/new`,
  '/groups/[id]/members/[userId]': () => `/groups/${G()}/members/${users.member.user.id}`,
  '/groups/[id]/passages/[blockId]': () => `/groups/${G()}/passages/${f.libBlock.id}`,
  '/groups/[id]/search': () => `/groups/${G()}/search?q=${encodeURIComponent('批注')}`,
  '/join/[code]': () => `/join/${f.group.joinCode}`,
  '/read/[textId]': () => `/read/${f.groupText}?group=${G()}`,
  '/sessions/[id]': () => `/sessions/${f.session}`,
  '/sessions/[id]/history': () => `/sessions/${f.session}/history`,
  '/sessions/[id]/minutes': () => `/sessions/${f.session}/minutes`,
  '/texts/[id]/edit': () => `/texts/${f.groupText}/edit`,
  '/texts/[id]/versions': () => `/texts/${f.groupText}/versions`,
};

async function page(role: Role, url: string): Promise<{ status: number; html: string; location: string | null }> {
  const headers: Record<string, string> = role === 'anonymous' || role === 'revoked' ? {} : { cookie: users[role].cookie };
  const res = await fetch(`${server.url}${url}`, { headers, redirect: 'manual' });
  return { status: res.status, html: await res.text(), location: res.headers.get('location') };
}

describe('pages that show group data', () => {
  it('has every page under a dynamic segment in the table', () => {
    expect(Object.keys(PAGES).sort()).toEqual(enumerateGroupPages());
  });

  for (const [name, url] of Object.entries(PAGES)) {
    it(`${name}: signed-out callers are sent to sign in; outsiders see nothing of the group; members see the page`, async () => {
      for (const role of ROLES) {
        const got = await page(role, url());
        if (role === 'anonymous' || role === 'revoked') {
          // A page is signed in by cookie only: an API token (revoked or not) is not a page session. Signed out,
          // a page either asks to sign in or (the reader, open to all for the shared library) is not found.
          const refused = (got.status === 307 && !!got.location?.includes('/signin')) || got.status === 404;
          expect([refused, got.html.includes(f.group.name)], `${role} ${name}`).toEqual([true, false]);
        } else if (['nonMember', 'other', 'removed'].includes(role)) {
          if (name === '/join/[code]') continue; // the invitation page is for people who are not members yet
          expect(got.html, `${role} ${name}`).not.toContain(f.group.name);
          expect(got.html).not.toContain('第一条批注');
        } else {
          expect(got.status, `${role} ${name}`).toBe(200);
        }
      }
    }, 60_000);
  }
});

type Ack = { ok: true; value: any } | { ok: false; error: { code: string } };
const SOCKET_ROLES = ['nonMember', 'other', 'removed', 'member', 'leader', 'owner'] as const;
type SocketRole = (typeof SOCKET_ROLES)[number];
type SocketExpect = Record<SocketRole, 'ok' | 'not_found' | 'forbidden'>;
const sRead: SocketExpect = { nonMember: 'not_found', other: 'not_found', removed: 'not_found', member: 'ok', leader: 'ok', owner: 'ok' };
const sLead: SocketExpect = { ...sRead, member: 'forbidden' };
const sAuthor: SocketExpect = { ...sRead, leader: 'forbidden', owner: 'forbidden' };
const sAny: SocketExpect = { nonMember: 'ok', other: 'ok', removed: 'ok', member: 'ok', leader: 'ok', owner: 'ok' };

interface SocketCase {
  prep?: () => Promise<string>;
  payload: (x: string) => unknown;
  /** fire-and-forget events have no answer: the case says what checks them */
  expect: SocketExpect | { noAck: string };
}
const SOCKET: Record<string, SocketCase> = {
  'stream:subscribe': { payload: () => ({ stream: `group:${G()}`, after: 0 }), expect: sRead },
  'stream:sync': { payload: () => ({ stream: `session:${f.session}`, after: 0 }), expect: sRead },
  'stream:unsubscribe': { payload: () => ({ stream: `group:${G()}` }), expect: { noAck: 'leaves one’s own rooms only; the removed-member test checks rooms' } },
  'session:join': { payload: () => ({ sessionId: f.session }), expect: sRead },
  'session:leave': { payload: () => ({ sessionId: f.session }), expect: sAny },
  'session:viewing': { payload: () => ({ sessionId: f.session, blockId: f.libBlock.id }), expect: { noAck: 'ignored unless joined: the removed-member test checks it' } },
  // Only the session's own leader (the owner scheduled it) leads the reading.
  'leader:move': { payload: () => ({ sessionId: f.session, blockId: f.libBlock.id }), expect: { ...sLead, leader: 'forbidden' } },
  'annotation:create': { payload: () => anchor('经由套接字'), expect: sRead },
  'annotation:update': { prep: () => newAnnotation(users.member), payload: (a) => ({ id: a, note: '改' }), expect: sAuthor },
  'annotation:delete': { prep: () => newAnnotation(users.member), payload: (a) => ({ id: a }), expect: sAuthor },
  'annotation:resolve': { payload: () => ({ id: f.a1, resolved: false }), expect: sRead },
  'annotation:pin': { payload: () => ({ id: f.a1, pinned: false }), expect: sLead },
  'annotation:hide': { prep: () => newAnnotation(users.member), payload: (a) => ({ id: a, hidden: true }), expect: sLead },
  'reply:create': { payload: () => ({ annotationId: f.a1, body: '套接字回复' }), expect: sRead },
  'reply:update': { prep: () => newReply(users.member, f.a1), payload: (r) => ({ annotationId: f.a1, replyId: r, body: '改' }), expect: sAuthor },
  'reply:delete': { prep: () => newReply(users.member, f.a1), payload: (r) => ({ annotationId: f.a1, replyId: r }), expect: sAuthor },
  'reply:hide': { prep: () => newReply(users.member, f.a1), payload: (r) => ({ annotationId: f.a1, replyId: r, hidden: true }), expect: sLead },
  'reaction:set': { payload: () => ({ targetType: 'annotation', targetId: f.a1, kind: 'same-question', active: true }), expect: sRead },
  'reflection:create': { payload: () => ({ sessionId: f.session, body: '套接字体会' }), expect: sRead },
  'reflection:hide': {
    prep: async () => (await ok(users.member.call('POST', `/api/sessions/${f.session}/reflections`, { body: '体会' }), 201)).reflection.id,
    payload: (c) => ({ sessionId: f.session, id: c, hidden: true }),
    expect: sLead,
  },
  'notification:read': { payload: () => ({}), expect: sAny },
};

describe('socket events', () => {
  const sockets = {} as Record<SocketRole, RealtimeClient>;
  beforeAll(async () => {
    for (const role of SOCKET_ROLES) clients.push((sockets[role] = await connect(users[role])));
  });

  it('has every request of ClientToServerEvents in the table', () => {
    expect(Object.keys(SOCKET).sort()).toEqual(enumerateSocketEvents().sort());
  });

  it('refuses the handshake without credentials and with a revoked token', async () => {
    for (const auth of [{}, { token: users.revoked.token }]) {
      const socket = rawIo(server.url, { transports: ['websocket'], auth, reconnection: false });
      const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
      expect(error.message).toBe('unauthenticated');
      socket.close();
    }
  });

  for (const [event, c] of Object.entries(SOCKET)) {
    if ('noAck' in c.expect) continue;
    const expected = c.expect;
    it(event, async () => {
      const got: Partial<Record<SocketRole, string>> = {};
      for (const role of SOCKET_ROLES) {
        const x = c.prep ? await c.prep() : '';
        const socket = sockets[role].socket as unknown as { timeout: (ms: number) => { emitWithAck: (e: string, p: unknown) => Promise<Ack> } };
        const ack = await socket.timeout(5000).emitWithAck(event, c.payload(x));
        got[role] = ack.ok ? 'ok' : ack.error.code;
      }
      expect(got).toEqual(expected);
    }, 60_000);
  }
});

describe('what never reaches a member', () => {
  let memberClient: RealtimeClient, leaderClient: RealtimeClient;
  const leaderLive: StreamEvent[] = [];
  const ids = {} as Record<'hiddenReply' | 'hidden' | 'deleted' | 'edited' | 'private', string>;

  beforeAll(async () => {
    memberClient = await connect(users.member);
    leaderClient = await connect(users.leader);
    clients.push(memberClient, leaderClient);
    const after = (await ok(users.member.call('GET', `/api/streams?stream=group:${G()}&after=0`), 200)).lastSeq;
    const sessionAfter = (await ok(users.member.call('GET', `/api/streams?stream=session:${f.session}&after=0`), 200)).lastSeq;
    // Live from now on; the words below are written before the moderation, whose events are then looked at.
    const spare = users.spare;
    ids.hidden = await newAnnotation(spare, '将被隐藏 HIDDENNOTE', { sessionId: f.session });
    ids.deleted = await newAnnotation(spare, '将被删除 DELETEDNOTE', { sessionId: f.session });
    await newReply(users.member, ids.deleted, '删除前的回复');
    ids.edited = await newAnnotation(spare, '改前 PREEDITNOTE', { sessionId: f.session });
    ids.hiddenReply = await newReply(spare, f.a1, '不当的回复 HIDDENREPLY');
    ids.private = await newAnnotation(spare, '私人笔记 PRIVATENOTE', { visibility: 'private', sessionId: f.session });

    for (const [client, into] of [
      [memberClient, memberLive],
      [leaderClient, leaderLive],
    ] as const) {
      client.follow(`group:${G()}`, (await ok(users.member.call('GET', `/api/streams?stream=group:${G()}&after=0`), 200)).lastSeq, (events) => into.push(...events));
      client.follow(`session:${f.session}`, (await ok(users.member.call('GET', `/api/streams?stream=session:${f.session}&after=0`), 200)).lastSeq, (events) => into.push(...events));
    }
    await waitFor(() => memberClient.lastSeq(`group:${G()}`) > after && memberClient.lastSeq(`session:${f.session}`) > sessionAfter, 'the member follows');

    await ok(users.leader.call('POST', `/api/annotations/${ids.hidden}/hide`, { hidden: true }), 204);
    await ok(users.leader.call('POST', `/api/annotations/${f.a1}/replies/${ids.hiddenReply}/hide`, { hidden: true }), 204);
    await ok(spare.call('DELETE', `/api/annotations/${ids.deleted}`), 204);
    await ok(spare.call('PATCH', `/api/annotations/${ids.edited}`, { note: '改后的批注' }), 200);
    // Everything that used to carry a whole thread in the leaders' view to the whole room:
    await ok(spare.call('PATCH', `/api/annotations/${ids.hidden}`, { note: '隐藏后又改 HIDDENNOTE' }), 200);
    await ok(users.member.call('PATCH', `/api/annotations/${f.a1}`, { note: '第一条批注（改）' }), 200);
    await ok(users.leader.call('POST', `/api/annotations/${f.a1}/replies`, { body: '组长的回复' }), 201);
    await ok(users.leader.call('POST', `/api/annotations/${f.a1}/pin`, { pinned: true }), 200);
    await ok(users.leader.call('POST', `/api/annotations/${f.a1}/resolve`, { resolved: true }), 200);
    await ok(spare.call('PATCH', `/api/annotations/${ids.private}`, { note: '私人笔记又改 PRIVATENOTE' }), 200);
    const last = (await ok(users.owner.call('GET', `/api/streams?stream=group:${G()}&after=0`), 200)).lastSeq;
    await waitFor(() => memberClient.lastSeq(`group:${G()}`) >= last && leaderClient.lastSeq(`group:${G()}`) >= last, 'every event delivered');
  }, 120_000);

  /** Every answer a member gets, by every path but live (checked below). */
  async function everythingAMemberReads(): Promise<string[]> {
    const out: string[] = [];
    for (const [route, methods] of Object.entries(ROUTES)) {
      const c = methods.GET;
      if (!c || 'skip' in c) continue;
      out.push(`${route}: ${JSON.stringify((await users.member.call('GET', c.url(''))).body)}`);
    }
    for (const q of ['HIDDENREPLY', 'HIDDENNOTE', 'PREEDITNOTE', 'DELETEDNOTE', 'PRIVATENOTE', '不当', '隐藏', '删除', '改前', '私人']) {
      out.push(JSON.stringify((await users.member.call('GET', `/api/groups/${G()}/search?q=${encodeURIComponent(q)}`)).body));
    }
    for (const format of ['jsonld', 'csv', 'md']) out.push(JSON.stringify((await users.member.call('GET', `/api/groups/${G()}/export?format=${format}`)).body));
    for (const format of ['md']) out.push(JSON.stringify((await users.member.call('GET', `/api/sessions/${f.session}/minutes?format=${format}`)).body));
    for (const id of Object.values(ids)) out.push(JSON.stringify((await users.member.call('GET', `/api/annotations/${id}`)).body));
    out.push(JSON.stringify((await users.member.call('GET', `/api/groups/${G()}/members/me/history`)).body));
    out.push(JSON.stringify((await users.member.call('GET', `/api/groups/${G()}/members/${users.member.user.id}/history`)).body));
    out.push(JSON.stringify((await users.member.call('GET', `/api/groups/${G()}/passages/${f.otherBlockId}`)).body));
    for (const stream of [`group:${G()}`, `session:${f.session}`]) out.push(JSON.stringify((await users.member.call('GET', `/api/streams?stream=${stream}&after=0`)).body));
    for (const stream of [`group:${G()}`, `session:${f.session}`]) {
      const ack = await memberClient.request('stream:sync', { stream, after: 0 });
      out.push(JSON.stringify(ack));
    }
    for (const url of Object.values(PAGES)) out.push((await page('member', url())).html);
    out.push((await page('member', `/groups/${G()}/passages/${f.otherBlockId}`)).html);
    return out;
  }

  it('a hidden reply, a hidden or private note, a deleted note, a note before its edit and another group’s text reach a member by no path', async () => {
    const all = (await everythingAMemberReads()).join('\n');
    for (const marker of NEVER_FOR_MEMBERS) expect(all.includes(marker), marker).toBe(false);
    const live = JSON.stringify(memberLive.filter((e) => e.type !== 'skip' || e.payload === null));
    for (const marker of NEVER_FOR_MEMBERS) expect(live.includes(marker), `live: ${marker}`).toBe(false);
    // The member still gets the changes themselves: the hiding, the deletion, the edit.
    expect(memberLive.some((e) => e.type === 'annotation:hidden' && e.payload.id === ids.hidden)).toBe(true);
    expect(memberLive.some((e) => e.type === 'annotation:deleted' && e.payload.id === ids.deleted && e.payload.note === '')).toBe(true);
    expect(memberLive.some((e) => e.type === 'annotation:updated' && e.payload.id === ids.edited && e.payload.note === '改后的批注')).toBe(true);
  });

  it('leaders do get the hidden words, marked (so the search above could have found them)', async () => {
    const live = JSON.stringify(leaderLive);
    expect(live).toContain('HIDDENREPLY');
    expect(live).toContain('HIDDENNOTE');
    expect(live).not.toContain('PRIVATENOTE');
    const catchUp = JSON.stringify((await users.leader.call('GET', `/api/streams?stream=group:${G()}&after=0`)).body);
    expect(catchUp).toContain('HIDDENREPLY');
    // Deleted and pre-edit words are gone for leaders too.
    expect(catchUp).not.toContain('DELETEDNOTE');
    expect(catchUp).not.toContain('PREEDITNOTE');
  });
});

describe('a removed member’s open socket', () => {
  it('receives nothing after the removal, leaves presence, and cannot write', async () => {
    const victim = await register(server.url, '将被移除');
    await ok(victim.call('POST', '/api/groups/join', { code: await joinCode() }), 200);
    const sessionId = await newSession(true);
    const client = await connect(victim);
    clients.push(client);
    const received: StreamEvent[] = [];
    const seq = (await ok(victim.call('GET', `/api/streams?stream=group:${G()}&after=0`), 200)).lastSeq;
    client.follow(`group:${G()}`, seq, (events) => received.push(...events));
    client.follow(`session:${sessionId}`, 0, (events) => received.push(...events));
    await client.joinSession(sessionId);
    const watcher = await connect(users.member);
    clients.push(watcher);
    const joined = await watcher.joinSession(sessionId);
    expect(joined.members.map((m: { userId: string }) => m.userId)).toContain(victim.user.id);

    await newAnnotation(users.member, '移除前');
    await waitFor(() => received.some((e) => e.type === 'annotation:created'), 'the member hears the group while a member');

    await ok(users.owner.call('DELETE', `/api/groups/${G()}/members/${victim.user.id}`), 204);
    const before = received.length;
    await newAnnotation(users.member, '移除后 AFTERREMOVALNOTE', { sessionId });
    await ok(users.member.call('POST', `/api/sessions/${sessionId}/reflections`, { body: '移除后的体会' }), 201);
    client.socket.emit('session:viewing', { sessionId, blockId: f.libBlock.id });
    await new Promise((r) => setTimeout(r, 800));
    expect(received.slice(before)).toEqual([]);
    const again = await watcher.request('session:join', { sessionId });
    expect(again.members.map((m: { userId: string }) => m.userId)).not.toContain(victim.user.id);
    await expect(client.request('annotation:create', anchor('移除后写'))).rejects.toMatchObject({ code: 'not_found' });
  }, 60_000);
});
