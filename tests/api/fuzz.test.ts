/**
 * Issue 9, acceptance 2: random and mutated payloads to every API route and method and to every client→server
 * socket event, as a member and as a leader. Nothing may answer 500 (or ack `internal`), the server must not crash
 * and must keep answering, and the data must stay valid: SQLite's integrity check passes and every group's and
 * session's event sequence is gapless.
 *
 * Nothing here is a hand list that a new route or event could slip past: the routes and their methods are read from
 * `app/api/**∕route.ts` and the socket events from the ClientToServerEvents contract in lib/realtime/events.ts, at
 * test time. Payloads are made by fast-check from a dictionary of fields with valid values (taken from real
 * requests below), then mutated: fields dropped, replaced by arbitrary JSON, by over-long or invisible strings, by
 * numbers past every limit. Path parameters are real ids of the right kind, ids from a group neither user is in,
 * and garbage (including malformed percent-encoding).
 *
 * Bounded: FUZZ_RUNS requests per kind (HTTP, socket; default 2,000) and FUZZ_SECONDS (default 60) of fuzzing, whichever
 * comes first. FUZZ_SEED replays a run (the seed is printed).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { io as ioClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGroup, register, type Session } from '../support/client';
import { clientToServerEvents, wellFormedPayloads, type ContractEvent as SocketEvent, type PayloadContext } from '../support/contract';
import { ROOT, startServer, stopAndClean, TEST_MODE, type RunningServer } from '../support/server';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
/** Requests in flight at once: a few, so that writes also meet each other (and the run ends sooner). */
const CONCURRENCY = 4;

// ——— what to fuzz, read from the code ———

interface Route {
  /** e.g. /api/groups/[id]/texts */
  pattern: string;
  methods: string[];
}

