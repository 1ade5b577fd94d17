/**
 * Keeps SearchDoc and the full-text table `search_fts` (FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL: see
 * the search_index migrations) in step with annotations and comments. Called inside the same
 * transaction as each write, from the rows as they now are, so the index is never ahead of or behind the data.
 * Deleted items leave the index; hidden ones stay, flagged, so leaders can still find them.
 */
import { provider, type Tx } from '../db';
import { Prisma, type Annotation, type Comment } from '../db/generated/sqlite/client';
import { toIndexWords, toTsvector } from '../domain/search-text';
import { rowsPerInsert, type LaterInsert, type WriteContext } from './write-with-events';

/** The lexeme that scopes a PostgreSQL search to one group (no text token can look like it: '#' and ':'). */
export const groupScope = (groupId: string) => `#g:${groupId}`;

/** Adds a new item's words: FTS5 on SQLite, the tsvector of the same tokens on PostgreSQL. */
async function insertFts(tx: Tx, id: number, groupId: string, text: string) {
  if (provider === 'postgresql') {
    await tx.$executeRawUnsafe('INSERT INTO search_fts (rowid, words) VALUES ($1, $2::tsvector)', id, toTsvector(text, [groupScope(groupId)]));
  } else {
    await tx.$executeRawUnsafe('INSERT INTO search_fts (rowid, scope, words) VALUES (?, ?, ?)', id, `g${groupId}`, toIndexWords(text));
  }
}

async function writeFts(tx: Tx, id: number, groupId: string, text: string) {
  await tx.$executeRawUnsafe(provider === 'postgresql' ? 'DELETE FROM search_fts WHERE rowid = $1' : 'DELETE FROM search_fts WHERE rowid = ?', id);
  await insertFts(tx, id, groupId, text);
}

type AnnotationFields = Pick<Annotation, 'id' | 'groupId' | 'sessionId' | 'authorId' | 'kind' | 'visibility' | 'hiddenAt' | 'exact' | 'note' | 'createdAt'>;
type CommentFields = Pick<Comment, 'id' | 'groupId' | 'annotationId' | 'sessionId' | 'authorId' | 'hiddenAt' | 'body' | 'createdAt'>;

const annotationDoc = (a: AnnotationFields) => ({
  groupId: a.groupId,
  annotationId: a.id,
  commentId: null,
  sessionId: a.sessionId,
  authorId: a.authorId,
  kind: a.kind,
  isPrivate: a.visibility === 'private',
  isHidden: a.hiddenAt !== null,
  quote: a.exact,
  body: a.note,
  createdAt: a.createdAt,
});

const commentDoc = (c: CommentFields, annotation: Pick<Annotation, 'kind' | 'visibility' | 'exact'> | null) => ({
  groupId: c.groupId,
  annotationId: c.annotationId,
  commentId: c.id,
  sessionId: c.sessionId,
  authorId: c.authorId,
  kind: annotation?.kind ?? null,
  isPrivate: annotation?.visibility === 'private',
  isHidden: c.hiddenAt !== null,
  quote: annotation?.exact ?? '',
  body: c.body,
  createdAt: c.createdAt,
});

type NewDoc = { doc: { key: string } & ReturnType<typeof annotationDoc | typeof commentDoc>; text: string };

/** SearchDoc's columns but its id: 12 values a row. */
const DOCS_PER_INSERT = rowsPerInsert(12);

/**
 * New items' entries, inserted with the write's batch (write-with-events.ts): the documents in one statement, which
 * returns their ids, and their words in one more — for the whole batch, where one item took three statements.
 */
const newDocs: LaterInsert<NewDoc> = {
  name: 'searchDoc',
  insert: async (tx, rows) => {
    for (let i = 0; i < rows.length; i += DOCS_PER_INSERT) {
      const slice = rows.slice(i, i + DOCS_PER_INSERT);
      // Portable raw SQL, a third of createManyAndReturn's JavaScript (a lone create's ~0.8 ms → ~0.3 ms); a taken key
      // fails as P2010 UniqueConstraintViolation (errors.ts, isUniqueViolation). By key, not by position: neither
      // engine promises RETURNING's order.
      const values = slice.map(({ doc: d }) => Prisma.sql`(${d.key}, ${d.groupId}, ${d.annotationId}, ${d.commentId}, ${d.sessionId}, ${d.authorId}, ${d.kind}, ${d.isPrivate}, ${d.isHidden}, ${d.quote}, ${d.body}, ${d.createdAt})`);
      const returned = await tx.$queryRaw<{ id: number | bigint; key: string }[]>`INSERT INTO "SearchDoc" ("key", "groupId", "annotationId", "commentId", "sessionId", "authorId", "kind", "isPrivate", "isHidden", "quote", "body", "createdAt") VALUES ${Prisma.join(values)} RETURNING "id", "key"`;
      const ids = new Map(returned.map((d) => [d.key, Number(d.id)]));
      await insertManyFts(tx, slice.map((r) => ({ id: ids.get(r.doc.key)!, groupId: r.doc.groupId, text: r.text })));
    }
  },
};

