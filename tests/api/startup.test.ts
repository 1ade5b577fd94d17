/** A fresh database is created, migrated and seeded on first start; a second start duplicates and loses nothing. */
import { afterAll, describe, expect, it } from 'vitest';
import { makeGroup, register } from '../support/client';
import { countRows, startServer, stopAndClean, type RunningServer } from '../support/server';

let server: RunningServer | undefined;
afterAll(() => stopAndClean(server));

async function counts(server: RunningServer) {
  const n = await countRows(server.databaseUrl, ['Text', 'TextVersion', 'Block', '_prisma_migrations', 'Annotation', 'User']);
  return { texts: n.Text, versions: n.TextVersion, blocks: n.Block, migrations: n._prisma_migrations, annotations: n.Annotation, users: n.User };
}

describe('start-up', () => {
  // Two server starts in one test: the time (hookTimeout) other files give the one start in their beforeAll.
  it('creates, migrates and seeds on first start; a restart on the same database duplicates and loses nothing', async () => {
    server = await startServer();
    expect(server.output()).toMatch(/applied \d+ migration/);
    const first = await counts(server);
    expect(first.texts).toBe(2);
    expect(first.versions).toBe(2);
    expect(first.blocks).toBeGreaterThan(100);

    const owner = await register(server.url, '组长');
    const group = await makeGroup(owner);
    const { body } = await owner.call('GET', '/api/texts/mass-line-guide');
    const block = body.text.blocks[3];
    const made = await owner.call('POST', '/api/annotations', { groupId: group.id, blockId: block.id, start: 0, end: 2, exact: Array.from(block.text as string).slice(0, 2).join('') });
    expect(made.status).toBe(201);
    await server.stop();

    server = await startServer({ dataDir: server.dataDir });
    expect(server.output()).not.toMatch(/applied \d+ migration|library: imported/);
    const second = await counts(server);
    expect(second).toEqual({ ...first, annotations: 1, users: 1 });
    // The session cookie and the block ids survive the restart: the annotation still points at its passage.
    const res = await fetch(`${server.url}/api/annotations?textId=mass-line-guide&groupId=${group.id}`, { headers: { cookie: owner.cookie } });
    const { annotations } = await res.json();
    expect(annotations.map((a: { blockId: string; exact: string }) => [a.blockId, a.exact])).toEqual([[block.id, made.body.annotation.exact]]);
  }, 120_000);
});