/** Every app/api/**∕route.ts and the HTTP methods it exports. */
function apiRoutes(): Route[] {
  const routes: Route[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'route.ts') {
        const source = readFileSync(full, 'utf8');
        const methods = new Set<string>();
        for (const m of source.matchAll(/export\s+(?:async\s+)?(?:const|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
        for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const n of m[1].matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(n[1]);
        const pattern = '/' + path.relative(path.join(ROOT, 'app'), path.dirname(full)).split(path.sep).join('/');
        routes.push({ pattern, methods: [...methods] });
      }
    }
  };
  walk(path.join(ROOT, 'app/api'));
  return routes;
}

// ——— the world the fuzzer acts in ———

let server: RunningServer;
let leader: Session, member: Session, outsider: Session;
/** real ids by kind: those of the fuzzed group, and foreign ones (a group neither fuzzing user is in) */
const ids: Record<string, string[]> = {};
const foreign: Record<string, string[]> = {};
/** field → valid values, from real requests */
const dictionary: Record<string, unknown[]> = {};
const sockets: { who: string; socket: Socket }[] = [];
/** per fuzzing user: their own annotation, reply and reflection in the fuzzed group (for well-formed payloads) */
const contexts: Record<string, PayloadContext> = {};
/** well-formed bodies by `METHOD /api/pattern`, from the requests that built the world */
const httpSeeds: Record<string, unknown[]> = {};
const seed = (key: string, body: unknown) => (httpSeeds[key] ??= []).push(body);

const add = (into: Record<string, string[]>, kind: string, id: unknown) => {
  if (typeof id === 'string') (into[kind] ??= []).push(id);
};
const learn = (payload: Record<string, unknown>) => {
  for (const [k, v] of Object.entries(payload)) if (v !== undefined) (dictionary[k] ??= []).push(v);
  return payload;
};

async function ok(res: Promise<{ status: number; body: any }>, what: string) {
  const r = await res;
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** A group with texts, annotations (group and private), replies, a live session, a reflection and a token. */
async function populate(owner: Session, others: Session[], into: Record<string, string[]>, keepContexts = false) {
  const group = await makeGroup(owner, others, '模糊测试小组');
  add(into, 'group', group.id);
  (dictionary.code ??= []).push(group.joinCode);
  const text = (await ok(owner.call('GET', '/api/texts/mass-line-guide'), 'text')).text;
  add(into, 'text', text.id);
  const paragraphs = (text.blocks as { id: string; kind: string; text: string; path: string }[]).filter((b) => b.kind === 'paragraph').slice(0, 3);
  for (const b of paragraphs) add(into, 'block', b.id);
  const headings = (text.blocks as { kind: string; path: string }[]).filter((b) => b.kind === 'heading').slice(0, 2);
  const session = await ok(owner.call('POST', `/api/groups/${group.id}/sessions`, learn({ title: '第一次共读', textId: text.id, scheduledAt: new Date().toISOString(), rangeStart: headings[0]?.path, rangeEnd: headings[1]?.path })), 'session');
  add(into, 'session', session.session.id);
  await ok(owner.call('POST', `/api/sessions/${session.session.id}/start`), 'start');
  for (const [i, author] of [owner, ...others].entries()) {
    const b = paragraphs[i % paragraphs.length];
    const exact = Array.from(b.text).slice(0, 4).join('');
    for (const visibility of ['group', 'private']) {
      const a = await ok(author.call('POST', '/api/annotations', learn({ groupId: group.id, blockId: b.id, start: 0, end: 4, exact, note: '一条笔记', kind: 'question', visibility, sessionId: session.session.id })), 'annotation');
      add(into, 'annotation', a.annotation.id);
      const r = await ok(author.call('POST', `/api/annotations/${a.annotation.id}/replies`, learn({ body: '同意 @某人' })), 'reply');
      add(into, 'reply', r.reply.id);
      learn({ annotationId: a.annotation.id, replyId: r.reply.id, targetId: a.annotation.id, parentId: r.reply.id });
      if (keepContexts && visibility === 'group') {
        contexts[author === owner ? 'leader' : 'member'] = { groupId: group.id, sessionId: session.session.id, blockId: b.id, exact, annotationId: a.annotation.id, replyId: r.reply.id, reflectionId: '' };
      }
    }
    const reflection = await ok(author.call('POST', `/api/sessions/${session.session.id}/reflections`, learn({ body: '今天的体会' })), 'reflection');
    const reflectionId = reflection.reflection.id;
    add(into, 'comment', reflectionId);
    if (keepContexts) contexts[author === owner ? 'leader' : 'member'].reflectionId = reflectionId;
    add(into, 'user', author.user.id);
  }
  const token = await ok(owner.call('POST', '/api/tokens', learn({ name: '模糊测试' })), 'token');
  add(into, 'token', token.token.id);
  learn({ stream: `group:${group.id}`, after: 0, sessionId: session.session.id, blockId: paragraphs[0].id, textId: text.id, groupId: group.id });
  learn({ stream: `session:${session.session.id}`, targetType: 'annotation', kind: 'agree', active: true, resolved: true, pinned: true, hidden: false, role: 'leader' });
  learn({ fileName: 'a.txt', content: '第一章\n\n正文。', base64: Buffer.from('第一章\n\n正文。').toString('base64'), title: '标题', source: '第一章\n\n新的正文。', summary: '小结' });
  learn({ q: '笔记', type: 'all', format: 'csv', lang: 'en', description: '说明', email: 'x@example.test', password: 'a fine passphrase 9', currentPassword: 'wrong', newPassword: 'another fine passphrase' });
  learn({ ids: into.annotation.slice(0, 2), id: 'client-chosen-id-0001' });
  if (!keepContexts) return;
  const c = contexts.leader;
  const annotation = wellFormedPayloads(c)['annotation:create'] as Record<string, unknown>;
  seed('POST /api/annotations', { ...annotation, id: undefined });
  seed('PATCH /api/annotations/[id]', { note: '改过的笔记', kind: 'insight' });
  seed('POST /api/annotations/[id]/replies', { body: '回复', parentId: c.replyId });
  seed('PATCH /api/annotations/[id]/replies/[replyId]', { body: '改过的回复' });
  seed('PUT /api/reactions', wellFormedPayloads(c)['reaction:set']);
  seed('POST /api/sessions/[id]/reflections', { body: '体会' });
  seed('PUT /api/sessions/[id]/summary', { summary: '小结' });
  seed('POST /api/groups', { name: '新小组', description: '说明' });
  seed('POST /api/groups/join', { code: group.joinCode });
  seed('POST /api/groups/[id]/sessions', { title: '再读', textId: text.id, scheduledAt: new Date().toISOString() });
  seed('POST /api/groups/[id]/texts', { fileName: 'a.txt', content: '第一章 开头\n\n正文。' });
  seed('POST /api/groups/[id]/texts/preview', { fileName: 'a.md', content: '# 标题\n\n正文。' });
  seed('POST /api/texts/[id]/versions', { source: '第一章 开头\n\n新的正文。', note: '修订' });
  seed('PATCH /api/groups/[id]/members/[userId]', { role: 'member' });
  seed('POST /api/tokens', { name: '另一个' });
  for (const [route, field] of [['resolve', 'resolved'], ['pin', 'pinned'], ['hide', 'hidden']]) seed(`POST /api/annotations/[id]/${route}`, { [field]: true });
  const exported = await fetch(`${server.url}/api/groups/${group.id}/export?format=jsonld`, { headers: { cookie: owner.cookie } });
  seed('POST /api/groups/[id]/import', await exported.json());
}

beforeAll(async () => {
  // Fuzzing at full speed: the socket message limits would answer most of it `rate_limited` untried.
  server = await startServer({ env: { SOCKET_MESSAGES_PER_SECOND: '100000', SOCKET_MESSAGES_PER_USER: '100000', WRITES_PER_SECOND: '100000', SOCKET_REQUESTS_IN_FLIGHT_PER_USER: '100', LOG_REQUESTS: '0' } });
  [leader, member, outsider] = await Promise.all([register(server.url, '组长'), register(server.url, '组员'), register(server.url, '外人')]);
  await populate(leader, [member], ids, true);
  await populate(outsider, [], foreign);
  for (const [who, s] of [['leader', leader], ['member', member]] as const) {
    const socket = ioClient(server.url, { transports: ['websocket'], extraHeaders: { cookie: s.cookie, origin: server.url }, reconnectionDelay: 100 });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    sockets.push({ who, socket });
  }
}, 180_000);
afterAll(async () => {
  for (const { socket } of sockets) socket.close();
  await stopAndClean(server);
});

// ——— generators ———

const GARBAGE_IDS = ['%E0%A4%A', '%ff', '..', '%2e%2e', 'x'.repeat(300), 'null', '0', '-1', '%00', '<script>', '中文', encodeURIComponent('a/b'), '%25'];

/** What kind of id a path parameter takes, from the segment before it. */
const KIND_OF: Record<string, string> = { annotations: 'annotation', groups: 'group', sessions: 'session', texts: 'text', tokens: 'token', replies: 'reply', members: 'user', passages: 'block', reflections: 'comment' };

const idFor = (kind: string) => {
  const real = ids[kind] ?? Object.values(ids).flat();
  const other = foreign[kind] ?? Object.values(foreign).flat();
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...real) },
    { weight: 2, arbitrary: fc.constantFrom(...other) },
    { weight: 1, arbitrary: fc.constantFrom(...GARBAGE_IDS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map(encodeURIComponent) },
  );
};

