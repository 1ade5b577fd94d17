/**
 * Imports a W3C Web Annotation export (from this or another Gongdu) into a group: each annotation is placed on the
 * same passage of the same text (its block path, then its quote — exactly at its offsets, or uniquely found with
 * its context in that block) and re-created with its replies. Imported items are authored by the importing leader
 * (the original authors may not be members here); each keeps its original author's name as plain text
 * (`originalAuthor`, shown as 原作者 in the page, never an account), and the import report lists them.
 *
 * All or nothing as far as the file goes: every item is read, checked with the API's own schemas and placed before
 * anything is written, so a file with anything the API would refuse or that cannot be placed imports nothing.
 * The CPU-heavy parts (parsing megabytes of JSON, checking and placing thousands of quotes) run in the worker pool
 * (issue 9: importing 5,000 annotations held every other request for 46 s). The writes go in batches, each its own
 * short transaction: on SQLite every query waits for an open transaction (lib/db/serialized-sqlite.ts), so one
 * transaction of 5,000 creates would hold everyone else's reads until it committed.
 *
 * Importing is idempotent: an imported item's id is derived from the group and its id in the file, so the same
 * file imported twice — one after the other or at the same moment — is stored once; what is already there is
 * counted as `alreadyImported` and announced to no one again. That is also what makes batches safe: should a
 * batch fail (the database went away), importing the file again stores exactly what is missing.
 */
import { createHash } from 'node:crypto';
import { db } from '../db';
import type { ImportedAnnotation, ImportedReply } from '../domain/export/w3c-import';
import { canLead } from '../domain/permissions';
import { loggedAnnotation } from './annotation-dto';
import { placeAnnotationsOffThread, readAnnotationFileOffThread } from './cpu-pool';
import type { WordedProblem } from '../i18n/messages-errors';
import { ServiceError, forbidden, isUniqueViolation, refusedFor } from './errors';
import { findInChunks } from './in-chunks';
import { requireMembership } from './require-membership';
import { indexAnnotation, indexComment } from './search-index';
import { isTextOpenToGroup } from './texts';
import { writeWithEvents } from './write-with-events';
import { withSharedLock } from '../redis';

export interface ImportReport {
  /** annotations and replies stored by this import */
  annotations: number;
  replies: number;
  /** items of the file this group already has from an earlier import of it */
  alreadyImported: number;
  authors: string[];
  warnings: string[];
}

/**
 * How long one write transaction may hold the database. On SQLite every query waits for an open transaction
 * (lib/db/serialized-sqlite.ts), so this is what another user's query may wait, per query, while an import runs.
 */
const BATCH_BUDGET_MS = 25;
/** Annotations looked at per transaction at most (one query finds which of them are already stored). */
const BATCH_MAX = 200;

/**
 * After each transaction the import steps aside for as long as it held the database: other users' requests then
 * run all their queries, instead of one query per batch (the queue is first come, first served, and the next batch
 * would otherwise be first in line again after each of their queries). An import takes about twice as long, and
 * never more than half of the database's time.
 */
const stepAside = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(1, ms)));

