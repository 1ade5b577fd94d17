/**
 * Keeps SearchDoc and the full-text table `search_fts` (FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL: see
 * the search_index migrations) in step with annotations and comments. Called inside the same
 * transaction as each write, from the rows as they now are, so the index is never ahead of or behind the data.
 * Deleted items leave the index; hidden ones stay, flagged, so leaders can still find them.
 */
import { provider, type Tx } from '../db';
import type { Annotation, Comment } from '../db/generated/sqlite/client';
import { toIndexWords, toTsvector } from '../domain/search-text';

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

/** A just-created annotation, from the row as written: nothing to read back, no old entry, no replies yet. */
export async function indexNewAnnotation(tx: Tx, a: AnnotationFields): Promise<void> {
  const doc = await tx.searchDoc.create({ data: { key: `a:${a.id}`, ...annotationDoc(a) }, select: { id: true } });
  await insertFts(tx, doc.id, a.groupId, `${a.exact}\n${a.note}`);
}

/** A just-created reply, from the row as written and its thread's annotation (which the caller has read). */
export async function indexNewComment(tx: Tx, c: CommentFields, annotation: Pick<Annotation, 'kind' | 'visibility' | 'exact'> | null): Promise<void> {
  const doc = await tx.searchDoc.create({ data: { key: `c:${c.id}`, ...commentDoc(c, annotation) }, select: { id: true } });
  await insertFts(tx, doc.id, c.groupId, c.body);
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