/** Strings and numbers that break careless code: over limits, invisible, odd unicode, unsafe integers. */
const nasty = fc.constantFrom<unknown>(
  '', ' ', '\u200b\u200b', '\u0000', 'x'.repeat(5_001), '长'.repeat(20_001), '😀'.repeat(3), '\ud800', -1, 0, 1.5, 2 ** 53, 1e308, -1e308,
  Number.MAX_SAFE_INTEGER, '1970-01-01', '9999-99-99', 'not a date', [], {}, null, true, ['x'.repeat(100)], { $gt: '' }, '__proto__',
);
/** Any value a field might be sent: a valid one of another field, a nasty one, or arbitrary JSON. */
const anyValue = () => fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...Object.values(dictionary).flat()) },
  { weight: 2, arbitrary: nasty },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);

/**
 * A plausible request — one of `wellFormed` (when given), or an object of dictionary fields with valid values —
 * then 0–3 mutations.
 */
const payload = (wellFormed: unknown[] = []) => {
  const keys = Object.keys(dictionary);
  const fromDictionary = fc.subarray(keys, { minLength: 0, maxLength: 8 }).chain((chosen) =>
    fc.tuple(...chosen.map((k) => fc.constantFrom(...dictionary[k]).map((v) => [k, v] as const))).map((pairs) => Object.fromEntries(pairs)),
  );
  const plausible = wellFormed.length
    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...wellFormed.map((w) => w as Record<string, unknown>)) }, { weight: 1, arbitrary: fromDictionary })
    : fromDictionary;
  const mutation = fc.oneof(
    fc.record({ op: fc.constant('drop' as const), key: fc.constantFrom(...keys) }),
    fc.record({ op: fc.constant('set' as const), key: fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 10 })), value: anyValue() }),
  );
  return fc.oneof(
    { weight: 8, arbitrary: fc.tuple(plausible, fc.array(mutation, { maxLength: 2 })).map(([base, ms]) => {
      const out: Record<string, unknown> = { ...base };
      for (const m of ms) {
        if (m.op === 'drop') delete out[m.key];
        else out[m.key] = m.value;
      }
      return out as unknown;
    }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: nasty },
  );
};

