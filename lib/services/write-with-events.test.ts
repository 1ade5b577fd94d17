/**
 * Group commit on a real SQLite file: writes into one group that arrive together share transactions, each in its
 * own savepoint. A write that fails — by a refusal or on a unique key — is rolled back alone with the sequence
 * numbers it took; every other write commits, the group's log stays gapless, every caller is answered after the
 * commit, and the events are published in sequence order.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'gongdu-group-commit-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`;
const { migrateSqlite } = await import('../db/migrate');
migrateSqlite(process.env.DATABASE_URL);
const { db } = await import('../db');
const { writeWithEvents } = await import('./write-with-events');
type LaterInsert<Row> = import('./write-with-events').LaterInsert<Row>;
const { subscribeCommitted } = await import('./event-bus');
const { invalid, isUniqueViolation } = await import('./errors');

let groupId: string;
let userId: string;

beforeAll(async () => {
  userId = (await db.user.create({ data: { email: 'writer@example.test', name: 'writer', passwordHash: 'x' } })).id;
  groupId = (await db.group.create({ data: { name: 'g', joinCode: 'group-commit' } })).id;
});
afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

/** A write that stores a notification with the given id and logs one event; `fail` refuses after both. */
const write = (n: number, notificationId: string, fail = false) =>
  writeWithEvents(
    async (ctx) => {
      await ctx.tx.notification.create({ data: { id: notificationId, userId, groupId, type: 'test', payload: '{}' } });
      await ctx.emit({ groupId, actorId: userId, type: 'reaction:changed', payload: { n } as never });
      if (fail) throw invalid('n', 'refused on purpose');
      return n;
    },
    { groupId },
  );

