/**
 * Search over a group's highlights and comments: FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL, both over
 * the same tokens, find the matching items (see lib/domain/search-text.ts for why CJK characters are single
 * tokens), SearchDoc filters them (session, member, kind, date) and enforces who may see what: private items only
 * for their author, hidden ones only for leaders (../shared/DESIGN.md, rule 3).
 */
import { db, placeholders, provider } from '../db';
import { canLead } from '../domain/permissions';
import { canSeeAnnotationOf, viewReflection, viewReply, type Viewer } from '../domain/visibility';
import { snippet, toMatchExpression, toTsquery, type SnippetPart } from '../domain/search-text';
import type { TSearch } from '../validations/search';
import { invalid } from './errors';
import { findInChunks } from './in-chunks';
import { requireMembership } from './require-membership';
import { groupScope } from './search-index';

export interface SearchHit {
  type: 'annotation' | 'comment';
  id: string;
  annotationId: string | null;
  sessionId: string | null;
  /** the account: for an imported item, the leader who imported it */
  author: { id: string; name: string };
  /** an imported item's author in the group its file came from (plain text, not an account); null otherwise */
  originalAuthor: string | null;
  kind: string | null;
  isPrivate: boolean;
  isHidden: boolean;
  createdAt: string;
  /** the passage quoted, with matches marked */
  quote: SnippetPart[];
  /** the note or comment, with matches marked */
  body: SnippetPart[];
  textId: string | null;
  blockId: string | null;
}

export interface SearchResult {
  hits: SearchHit[];
  page: number;
  pageSize: number;
  /** total matches, counted up to COUNT_CAP (then `totalCapped`) so a common character cannot make a page slow */
  total: number;
  totalCapped: boolean;
}

/**
 * Matches are counted up to here, then "more than 200: narrow the search" (ten pages of 20; the form narrows by
 * session, member, kind and dates). Counting costs a visit to each matching row, which a phrase query (CJK
 * characters are single tokens, so 群众 is 群 <-> 众) must recheck in the row itself: on PostgreSQL at 1M comments,
 * counting to 1,001 took 60–185 ms a query on a quiet machine, to 201 2–44 ms (bench:search).
 */
const COUNT_CAP = 200;

interface Row {
  id: number;
  key: string;
  annotationId: string | null;
  commentId: string | null;
  sessionId: string | null;
  authorId: string;
  kind: string | null;
  isPrivate: number | bigint | boolean;
  isHidden: number | bigint | boolean;
  quote: string;
  body: string;
  createdAt: string | number | Date;
}