interface HttpCase {
  who: 'leader' | 'member';
  /** the route's pattern and the method as exported (a stray method is not counted as covering the route) */
  covers: string | null;
  method: string;
  url: string;
  body: { kind: 'json'; value: unknown } | { kind: 'raw'; value: string; contentType?: string } | { kind: 'none' };
}

const httpCase = (routes: Route[], allowStray = true) =>
  fc
    .record({
      who: fc.constantFrom('leader' as const, 'member' as const),
      route: fc.constantFrom(...routes),
      methodPick: fc.nat(),
      // now and then a method the route does not export: 405, never 500
      strayMethod: allowStray ? fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 9, arbitrary: fc.constant(false) }) : fc.constant(false),
      query: fc.option(fc.dictionary(fc.constantFrom(...Object.keys(dictionary), 'after', 'limit', 'cursor', 'from', 'to'), anyValue().map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '')), { maxKeys: 3 }), { nil: undefined }),
      body: fc.oneof(
        { weight: 8, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((value) => ({ kind: 'raw' as const, value, contentType: 'application/json' })) },
        { weight: 1, arbitrary: fc.constantFrom({ kind: 'none' as const }, { kind: 'raw' as const, value: '{"a":1}', contentType: 'text/plain' }) },
      ),
    })
    .chain((c) => {
      const params = [...c.route.pattern.matchAll(/\/([^/]+)\/\[(\.\.\.)?(\w+)\]/g)];
      const fills = params.map((p) => (p[2] ? fc.constantFrom('session', 'csrf', 'providers', 'signout', 'callback/credentials', '%E0%A4%A', 'x/../../y') : idFor(KIND_OF[p[1]] ?? '')));
      const stray = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'][c.methodPick % 5];
      const method = c.strayMethod || c.route.methods.length === 0 ? stray : c.route.methods[c.methodPick % c.route.methods.length];
      // a JSON body made for this route and method (its well-formed seeds, mutated), unless raw or none was drawn
      const body = c.body ? fc.constant(c.body) : payload(httpSeeds[`${method} ${c.route.pattern}`]).map((value) => ({ kind: 'json' as const, value }));
      return fc.tuple(body, ...fills).map(([b, ...values]): HttpCase => {
        let i = 0;
        const url = c.route.pattern.replace(/\[(\.\.\.)?\w+\]/g, () => String(values[i++]));
        const query = c.query ? '?' + new URLSearchParams(c.query).toString() : '';
        const covers = c.route.methods.includes(method) ? `${method} ${c.route.pattern}` : null;
        return { who: c.who, covers, method, url: url + query, body: method === 'GET' || method === 'DELETE' ? { kind: 'none' } : b };
      });
    });

