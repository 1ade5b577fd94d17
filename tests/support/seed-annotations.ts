/**
 * Many annotations written straight into a server's SQLite file, anchored exactly as the service would store them
 * (spread over every paragraph of a text's newest version, a third with a reply): for the page benchmark
 * (bench/lib/seed-annotations.ts) and the e2e test of a 10,000-annotation text, where creating them one by one
 * through the API would measure the write path instead.
 */
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

/** The seeding itself, on an open database; returns the new annotations' ids in the order written. */
export function seedAnnotationsInto(db: Database.Database, opts: { textSlug: string; groupId: string; userIds: string[]; count: number }): { id: string; blockId: string }[] {
  const { textSlug, groupId, userIds, count } = opts;
  const blocks = db.prepare('SELECT b.id, b.text, b.versionId, v.textId FROM "Block" b JOIN "TextVersion" v ON v.id = b.versionId JOIN "Text" t ON t.id = v.textId WHERE t.slug = ? AND b.kind = \'paragraph\' AND v.number = (SELECT max(number) FROM "TextVersion" WHERE textId = t.id) ORDER BY b.ordinal').all(textSlug) as { id: string; text: string; versionId: string; textId: string }[];
  const add = db.prepare('INSERT INTO "Annotation" (id, groupId, textId, versionId, blockId, authorId, start, "end", exact, prefix, suffix, kind, note, visibility, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \'group\', ?, ?)');
  const reply = db.prepare('INSERT INTO "Comment" (id, groupId, annotationId, authorId, body, createdAt) VALUES (?, ?, ?, ?, ?, ?)');
  const kinds = ['key', 'question', 'insight'];
  const written: { id: string; blockId: string }[] = [];
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const b = blocks[i % blocks.length];
      const chars = Array.from(b.text);
      const len = 2 + (i % 9);
      const start = (i * 7) % Math.max(1, chars.length - len);
      const end = Math.min(chars.length, start + len);
      const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
      const id = randomUUID();
      const author = userIds[i % userIds.length];
      add.run(id, groupId, b.textId, b.versionId, b.id, author, start, end, chars.slice(start, end).join(''), chars.slice(Math.max(0, start - 32), start).join(''), chars.slice(end, end + 32).join(''), kinds[i % 3], i % 2 ? `第${i}条批注：这里说的是从群众中来、到群众中去。` : '', at, at);
      if (i % 3 === 0) reply.run(randomUUID(), groupId, id, userIds[(i + 1) % userIds.length], `回复${i}：同意，值得再读一遍。`, at);
      written.push({ id, blockId: b.id });
    }
  })();
  return written;
}
