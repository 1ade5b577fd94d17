/**
 * Imports a W3C Web Annotation export (from this or another Gongdu) into a group: each annotation is placed on the
 * same passage of the same text (its block path, then its quote — exactly at its offsets, or uniquely found with
 * its context in that block), re-created with its replies, all in one transaction: a file with anything that
 * cannot be placed imports nothing. Imported items are authored by the importing leader (the original authors
 * may not be members here); each keeps its original author's name as plain text (`originalAuthor`, shown as
 * 原作者 in the page, never an account), and the import report lists them.
 *
 * Importing is idempotent: an imported item's id is derived from the group and its id in the file, so the same
 * file imported twice — one after the other or at the same moment — is stored once; what is already there is
 * counted as `alreadyImported` and announced to no one again.
 */
import { createHash } from 'node:crypto';
import { db } from '../db';
import { checkAnchor, quoteAt } from '../domain/anchor';
import { codePoints } from '../domain/code-points';
import { parseW3CExport, type ImportedAnnotation } from '../domain/export/w3c-import';
import { canLead } from '../domain/permissions';
import { loggedAnnotation } from './annotation-dto';
import { ServiceError, forbidden, isUniqueViolation } from './errors';
import { findInChunks } from './in-chunks';
import { requireMembership } from './require-membership';
import { indexAnnotation, indexComment } from './search-index';
import { isTextOpenToGroup } from './texts';
import { writeWithEvents } from './write-with-events';
import { ZCreateAnnotation, ZCreateReply } from '../validations/annotations';

export interface ImportReport {
  /** annotations and replies stored by this import */
  annotations: number;
  replies: number;
  /** items of the file this group already has from an earlier import of it */
  alreadyImported: number;
  authors: string[];
  warnings: string[];
}

/** Where an imported quote sits in the block: at its offsets, or the one place its quote and context occur. */
function placeInBlock(blockText: string, a: ImportedAnnotation): { start: number; end: number } | null {
  if (checkAnchor(blockText, { start: a.start, end: a.end }, a.exact).ok) return { start: a.start, end: a.end };
  const chars = codePoints(blockText);
  const quote = codePoints(a.exact);
  const places: number[] = [];
  for (let i = 0; i + quote.length <= chars.length; i++) {
    if (quote.every((ch, k) => chars[i + k] === ch)) {
      const around = quoteAt(blockText, i, i + quote.length, Math.max(codePoints(a.prefix).length, codePoints(a.suffix).length));
      if (around.prefix.endsWith(a.prefix) && around.suffix.startsWith(a.suffix)) places.push(i);
    }
  }
  return places.length === 1 ? { start: places[0], end: places[0] + quote.length } : null;
}

/**
 * An import may hold nothing the API would refuse (issue 9, finding 5: a 1,000,000-character note was accepted
 * where the API allows 5,000): each note, quote and reply is checked with the API's own schemas.
 */
function breachesOfApiLimits(annotations: ImportedAnnotation[], replies: { sourceId: string; body: string; deleted?: boolean }[]): string[] {
  const problems: string[] = [];
  for (const a of annotations) {
    if (!ZCreateAnnotation.shape.note.safeParse(a.note).success) problems.push(`${a.sourceId}: the note is longer than 5,000 characters`);
    if (!ZCreateAnnotation.shape.exact.safeParse(a.exact).success) problems.push(`${a.sourceId}: the quote is empty or longer than 5,000 characters`);
  }
  for (const r of replies) {
    if (!r.deleted && !ZCreateReply.shape.body.safeParse(r.body).success) problems.push(`${r.sourceId}: the reply is empty or longer than 5,000 characters`);
  }
  return problems;
}

/** A file's creator name, kept as shown text: trimmed, and no longer than a member's own name may be (40). */
function originalAuthorName(name: string | null | undefined): string | null {
  const trimmed = name?.trim();
  return trimmed ? Array.from(trimmed).slice(0, 40).join('') : null;
}