interface SocketCase {
  who: 'leader' | 'member';
  event: SocketEvent;
  payload: unknown;
  withAck: boolean;
}

const socketCase = (events: SocketEvent[]) =>
  fc
    .record({
      who: fc.constantFrom('leader' as const, 'member' as const),
      event: fc.constantFrom(...events),
      withAck: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    })
    .chain((c) => {
      const wellFormed = wellFormedPayloads(contexts[c.who])[c.event.name];
      return payload(wellFormed === undefined ? [] : [wellFormed]).map((p): SocketCase => ({ ...c, payload: p }));
    });

/** `{{uuid}}` in a well-formed payload: a fresh client-chosen id each time, so creates create. */
let made = 0;
const freshIds = (p: unknown): unknown => (p === undefined ? p : JSON.parse(JSON.stringify(p).replaceAll('{{uuid}}', () => `fuzz-${SEED}-${made++}`)));

/** Runs `cases` `CONCURRENCY` at a time until done or out of time; returns how many ran. */
async function runAll<T>(cases: T[], deadline: number, run: (c: T) => Promise<void>): Promise<number> {
  let next = 0;
  let ran = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < cases.length && Date.now() < deadline) {
        await run(cases[next++]);
        ran++;
      }
    }),
  );
  return ran;
}

// ——— the run ———