export async function searchGroup(userId: string, groupId: string, input: TSearch): Promise<SearchResult> {
  const role = await requireMembership(userId, groupId);
  const pg = provider === 'postgresql';
  const match = pg ? toTsquery(input.q, groupScope(groupId)) : toMatchExpression(input.q);
  if (!match) throw invalid('q', 'the query has no words to search for');
  const where: string[] = [pg ? 'f.words @@ ?::tsquery' : 'search_fts MATCH ?', 'd."groupId" = ?', '(d."isPrivate" = FALSE OR d."authorId" = ?)'];
  const args: unknown[] = [pg ? match : `scope : "g${groupId}" AND words : (${match})`, groupId, userId];
  if (!canLead(role)) {
    // The SQL mirrors lib/domain/visibility.ts so pages and counts are right; every hit is checked by the rule below.
    where.push('(d."isHidden" = FALSE OR (d."commentId" IS NULL AND d."authorId" = ?))'), args.push(userId);
    // No reply of a thread hidden from this member (their own thread excepted).
    where.push('(d."commentId" IS NULL OR d."annotationId" IS NULL OR NOT EXISTS (SELECT 1 FROM "Annotation" t WHERE t.id = d."annotationId" AND t."hiddenAt" IS NOT NULL AND t."authorId" <> ?))');
    args.push(userId);
  }
  if (input.sessionId) where.push('d."sessionId" = ?'), args.push(input.sessionId);
  if (input.authorId) where.push('d."authorId" = ?'), args.push(input.authorId);
  if (input.kind) where.push('d.kind = ?'), args.push(input.kind);
  if (input.type !== 'all') where.push(input.type === 'annotation' ? 'd."commentId" IS NULL' : 'd."commentId" IS NOT NULL');
  // Prisma's SQLite adapter stores DateTime as text like 2026-11-23T23:33:56.357+00:00, which sorts as time does;
  // on PostgreSQL it is a timestamp(3) without time zone, in UTC.
  const stored = (d: Date) => (pg ? d.toISOString().replace('T', ' ').replace('Z', '') : d.toISOString().replace('Z', '+00:00'));
  const at = pg ? '?::timestamp' : '?';
  if (input.from) where.push(`d."createdAt" >= ${at}`), args.push(stored(input.from));
  if (input.to) where.push(`d."createdAt" <= ${at}`), args.push(stored(input.to));
  const from = `FROM search_fts f JOIN "SearchDoc" d ON d.id = f.rowid WHERE ${where.join(' AND ')}`;
  // Newest first by rowid (insertion order): FTS5 walks its doclists in rowid order, so a page stops early.
  // The page and the count side by side (PostgreSQL runs them on two connections; SQLite one after the other).
  const [rows, [{ n }]] = await Promise.all([
    db.$queryRawUnsafe<Row[]>(placeholders(`SELECT d.* ${from} ORDER BY f.rowid DESC LIMIT ? OFFSET ?`), ...args, input.pageSize, (input.page - 1) * input.pageSize),
    db.$queryRawUnsafe<{ n: number | bigint }[]>(placeholders(`SELECT COUNT(*) AS n FROM (SELECT 1 ${from} LIMIT ${COUNT_CAP + 1}) AS capped`), ...args),
  ]);

  // At most one page of ids (pageSize ≤ 100), still read through the one helper for lists of ids.
  const authors = await findInChunks(rows.map((r) => r.authorId), (slice) => db.user.findMany({ where: { id: { in: slice } }, select: { id: true, name: true } }));
  const annotationIds = rows.map((r) => r.annotationId).filter((x): x is string => !!x);
  const annotations = await findInChunks(annotationIds, (slice) =>
    db.annotation.findMany({ where: { id: { in: slice } }, select: { id: true, textId: true, blockId: true, authorId: true, visibility: true, hiddenAt: true, originalAuthor: true } }),
  );
  const commentIds = rows.map((r) => r.commentId).filter((x): x is string => !!x);
  const comments = await findInChunks(commentIds, (slice) => db.comment.findMany({ where: { id: { in: slice } }, select: { id: true, originalAuthor: true } }));
  const viewer: Viewer = { userId, role };
  const seen = (r: Row) => {
    const a = annotations.find((x) => x.id === r.annotationId);
    if (a && !canSeeAnnotationOf(viewer, { ...a, hidden: a.hiddenAt !== null })) return false;
    if (!r.commentId) return true;
    const comment = { id: r.commentId, annotationId: r.annotationId, author: { id: r.authorId }, body: r.body, deleted: false, hidden: Boolean(Number(r.isHidden)) };
    // A reply whose words the viewer would see only as a placeholder is not a hit.
    return (a ? viewReply(viewer, comment) : viewReflection(viewer, comment))?.body === r.body;
  };
  const total = Number(n);
  return {
    hits: rows.filter(seen).map((r) => {
      const a = annotations.find((x) => x.id === r.annotationId);
      return {
        type: r.commentId ? 'comment' : 'annotation',
        id: r.commentId ?? r.annotationId!,
        annotationId: r.annotationId,
        sessionId: r.sessionId,
        author: authors.find((u) => u.id === r.authorId) ?? { id: r.authorId, name: '' },
        originalAuthor: (r.commentId ? comments.find((c) => c.id === r.commentId)?.originalAuthor : a?.originalAuthor) ?? null,
        kind: r.kind,
        isPrivate: Boolean(Number(r.isPrivate)),
        isHidden: Boolean(Number(r.isHidden)),
        createdAt: new Date(typeof r.createdAt === 'bigint' ? Number(r.createdAt) : r.createdAt).toISOString(),
        quote: snippet(r.quote, input.q),
        body: snippet(r.body, input.q),
        textId: a?.textId ?? null,
        blockId: a?.blockId ?? null,
      } satisfies SearchHit;
    }),
    page: input.page,
    pageSize: input.pageSize,
    total: Math.min(total, COUNT_CAP),
    totalCapped: total > COUNT_CAP,
  };
}