/** Words of new items, one statement per slice (3 values a row on SQLite, 2 on PostgreSQL). */
async function insertManyFts(tx: Tx, items: { id: number; groupId: string; text: string }[]) {
  const perStatement = rowsPerInsert(3);
  for (let i = 0; i < items.length; i += perStatement) {
    const slice = items.slice(i, i + perStatement);
    if (provider === 'postgresql') {
      const values = slice.map((_, k) => `($${2 * k + 1}, $${2 * k + 2}::tsvector)`).join(', ');
      await tx.$executeRawUnsafe(`INSERT INTO search_fts (rowid, words) VALUES ${values}`, ...slice.flatMap((it) => [it.id, toTsvector(it.text, [groupScope(it.groupId)])]));
    } else {
      const values = slice.map(() => '(?, ?, ?)').join(', ');
      await tx.$executeRawUnsafe(`INSERT INTO search_fts (rowid, scope, words) VALUES ${values}`, ...slice.flatMap((it) => [it.id, `g${it.groupId}`, toIndexWords(it.text)]));
    }
  }
}

/** A just-created annotation, from the row as written: nothing to read back, no old entry, no replies yet. */
export function indexNewAnnotation(ctx: Pick<WriteContext, 'insertLater'>, a: AnnotationFields): void {
  ctx.insertLater(newDocs, { doc: { key: `a:${a.id}`, ...annotationDoc(a) }, text: `${a.exact}\n${a.note}` });
}

/** A just-created reply, from the row as written and its thread's annotation (which the caller has read). */
export function indexNewComment(ctx: Pick<WriteContext, 'insertLater'>, c: CommentFields, annotation: Pick<Annotation, 'kind' | 'visibility' | 'exact'> | null): void {
  ctx.insertLater(newDocs, { doc: { key: `c:${c.id}`, ...commentDoc(c, annotation) }, text: c.body });
}

async function removeDoc(tx: Tx, key: string) {
  const doc = await tx.searchDoc.findUnique({ where: { key }, select: { id: true } });
  if (!doc) return;
  // On PostgreSQL the row goes with its SearchDoc (ON DELETE CASCADE); FTS5 tables have no foreign keys.
  if (provider === 'sqlite') await tx.$executeRawUnsafe('DELETE FROM search_fts WHERE rowid = ?', doc.id);
  await tx.searchDoc.delete({ where: { id: doc.id } });
}

export async function indexAnnotation(tx: Tx, annotationId: string): Promise<void> {
  const a = await tx.annotation.findUnique({ where: { id: annotationId } });
  const key = `a:${annotationId}`;
  if (!a || a.deletedAt) return removeDoc(tx, key);
  const data = annotationDoc(a);
  const doc = await tx.searchDoc.upsert({ where: { key }, create: { key, ...data }, update: data, select: { id: true } });
  await writeFts(tx, doc.id, a.groupId, `${a.exact}\n${a.note}`);
  // A thread's replies inherit its privacy and kind: keep them in step when those change.
  const replies = await tx.comment.findMany({ where: { annotationId }, select: { id: true } });
  for (const r of replies) await tx.searchDoc.updateMany({ where: { key: `c:${r.id}` }, data: { isPrivate: data.isPrivate, kind: a.kind } });
}

export async function indexComment(tx: Tx, commentId: string): Promise<void> {
  const c = await tx.comment.findUnique({ where: { id: commentId }, include: { annotation: true } });
  const key = `c:${commentId}`;
  if (!c || c.deletedAt || c.annotation?.deletedAt) return removeDoc(tx, key);
  const data = commentDoc(c, c.annotation);
  const doc = await tx.searchDoc.upsert({ where: { key }, create: { key, ...data }, update: data, select: { id: true } });
  await writeFts(tx, doc.id, c.groupId, c.body);
}