interface Placed {
  blockId: string;
  versionId: string;
  textId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** The item names its passage by the file's own data (id, quote, block path): only the words around them are worded. */
const passageMoved = (a: ImportedAnnotation): WordedProblem => ({ key: 'import.passageMoved', vars: { id: a.sourceId, quote: Array.from(a.exact).slice(0, 20).join(''), path: a.blockPath } });

/** Finds each annotation's block in the group's library (in bulk), then places the quotes in the pool. */
async function placeAll(groupId: string, annotations: ImportedAnnotation[]): Promise<Map<string, Placed>> {
  const textIds = annotations.flatMap((a) => (a.textId ? [a.textId] : []));
  const texts = await findInChunks(textIds, (slice) => db.text.findMany({ where: { id: { in: slice } }, select: { id: true, ownerGroupId: true } }));
  const open = new Set(texts.filter((t) => isTextOpenToGroup(t, groupId)).map((t) => t.id));
  const latest = new Map<string, string>(); // textId → its newest version
  for (const textId of open) {
    const version = await db.textVersion.findFirst({ where: { textId }, orderBy: { number: 'desc' }, select: { id: true } });
    if (version) latest.set(textId, version.id);
  }
  const blocks = new Map<string, { id: string; text: string }>(); // `${versionId} ${path}` → block
  for (const versionId of new Set(latest.values())) {
    const paths = annotations.filter((a) => a.textId && latest.get(a.textId) === versionId).map((a) => a.blockPath);
    const rows = await findInChunks(paths, (slice) => db.block.findMany({ where: { versionId, path: { in: slice } }, orderBy: { ordinal: 'asc' }, select: { id: true, path: true, text: true } }));
    for (const b of rows) if (!blocks.has(`${versionId} ${b.path}`)) blocks.set(`${versionId} ${b.path}`, b);
  }

  const problems: WordedProblem[] = [];
  const jobs = [];
  for (const [index, a] of annotations.entries()) {
    const versionId = a.textId ? latest.get(a.textId) : undefined;
    if (!versionId) {
      problems.push({ key: 'import.textMissing', vars: { id: a.sourceId, text: a.textId ?? a.source } });
      continue;
    }
    const block = blocks.get(`${versionId} ${a.blockPath}`);
    if (!block) {
      problems.push(passageMoved(a));
      continue;
    }
    jobs.push({ index, blockText: block.text, anchor: { start: a.start, end: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix } });
  }
  if (problems.length) throw refusedFor(422, 'unplaceable', 'file', problems);

  const placed = new Map<string, Placed>();
  for (const { index, at } of await placeAnnotationsOffThread(jobs)) {
    const a = annotations[index];
    if (!at) {
      problems.push(passageMoved(a));
      continue;
    }
    const block = blocks.get(`${latest.get(a.textId!)} ${a.blockPath}`)!;
    placed.set(a.sourceId, { blockId: block.id, versionId: latest.get(a.textId!)!, textId: a.textId!, ...at });
  }
  if (problems.length) throw refusedFor(422, 'unplaceable', 'file', problems);
  return placed;
}

/** A file's creator name, kept as shown text: trimmed, and no longer than a member's own name may be (40). */
function originalAuthorName(name: string | null | undefined): string | null {
  const trimmed = name?.trim();
  return trimmed ? Array.from(trimmed).slice(0, 40).join('') : null;
}

/**
 * Stores annotations with their replies in one transaction, in order, until the time budget is spent; what is
 * already stored is skipped. Returns how many of `annotations` it went through.
 */
function storeBatch(userId: string, groupId: string, annotations: ImportedAnnotation[], repliesOf: Map<string, ImportedReply[]>, placed: Map<string, Placed>) {
  return writeWithEvents(async (ctx) => {
    const started = performance.now();
    const newIds = new Map(annotations.map((a) => [a.sourceId, importedId(groupId, 'annotation', a.sourceId)]));
    const replyIds = annotations.flatMap((a) => (repliesOf.get(a.sourceId) ?? []).map((r) => importedId(groupId, 'reply', r.sourceId)));
    const stored = new Set([
      ...(await findInChunks(newIds.values(), (slice) => ctx.tx.annotation.findMany({ where: { id: { in: slice }, groupId }, select: { id: true } }))).map((r) => r.id),
      ...(await findInChunks(replyIds, (slice) => ctx.tx.comment.findMany({ where: { id: { in: slice }, groupId }, select: { id: true } }))).map((r) => r.id),
    ]);
    const counts = { done: 0, annotations: 0, replies: 0, alreadyImported: 0 };
    for (const a of annotations) {
      if (counts.done > 0 && performance.now() - started > BATCH_BUDGET_MS) break;
      counts.done++;
      const where = placed.get(a.sourceId)!;
      const id = newIds.get(a.sourceId)!;
      const isNew = !stored.has(id);
      if (isNew) {
        counts.annotations++;
        await ctx.tx.annotation.create({
          data: {
            id,
            groupId,
            textId: where.textId,
            versionId: where.versionId,
            blockId: where.blockId,
            authorId: userId,
            start: where.start,
            end: where.end,
            exact: where.exact,
            prefix: where.prefix,
            suffix: where.suffix,
            kind: a.kind,
            note: a.note,
            originalAuthor: originalAuthorName(a.authorName),
            visibility: 'group',
            createdAt: a.created ? new Date(a.created) : undefined,
            deletedAt: a.deleted ? new Date() : null,
          },
        });
      } else counts.alreadyImported++;
      for (const r of repliesOf.get(a.sourceId) ?? []) {
        const replyId = importedId(groupId, 'reply', r.sourceId);
        if (stored.has(replyId)) {
          counts.alreadyImported++;
          continue;
        }
        counts.replies++;
        await ctx.tx.comment.create({
          data: {
            id: replyId,
            groupId,
            annotationId: id,
            // a reply answers one of the same thread: created before it (parents come first in the file)
            parentId: r.parentSourceId ? importedId(groupId, 'reply', r.parentSourceId) : null,
            authorId: userId,
            originalAuthor: originalAuthorName(r.authorName),
            body: r.body,
            createdAt: r.created ? new Date(r.created) : undefined,
            deletedAt: r.deleted ? new Date() : null,
          },
        });
        await indexComment(ctx.tx, replyId);
      }
      if (!isNew) continue;
      await indexAnnotation(ctx.tx, id);
      const row = await ctx.tx.annotation.findUniqueOrThrow({ where: { id }, include: { author: { select: { id: true, name: true } }, comments: { include: { author: { select: { id: true, name: true } } } } } });
      await ctx.emit({ groupId, type: 'annotation:created', actorId: userId, payload: loggedAnnotation(row, new Map()) });
    }
    return counts;
  });
}

/**
 * Imports into one group run one after another: written in batches, two imports of the same file at the same
 * moment would otherwise each store part of it and both report a partial import. The second now finds the whole
 * file stored (200, `alreadyImported`). In this process a queue orders them; across processes (several behind a
 * load balancer, with REDIS_URL) a lock in Redis does (`withSharedLock`). Without either, each item would still be
 * stored once — its id is derived from the file — only the two reports would split it between them.
 */
const importing = new Map<string, Promise<unknown>>();
function oneAtATime<T>(groupId: string, work: () => Promise<T>): Promise<T> {
  const previous = importing.get(groupId) ?? Promise.resolve();
  const mine = previous.catch(() => undefined).then(work);
  importing.set(groupId, mine);
  void mine.catch(() => undefined).finally(() => importing.get(groupId) === mine && importing.delete(groupId));
  return mine;
}

/** Imports an uploaded export (its JSON text as received). */
export async function importAnnotations(userId: string, groupId: string, jsonText: string): Promise<ImportReport> {
  const role = await requireMembership(userId, groupId);
  if (!canLead(role)) throw forbidden('only leaders can import annotations');
  return oneAtATime(groupId, () => withSharedLock(`import:${groupId}`, () => importChecked(userId, groupId, jsonText)));
}

async function importChecked(userId: string, groupId: string, jsonText: string): Promise<ImportReport> {
  const file = await readAnnotationFileOffThread(jsonText);
  if (!file.ok) {
    if (file.problems?.length) throw refusedFor(422, file.code, 'file', file.problems);
    throw new ServiceError(file.code === 'bad_json' ? 400 : 422, file.code, file.message, 'file');
  }
  const placed = await placeAll(groupId, file.annotations);

  const repliesOf = new Map<string, ImportedReply[]>();
  for (const r of file.replies) repliesOf.set(r.annotationSourceId, [...(repliesOf.get(r.annotationSourceId) ?? []), r]);
  const report: ImportReport = { annotations: 0, replies: 0, alreadyImported: 0, authors: [], warnings: file.warnings };
  for (let i = 0; i < file.annotations.length; ) {
    const started = performance.now();
    const store = () => storeBatch(userId, groupId, file.annotations.slice(i, i + BATCH_MAX), repliesOf, placed);
    let batch;
    try {
      batch = await store();
    } catch (error) {
      // The same file imported at the same moment elsewhere committed this batch first (PostgreSQL): this pass sees it stored.
      if (!isUniqueViolation(error)) throw error;
      batch = await store();
    }
    i += batch.done;
    report.annotations += batch.annotations;
    report.replies += batch.replies;
    report.alreadyImported += batch.alreadyImported;
    await stepAside(performance.now() - started);
  }
  report.authors = [...new Set([...file.annotations.map((a) => a.authorName), ...file.replies.map((r) => r.authorName)].filter((n): n is string => !!n))];
  return report;
}

/** The id of an imported item in this group: the same item of the same file always gets the same id. */
function importedId(groupId: string, kind: 'annotation' | 'reply', sourceId: string): string {
  return 'imp_' + createHash('sha256').update(`${groupId}\u0000${kind}\u0000${sourceId}`).digest('hex').slice(0, 40);
}
