/**
 * The write path's cost and live delivery's views of it. Live delivery views a commit's events with what its writes
 * handed over (nowForCommit), not with a read of the database. On a real SQLite file, through the real services: every commit's views — leaders', members' and each
 * personal view — are the same as with the items read back once everything has committed (loadNow), which is
 * what "as the items are now" means; and an edit whose delete comes after it, in the same commit or in one not yet
 * delivered, is delivered in its deleted state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'gongdu-stream-events-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`;
const { migrateSqlite } = await import('../db/migrate');
migrateSqlite(process.env.DATABASE_URL);
const { db } = await import('../db');
const { subscribeCommitted } = await import('./event-bus');
const { loadNow, nowForCommit, viewsForAudiences, viewLogged } = await import('./stream-events');
const annotations = await import('./annotations');
const { setReaction } = await import('./reactions');
const { findGroupOf } = await import('./cached-lookups');
type Committed = import('./event-bus').Committed;

const TEXT = '群众路线是我们党的生命线和根本工作路线。一切为了群众，一切依靠群众。';
let groupId: string;
let blockId: string;
/** a live session: bench:write writes into one */
let sessionId: string;
let leader: string, author: string, member: string;

beforeAll(async () => {
  const user = async (name: string) => (await db.user.create({ data: { email: `${name}@example.test`, name, passwordHash: 'x' } })).id;
  [leader, author, member] = [await user('leader'), await user('author'), await user('member')];
  groupId = (await db.group.create({ data: { name: 'g', joinCode: 'stream-events' } })).id;
  for (const [userId, role] of [[leader, 'owner'], [author, 'member'], [member, 'member']]) await db.membership.create({ data: { groupId, userId, role } });
  const text = await db.text.create({ data: { slug: 'guide', title: 'guide' } });
  const version = await db.textVersion.create({ data: { textId: text.id, number: 1, sourceHash: 'h', source: TEXT } });
  blockId = (await db.block.create({ data: { id: 'guide-b1', versionId: version.id, ordinal: 0, path: '1', kind: 'paragraph', text: TEXT } })).id;
  const now = new Date();
  sessionId = (await db.studySession.create({ data: { groupId, textId: text.id, versionId: version.id, title: 's', leaderId: leader, scheduledAt: now, startedAt: now } })).id;
});
afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const slice = (start: number, end: number) => Array.from(TEXT).slice(start, end).join('');
const create = (userId: string, note: string, visibility: 'group' | 'private' = 'group') =>
  annotations.createAnnotation(userId, { id: randomUUID(), groupId, sessionId, blockId, start: 0, end: 5, exact: slice(0, 5), kind: 'key', note, visibility }).then((r) => r.annotation);

/** The SQL of every statement prepared while `run` runs (the adapter prepares each statement it runs). */
async function statements(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (this: InstanceType<typeof Database>, sql: string) {
    seen.push(sql);
    return prepare.call(this, sql);
  } as typeof prepare;
  try {
    await run();
  } finally {
    Database.prototype.prepare = prepare;
  }
  return seen;
}

/** Every commit published while `writes` runs, in order (publishing happens a turn after each commit). */
async function commitsOf(writes: () => Promise<unknown>): Promise<Committed[]> {
  await new Promise((r) => setTimeout(r, 20)); // what was committed before is published before
  const commits: Committed[] = [];
  const stop = subscribeCommitted((c) => commits.push(c));
  try {
    await writes();
    await new Promise((r) => setTimeout(r, 20));
  } finally {
    stop();
  }
  return commits;
}

