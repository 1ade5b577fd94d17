/**
 * `npm run db:copy` moves a used SQLite database (members, a group, a session with annotations, replies,
 * a mention, attendance, the event log, search) to a fresh PostgreSQL database, verifies
 * it, and Gongdu then runs on the copy: the same counts, the same session, sign-in, search, catch-up.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { makeGroup, register, signIn } from '../support/client';
import { countRows, ROOT, startServer, stopAndClean, type RunningServer } from '../support/server';
import { startPostgresCluster, type PostgresCluster } from '../support/services';

const run = process.env.GONGDU_TEST_POSTGRES ? describe.skip : describe;
const TABLES = ['User', 'Group', 'Membership', 'Text', 'TextVersion', 'Block', 'StudySession', 'Annotation', 'Comment', 'Event', 'Attendance', 'Reaction', 'Notification', 'SearchDoc'];

let sqlite: RunningServer | undefined;
let copy: RunningServer | undefined;
let cluster: PostgresCluster | undefined;

afterAll(async () => {
  await stopAndClean(sqlite);
  await stopAndClean(copy);
  cluster?.remove();
});

run('db:copy from SQLite to PostgreSQL', () => {
  it('copies a used database, verifies it, and the app runs on the copy with the same counts', async () => {
    cluster = await startPostgresCluster();
    sqlite = await startServer({ processes: 1 });
    const [alice, bob] = await Promise.all([register(sqlite.url, '王芳'), register(sqlite.url, '李明')]);
    const group = await makeGroup(alice, [bob]);
    const blocks = (await alice.call('GET', '/api/texts/mass-line-guide')).body.text.blocks.filter((b: { kind: string }) => b.kind === 'paragraph');
    const { body } = await alice.call('POST', `/api/groups/${group.id}/sessions`, { title: '迁移前的学习', textId: 'mass-line-guide', scheduledAt: new Date().toISOString() });
    const sessionId = body.session.id;
    expect((await alice.call('POST', `/api/sessions/${sessionId}/start`)).status).toBe(200);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const b = blocks[i];
      const made = await (i % 2 ? bob : alice).call('POST', '/api/annotations', { groupId: group.id, sessionId, blockId: b.id, start: 0, end: 4, exact: Array.from(b.text as string).slice(0, 4).join(''), note: `群众路线笔记${i}` });
      expect(made.status).toBe(201);
      ids.push(made.body.annotation.id);
    }
    expect((await bob.call('POST', `/api/annotations/${ids[0]}/replies`, { body: `@王芳 学以致用 ${randomUUID().slice(0, 4)}` })).status).toBe(201);
    expect((await alice.call('POST', `/api/sessions/${sessionId}/end`)).status).toBe(200);
    const before = await alice.call('GET', `/api/groups/${group.id}/search?q=${encodeURIComponent('群众')}`);
    expect(before.body.total).toBe(6);
    await sqlite.stop();
    const counts = await countRows(sqlite.databaseUrl, TABLES);
    expect(counts.Event).toBeGreaterThan(8);

    const from = sqlite.databaseUrl;
    const target = cluster.urlFor('gongdu_copy');
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/db-copy.ts', '--from', from, '--to', target], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/verified: every table's count/);
    expect(await countRows(target, TABLES)).toEqual(counts);
    // A second copy into the now used target is refused, not merged.
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/db-copy.ts', '--from', from, '--to', target], { cwd: ROOT, stdio: 'pipe' })).toThrow(/not empty/);

    // Gongdu on the copy: the same people, group, session, search and log.
    copy = await startServer({ processes: 1, env: { DATABASE_URL: target } });
    copy.databaseUrl = target;
    const signedIn = await signIn(copy.url, alice.user.email, alice.password);
    expect(signedIn.cookie).toMatch(/session-token=/);
    // The same member, now talking to the copy (a session's calls follow its base and cookie).
    const again = Object.assign(alice, { base: copy.url, cookie: signedIn.cookie });
    const after = await again.call('GET', `/api/groups/${group.id}/search?q=${encodeURIComponent('群众')}`);
    expect(after.body.total).toBe(6);
    expect(after.body.hits.map((h: { id: string }) => h.id).sort()).toEqual(before.body.hits.map((h: { id: string }) => h.id).sort());
    const sessionNow = await again.call('GET', `/api/sessions/${sessionId}`);
    expect(sessionNow.status).toBe(200);
    expect(sessionNow.body.session.lastSeq).toBeGreaterThan(0);
    // New writes go on after the copied ids and sequence numbers.
    const b = blocks[7];
    const made = await again.call('POST', '/api/annotations', { groupId: group.id, blockId: b.id, start: 0, end: 2, exact: Array.from(b.text as string).slice(0, 2).join(''), note: '迁移后的群众笔记' });
    expect(made.status).toBe(201);
    expect((await again.call('GET', `/api/groups/${group.id}/search?q=${encodeURIComponent('群众')}`)).body.total).toBe(7);
    expect((await countRows(target, ['Annotation'])).Annotation).toBe(counts.Annotation + 1);
  }, 300_000);
});