export async function importAnnotations(userId: string, groupId: string, json: unknown): Promise<ImportReport> {
  const role = await requireMembership(userId, groupId);
  if (!canLead(role)) throw forbidden('only leaders can import annotations');
  const parsed = parseW3CExport(json);
  if (!parsed.ok) throw new ServiceError(422, 'invalid_import', parsed.errors.slice(0, 5).join('; '), 'file');
  const overLimits = breachesOfApiLimits(parsed.annotations, parsed.replies);
  if (overLimits.length) throw new ServiceError(422, 'invalid_import', overLimits.slice(0, 5).join('; '), 'file');

  const placed = new Map<string, { blockId: string; blockText: string; versionId: string; textId: string; start: number; end: number }>();
  const problems: string[] = [];
  for (const a of parsed.annotations) {
    const text = a.textId ? await db.text.findUnique({ where: { id: a.textId }, include: { versions: { orderBy: { number: 'desc' }, take: 1 } } }) : null;
    if (!text || !isTextOpenToGroup(text, groupId) || !text.versions[0]) {
      problems.push(`${a.sourceId}: the text ${a.textId ?? a.source} is not in this group's library`);
      continue;
    }
    const block = await db.block.findFirst({ where: { versionId: text.versions[0].id, path: a.blockPath } });
    const at = block && placeInBlock(block.text, a);
    if (!block || !at) {
      problems.push(`${a.sourceId}: the passage “${a.exact.slice(0, 20)}” is no longer at ${a.blockPath}`);
      continue;
    }
    placed.set(a.sourceId, { blockId: block.id, blockText: block.text, versionId: block.versionId, textId: text.id, ...at });
  }
  if (problems.length) throw new ServiceError(422, 'unplaceable', problems.slice(0, 5).join('; '), 'file');

  const store = () => writeWithEvents(async (ctx) => {
    const newIds = new Map(parsed.annotations.map((a) => [a.sourceId, importedId(groupId, 'annotation', a.sourceId)]));
    const replyIds = new Map(parsed.replies.map((r) => [r.sourceId, importedId(groupId, 'reply', r.sourceId)]));
    const stored = new Set([
      ...(await findInChunks(newIds.values(), (slice) => ctx.tx.annotation.findMany({ where: { id: { in: slice }, groupId }, select: { id: true } }))).map((r) => r.id),
      ...(await findInChunks(replyIds.values(), (slice) => ctx.tx.comment.findMany({ where: { id: { in: slice }, groupId }, select: { id: true } }))).map((r) => r.id),
    ]);
    const created: string[] = [];
    let repliesCreated = 0;
    for (const a of parsed.annotations) {
      const where = placed.get(a.sourceId)!;
      const id = newIds.get(a.sourceId)!;
      if (stored.has(id)) continue;
      created.push(id);
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
          ...quoteAt(where.blockText, where.start, where.end),
          kind: a.kind,
          note: a.note,
          originalAuthor: originalAuthorName(a.authorName),
          visibility: 'group',
          createdAt: a.created ? new Date(a.created) : undefined,
          deletedAt: a.deleted ? new Date() : null,
        },
      });
    }
    for (const r of parsed.replies) {
      const id = replyIds.get(r.sourceId)!;
      if (stored.has(id)) continue;
      repliesCreated++;
      await ctx.tx.comment.create({
        data: {
          id,
          groupId,
          annotationId: newIds.get(r.annotationSourceId)!,
          parentId: r.parentSourceId ? (replyIds.get(r.parentSourceId) ?? null) : null,
          authorId: userId,
          originalAuthor: originalAuthorName(r.authorName),
          body: r.body,
          createdAt: r.created ? new Date(r.created) : undefined,
          deletedAt: r.deleted ? new Date() : null,
        },
      });
      await indexComment(ctx.tx, id);
    }
    for (const id of created) {
      await indexAnnotation(ctx.tx, id);
      const row = await ctx.tx.annotation.findUniqueOrThrow({ where: { id }, include: { author: { select: { id: true, name: true } }, comments: { include: { author: { select: { id: true, name: true } } } } } });
      await ctx.emit({ groupId, type: 'annotation:created', actorId: userId, payload: loggedAnnotation(row, new Map()) });
    }
    const authors = [...new Set([...parsed.annotations.map((a) => a.authorName), ...parsed.replies.map((r) => r.authorName)].filter((n): n is string => !!n))];
    return { annotations: created.length, replies: repliesCreated, alreadyImported: stored.size, authors, warnings: parsed.warnings };
  });
  try {
    return await store();
  } catch (error) {
    // The same file imported at the same moment elsewhere committed first (PostgreSQL): this pass sees it stored.
    if (isUniqueViolation(error)) return store();
    throw error;
  }
}

/** The id of an imported item in this group: the same item of the same file always gets the same id. */
function importedId(groupId: string, kind: 'annotation' | 'reply', sourceId: string): string {
  return 'imp_' + createHash('sha256').update(`${groupId}\u0000${kind}\u0000${sourceId}`).digest('hex').slice(0, 40);
}