describe('live delivery without reading back', () => {
  it('views every event of every commit as the database now holds its items, for every audience and person', async () => {
    const commits = await commitsOf(async () => {
      const open = await create(author, '公开的想法 @member');
      const secret = await create(author, '只给自己', 'private');
      // Together: these land in one group commit (a reply and reactions on a thread, a private thread's reply).
      const [reply] = await Promise.all([
        annotations.createReply(member, open.id, { id: randomUUID(), body: '同意' }).then((r) => r.reply),
        setReaction(member, { targetType: 'annotation', targetId: open.id, kind: 'agree', active: true }),
        setReaction(leader, { targetType: 'annotation', targetId: open.id, kind: 'agree', active: true }),
        annotations.createReply(author, secret.id, { id: randomUUID(), body: '自言自语' }),
        setReaction(author, { targetType: 'annotation', targetId: secret.id, kind: 'same-question', active: true }),
      ]);
      await setReaction(author, { targetType: 'reply', targetId: reply.id, kind: 'agree', active: true });
      await annotations.updateReply(member, open.id, reply.id, '同意，补充一句');
      await annotations.updateAnnotation(author, open.id, { note: '改过的想法' });
      await annotations.resolveAnnotation(leader, open.id, true);
      await annotations.hideAnnotation(leader, open.id, true);
      await annotations.hideAnnotation(leader, open.id, false);
      const later = await create(author, '后来转为私密');
      await annotations.createReply(member, later.id, { id: randomUUID(), body: '看到了' });
      await annotations.updateAnnotation(author, later.id, { visibility: 'private' });
      await annotations.deleteReply(member, open.id, reply.id);
      await annotations.deleteAnnotation(author, open.id);
    });
    expect(commits.length).toBeGreaterThan(5);
    expect(commits.some((c) => c.events.length > 1)).toBe(true);
    for (const [i, { events }] of commits.entries()) {
      const fromWrites = await nowForCommit(events, commits.slice(i + 1).flatMap((c) => c.events));
      const fromDatabase = await loadNow(events);
      for (const event of events) {
        const [delivered, read] = [await viewsForAudiences(event, fromWrites), await viewsForAudiences(event, fromDatabase)];
        expect({ ...delivered, personal: [...delivered.personal] }, `${event.type} #${event.seq}`).toEqual({ ...read, personal: [...read.personal] });
        for (const userId of [leader, author, member]) {
          const viewer = { userId, role: userId === leader ? ('owner' as const) : ('member' as const) };
          expect(viewLogged(viewer, event, fromWrites), `${event.type} #${event.seq} for ${userId}`).toEqual(viewLogged(viewer, event, fromDatabase));
        }
      }
    }
  });

  it('delivers an edit followed by a delete of the same annotation in its deleted state', async () => {
    const a = await create(author, '原来的话');
    const [edit, remove] = await commitsOf(async () => {
      await annotations.updateAnnotation(author, a.id, { note: '改过的话' });
      await annotations.deleteAnnotation(author, a.id);
    });
    const [edited] = edit.events;
    expect(edited.type).toBe('annotation:updated');
    const member_ = { userId: member, role: 'member' as const };
    // In one commit (events folded in order), or the delete a commit not yet delivered: the state is the deleted one.
    for (const now of [await nowForCommit([...edit.events, ...remove.events]), await nowForCommit(edit.events, remove.events)]) {
      const seen = viewLogged(member_, edited, now);
      expect(seen).toMatchObject({ type: 'annotation:updated', payload: { id: a.id, deleted: true, note: '' } });
      expect(JSON.stringify((await viewsForAudiences(edited, now)).members)).not.toContain('改过的话');
    }
    // Alone, it is the state its write left (the delete not yet made).
    expect(viewLogged(member_, edited, await nowForCommit(edit.events))).toMatchObject({ payload: { note: '改过的话', deleted: false } });
  });

  it('reads none of the items back for the hot writes: a create, a reply, a reaction', async () => {
    const a = await create(author, '热');
    const commits = await commitsOf(async () => {
      const open = await create(author, '热路径');
      await annotations.createReply(member, open.id, { id: randomUUID(), body: '回复' });
      await setReaction(member, { targetType: 'annotation', targetId: a.id, kind: 'agree', active: true });
    });
    expect(commits.map((c) => c.events[0].type)).toEqual(['annotation:created', 'reply:created', 'reaction:changed']);
    const read = await statements(async () => {
      for (const { events } of commits) for (const event of events) await viewsForAudiences(event, await nowForCommit(events));
    });
    expect(read.filter((sql) => /"(Annotation|Comment|Reaction)"/.test(sql))).toEqual([]);
  });
});