describe('group commit', () => {
  it('commits every write but the failing ones, gapless, answering after commit and publishing in order', async () => {
    const published: number[] = [];
    const commits: number[] = [];
    const stop = subscribeCommitted(({ events }) => {
      commits.push(events.length);
      published.push(...events.map((e) => e.seq));
    });
    const before = (await db.group.findUniqueOrThrow({ where: { id: groupId } })).lastSeq;
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        // write 17 is refused; write 33 takes the id write 5 already holds (a unique violation)
        write(i, i === 33 ? 'n-5' : `n-${i}`, i === 17).then(async (value) => {
          // answered after commit: the write is there for anyone to read
          expect(await db.notification.count({ where: { id: `n-${i}` } })).toBe(1);
          return value;
        }),
      ),
    );
    await new Promise((r) => setImmediate(r));
    stop();
    const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [i] : []));
    expect(failed).toEqual([17, 33]);
    expect((results[17] as PromiseRejectedResult).reason.message).toBe('refused on purpose');
    const events = await db.event.findMany({ where: { groupId, seq: { gt: before } }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 48 }, (_, i) => before + 1 + i));
    expect(events.map((e) => JSON.parse(e.payload).n)).toEqual(Array.from({ length: 50 }, (_, i) => i).filter((i) => i !== 17 && i !== 33));
    expect((await db.group.findUniqueOrThrow({ where: { id: groupId } })).lastSeq).toBe(before + 48);
    expect(await db.notification.count()).toBe(48);
    expect(published).toEqual(events.map((e) => e.seq));
    // they did share transactions: fewer commits than writes
    expect(commits.length).toBeLessThan(10);
  });

  it('numbers a live session’s slice gaplessly and refuses an ended session, in a batch as alone', async () => {
    const text = await db.text.create({ data: { slug: 't', title: 't', versions: { create: { number: 1, sourceHash: 'h', source: 's' } } }, include: { versions: true } });
    const session = (live: boolean) =>
      db.studySession.create({ data: { groupId, textId: text.id, versionId: text.versions[0].id, title: 's', leaderId: userId, scheduledAt: new Date(), startedAt: new Date(), endedAt: live ? null : new Date() } });
    const [live, ended] = await Promise.all([session(true), session(false)]);
    const inSession = (n: number, sessionId: string) =>
      writeWithEvents(
        async (ctx) => {
          const taken = await ctx.takeSequence(groupId, { id: sessionId, onlyIfLive: true });
          if (taken.sessionSeq === null) throw invalid('sessionId', 'the session is not live');
          await ctx.emit({ groupId, sessionId, actorId: userId, type: 'reaction:changed', payload: { n } as never }, taken);
          return taken;
        },
        { groupId },
      );
    const before = (await db.group.findUniqueOrThrow({ where: { id: groupId } })).lastSeq;
    const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => inSession(i, i % 7 === 3 ? ended.id : live.id)));
    const refused = results.flatMap((r, i) => (r.status === 'rejected' ? [i] : []));
    expect(refused).toEqual([3, 10, 17, 24]);
    const slice = await db.event.findMany({ where: { sessionId: live.id }, orderBy: { sessionSeq: 'asc' } });
    expect(slice.map((e) => e.sessionSeq)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect((await db.studySession.findUniqueOrThrow({ where: { id: live.id } })).lastSeq).toBe(26);
    expect((await db.studySession.findUniqueOrThrow({ where: { id: ended.id } })).lastSeq).toBe(0);
    const log = await db.event.findMany({ where: { groupId, seq: { gt: before } }, orderBy: { seq: 'asc' } });
    expect(log.map((e) => e.seq)).toEqual(Array.from({ length: 26 }, (_, i) => before + 1 + i));
    // what each write was told is what was stored
    for (const r of results) if (r.status === 'fulfilled') expect(slice.find((e) => e.seq === r.value.seq)?.sessionSeq).toBe(r.value.sessionSeq);
  });

  it('inserts later rows with the batch; a taken id fails its write alone, a refusal after reads is dropped without running the batch again', async () => {
    // Notifications with chosen ids, inserted with the batch (ctx.insertLater) instead of by each write.
    const notes: LaterInsert<{ id: string; userId: string; groupId: string; type: string; payload: string }> = {
      name: 'test-notification',
      insert: async (tx, rows) => void (await tx.notification.createMany({ data: rows })),
    };
    let runs = 0;
    const later = (n: number, id: string, refuse = false) =>
      writeWithEvents(
        async (ctx) => {
          runs++;
          ctx.insertLater(notes, { id, userId, groupId, type: 'test', payload: '{}' });
          await ctx.emit({ groupId, actorId: userId, type: 'reaction:changed', payload: { n } as never });
          if (refuse) {
            await ctx.read.$queryRaw`SELECT 1 AS one`; // a read decides it (as a reaction's rights)
            throw invalid('n', 'refused on purpose');
          }
          return n;
        },
        { groupId },
      );
    const before = (await db.group.findUniqueOrThrow({ where: { id: groupId } })).lastSeq;
    // A refusal made after reads alone: dropped from the batch, which runs once.
    const first = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => later(i, `later-${i}`, i === 7)));
    expect(first.flatMap((r, i) => (r.status === 'rejected' ? [i] : []))).toEqual([7]);
    expect(runs).toBe(20);
    // A taken id (write 13 takes write 2's, and write 15 one committed before) fails on the batch's insert: the batch
    // runs again one write at a time, and only those two fail, on the key.
    const second = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => later(100 + i, i === 13 ? 'later2-2' : i === 15 ? 'later-3' : `later2-${i}`)));
    expect(second.flatMap((r, i) => (r.status === 'rejected' ? [i] : []))).toEqual([13, 15]);
    expect(isUniqueViolation((second[13] as PromiseRejectedResult).reason)).toBe(true);
    const events = await db.event.findMany({ where: { groupId, seq: { gt: before } }, orderBy: { seq: 'asc' } });
    const written = [...Array.from({ length: 20 }, (_, i) => i).filter((i) => i !== 7), ...Array.from({ length: 20 }, (_, i) => 100 + i).filter((n) => n !== 113 && n !== 115)];
    expect(events.map((e) => JSON.parse(e.payload).n)).toEqual(written);
    expect(events.map((e) => e.seq)).toEqual(written.map((_, i) => before + 1 + i));
    expect(await db.notification.count({ where: { id: { startsWith: 'later' } } })).toBe(written.length);
  });

  it('runs a write alone at once when none is waiting', async () => {
    expect(await write(100, 'n-100')).toBe(100);
  });
});