describe(`fuzz (seed ${SEED}, ${TEST_MODE})`, () => {
  const routes = apiRoutes();
  const events = clientToServerEvents();
  const deadline = () => Date.now() + (SECONDS * 1000) / 2;

  it('reads every route and event from the code', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => r.methods.length === 0)).toEqual([]);
    expect(events.map((e) => e.name)).toContain('annotation:create');
    expect(events.length).toBeGreaterThan(15);
  });

  it('no route answers 500 to random and mutated requests', async () => {
    // Every route and method first (a few cases each, so none is left to chance), then random ones.
    const pairs = routes.flatMap((r) => r.methods.map((m) => ({ pattern: r.pattern, methods: [m] })));
    const first = pairs.flatMap((p, i) => fc.sample(httpCase([p], false), { numRuns: 3, seed: SEED + i }));
    const cases = [...first, ...fc.sample(httpCase(routes), { numRuns: Math.max(0, RUNS - first.length), seed: SEED })];
    const failures: string[] = [];
    const covered = new Set<string>();
    const statuses: Record<number, number> = {};
    const ran = await runAll(cases, deadline(), async (c) => {
      const s = c.who === 'leader' ? leader : member;
      const headers: Record<string, string> = { cookie: s.cookie };
      let body: string | undefined;
      if (c.body.kind === 'json') {
        body = JSON.stringify(c.body.value) ?? 'null';
        headers['content-type'] = 'application/json';
      } else if (c.body.kind === 'raw') {
        body = c.body.value;
        if (c.body.contentType) headers['content-type'] = c.body.contentType;
      }
      const res = await fetch(`${server.url}${c.url}`, { method: c.method, headers, body, redirect: 'manual' });
      const text = await res.text();
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (c.covers) covered.add(c.covers);
      if (res.status >= 500) failures.push(`${c.who} ${c.method} ${c.url} ${body?.slice(0, 300)} → ${res.status} ${text.slice(0, 300)}`);
    });
    console.log(`fuzz http: ${ran} requests, ${covered.size} of ${pairs.length} route methods over ${routes.length} routes (seed ${SEED}); statuses ${JSON.stringify(statuses)}`);
    expect(failures, failures.slice(0, 10).join('\n')).toEqual([]);
    expect(pairs.map((p) => `${p.methods[0]} ${p.pattern}`).filter((p) => !covered.has(p))).toEqual([]);
    expect(ran).toBeGreaterThan(Math.min(RUNS, 50));
  }, (SECONDS + 60) * 1000);

  it('no socket event is answered `internal`, and every request is answered', async () => {
    const first = events.flatMap((e, i) => fc.sample(socketCase([e]), { numRuns: 3, seed: SEED + i }));
    const cases = [...first, ...fc.sample(socketCase(events), { numRuns: Math.max(0, RUNS - first.length), seed: SEED })];
    const covered = new Set<string>();
    const failures: string[] = [];
    const codes: Record<string, number> = {};
    const ran = await runAll(cases, deadline(), async (c) => {
      const { socket } = sockets.find((s) => s.who === c.who)!;
      if (!socket.connected) await new Promise<void>((r) => socket.once('connect', () => r()));
      const payload = freshIds(c.payload);
      covered.add(c.event.name);
      if (!c.event.isRequest || !c.withAck) {
        socket.emit(c.event.name as never, payload as never);
        return;
      }
      try {
        const ack = (await socket.timeout(15_000).emitWithAck(c.event.name as never, payload as never)) as { ok: boolean; error?: { code: string } };
        const code = ack?.ok ? 'ok' : (ack?.error?.code ?? 'malformed ack');
        codes[code] = (codes[code] ?? 0) + 1;
        if (code === 'internal' || code === 'malformed ack') failures.push(`${c.who} ${c.event.name} ${JSON.stringify(c.payload)?.slice(0, 300)} → ${JSON.stringify(ack).slice(0, 300)}`);
      } catch (error) {
        failures.push(`${c.who} ${c.event.name} ${JSON.stringify(c.payload)?.slice(0, 300)} → no answer (${(error as Error).message})`);
      }
    });
    console.log(`fuzz socket: ${ran} messages, ${covered.size} of ${events.length} events (seed ${SEED}); acks ${JSON.stringify(codes)}`);
    expect(failures, failures.slice(0, 10).join('\n')).toEqual([]);
    expect(events.map((e) => e.name).filter((e) => !covered.has(e))).toEqual([]);
    expect(ran).toBeGreaterThan(Math.min(RUNS, 50));
  }, (SECONDS + 60) * 1000);

  it('the server is still up and answering, and its data is valid', async () => {
    expect(server.process.exitCode).toBeNull();
    expect(server.process.signalCode).toBeNull();
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect((await leader.call('GET', '/api/groups')).status).toBe(200);
    expect(server.output()).not.toMatch(/unhandled|uncaught/i);
    if (!server.databaseUrl.startsWith('file:')) return; // PostgreSQL keeps its own integrity; the sequences are checked below only on SQLite
    const file = new Database(server.databaseUrl.slice('file:'.length), { readonly: true });
    try {
      expect(file.prepare('PRAGMA integrity_check').pluck().all()).toEqual(['ok']);
      // gapless: seq runs 1..lastSeq, each once (the pair is unique), for every group and every session
      const groups = file.prepare('SELECT g.id, g.lastSeq, COUNT(e.id) AS n, COALESCE(MIN(e.seq), 1) AS lo, COALESCE(MAX(e.seq), 0) AS hi FROM "Group" g LEFT JOIN "Event" e ON e.groupId = g.id GROUP BY g.id').all() as { lastSeq: number; n: number; lo: number; hi: number }[];
      for (const g of groups) expect(g, JSON.stringify(g)).toMatchObject({ n: g.lastSeq, lo: 1, hi: g.lastSeq });
      const sessions = file.prepare('SELECT s.id, s.lastSeq, COUNT(e.id) AS n, COALESCE(MIN(e.sessionSeq), 1) AS lo, COALESCE(MAX(e.sessionSeq), 0) AS hi FROM "StudySession" s LEFT JOIN "Event" e ON e.sessionId = s.id GROUP BY s.id').all() as { lastSeq: number; n: number; lo: number; hi: number }[];
      for (const s of sessions) expect(s, JSON.stringify(s)).toMatchObject({ n: s.lastSeq, lo: 1, hi: s.lastSeq });
      expect(groups.reduce((sum, g) => sum + g.n, 0)).toBeGreaterThan(10);
    } finally {
      file.close();
    }
  });
});