describe('raw inserts of a create', () => {
  it('answers a create (annotation, reply) sent again with a taken id from the stored row, alone and in a batch; the row reads back as written', async () => {
    const input = { id: randomUUID(), groupId, sessionId, blockId, start: 0, end: 5, exact: slice(0, 5), kind: 'key', note: '再来一次', visibility: 'group' } as const;
    const first = await annotations.createAnnotation(author, input);
    expect(first.created).toBe(true);
    // alone in its batch: the raw INSERT fails on the key (P2010), the transaction is rolled back with it
    const again = await annotations.createAnnotation(author, input);
    expect(again).toEqual({ annotation: first.annotation, created: false });
    // in a batch with another create: the batch runs again one write at a time, the taken id answered from its row
    const other = { ...input, id: randomUUID(), note: '同批' };
    const [x, y] = await Promise.all([annotations.createAnnotation(author, input), annotations.createAnnotation(author, other)]);
    expect(x).toEqual({ annotation: first.annotation, created: false });
    expect(y.created).toBe(true);
    // someone else's create with the taken id: a clash, not a 500
    await expect(annotations.createAnnotation(member, input)).rejects.toMatchObject({ code: 'conflict' });
    // what the model API reads back is what was answered (dates encoded as the model API encodes them)
    const row = await db.annotation.findUniqueOrThrow({ where: { id: input.id } });
    expect(row).toMatchObject({ status: 'anchored', note: '再来一次', sessionId, createdAt: new Date(first.annotation.createdAt), updatedAt: new Date(first.annotation.createdAt) });
    const doc = await db.searchDoc.findUniqueOrThrow({ where: { key: `a:${input.id}` } });
    expect(doc).toMatchObject({ annotationId: input.id, isPrivate: false, isHidden: false, body: '再来一次', createdAt: row.createdAt });
    expect(await db.searchDoc.count({ where: { key: `a:${input.id}` } })).toBe(1);
    // a reply the same way
    const reply = { id: randomUUID(), body: '回复两次' };
    const made = await annotations.createReply(member, input.id, reply);
    expect(made.created).toBe(true);
    expect(await annotations.createReply(member, input.id, reply)).toEqual({ reply: made.reply, created: false });
    const [r1, r2] = await Promise.all([annotations.createReply(member, input.id, reply), annotations.createReply(member, input.id, { id: randomUUID(), body: '同批回复' })]);
    expect(r1).toEqual({ reply: made.reply, created: false });
    expect(r2.created).toBe(true);
    await expect(annotations.createReply(author, input.id, reply)).rejects.toMatchObject({ code: 'conflict' });
    expect(await db.comment.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ body: '回复两次', groupId, annotationId: input.id, sessionId, parentId: null, createdAt: new Date(made.reply.createdAt), deletedAt: null });
  });
});

/**
 * Statements per write (counted at better-sqlite3's prepare: every statement the adapter runs, BEGIN and COMMIT
 * included), alone and in a batch of 30, for the three writes of bench:write. Printed for BENCHMARKS.md; the bounds
 * catch a write path that grows back.
 */
describe('statements per write', () => {
  const kinds = {
    create: async () => () => create(author, '计数'),
    reply: async () => {
      const a = await create(author, '被回复');
      return () => annotations.createReply(member, a.id, { id: randomUUID(), body: '计数' });
    },
    reaction: async () => {
      const targets = await Promise.all(Array.from({ length: 30 }, () => create(author, '被赞同')));
      // A target's group is looked up once a process (cached-lookups.ts), as in a running server.
      for (const t of targets) await findGroupOf('annotation', t.id);
      let next = 0;
      return () => setReaction(member, { targetType: 'annotation', targetId: targets[next++ % targets.length].id, kind: 'agree', active: true });
    },
  };
  // Measured (a live session, warm caches, BEGIN and COMMIT counted): create 8 / 0.27, reply 10 / 1.33 (its
  // notification to the thread's author and its thread's read), reaction 7 / 2.17. One over alone: a cache's refresh.
  const bounds = { create: { alone: 9, batch: 0.3 }, reply: { alone: 11, batch: 1.4 }, reaction: { alone: 8, batch: 2.2 } };

  for (const [kind, prepare] of Object.entries(kinds) as [keyof typeof kinds, (typeof kinds)[keyof typeof kinds]][]) {
    it(`${kind}: alone and in a batch of 30`, async () => {
      const alone = await prepare();
      await alone(); // warm the per-process caches, as a running server has them
      const sqls = await statements(() => alone());
      if (process.env.SHOW_SQL) console.log(sqls.join('\n'));
      const one = sqls.length;
      const together = await prepare();
      const thirty = (await statements(() => Promise.all(Array.from({ length: 30 }, () => together())))).length / 30;
      console.log(`statements per write, ${kind}: alone ${one}, in a batch of 30 ${thirty.toFixed(2)}`);
      expect(one).toBeLessThanOrEqual(bounds[kind].alone);
      expect(thirty).toBeLessThanOrEqual(bounds[kind].batch);
    });
  }
});
