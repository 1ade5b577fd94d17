/**
 * A group's own library: a leader uploads or pastes a text (UTF-8 or GB18030, .txt or .md), previews the outline
 * the importer recognised, corrects heading levels, saves it; later revises it. Every revision is a new version
 * (old ones are never rewritten) and re-anchors every annotation into it — exactly, by quote near its old place, or
 * by a confident fuzzy match — or orphans it, kept with its old context and never shown at a guessed place
 * (../shared/DESIGN.md, rule 5). The revision report says how many stayed, moved and were orphaned.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { db } from '../db';
import { quoteAt } from '../domain/anchor';
import { canLead } from '../domain/permissions';
import { reanchorAnnotations, summariseReanchoring, type ReanchorResult } from '../domain/reanchor';
import { detectTextFormat, outlineOf, type ImportedDocument, type LineOverride, type TextFormat } from '../domain/text-import';
import type { ImportOutcome, ImportTask } from '../workers/cpu-tasks';
import { importDocumentOffThread, reanchorOffThread } from './cpu-pool';
import type { TTextUpload } from '../validations/library';
import { ServiceError, conflict, forbidden, invalid, isUniqueViolation, notFound } from './errors';
import { findInChunks } from './in-chunks';
import { requireMembership, viewerIn } from './require-membership';
import { canReadSource } from '../domain/visibility';
import { indexAnnotation } from './search-index';
import { blockId, blockRows, type TextSummaryDTO } from './texts';

type StoredAnchorRow = { id: string; blockId: string; start: number; end: number; exact: string; prefix: string; suffix: string };
import { writeWithEvents } from './write-with-events';

/** Largest upload: a long book is ~1 MB of UTF-8 Chinese; twice that leaves room without inviting abuse. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

export interface TextPreview {
  title: string;
  subtitle: string | null;
  byline: string | null;
  encoding: string;
  format: TextFormat;
  outline: { line: number | null; path: string; level: string; text: string }[];
  blockCount: number;
  charCount: number;
  tocEntries: number;
  mendedBreaks: number;
  ignoredOverrides: number[];
}

function overridesOf(input: { overrides: Record<string, string> }): Record<number, LineOverride> {
  return Object.fromEntries(Object.entries(input.overrides).map(([line, level]) => [Number(line), level as LineOverride]));
}

function previewOf(imported: ImportedUpload, encoding: string, format: TextFormat): TextPreview {
  const { doc } = imported;
  // One pass to look lines up by path: a find per heading made a text of many headings quadratic.
  const lineOf = new Map(doc.blocks.map((b) => [b.path, b.line ?? null]));
  return {
    title: doc.title,
    subtitle: doc.subtitle ?? null,
    byline: doc.byline ?? null,
    encoding,
    format,
    outline: outlineOf(doc).map((h) => ({ ...h, line: lineOf.get(h.path) ?? null })),
    blockCount: doc.blocks.length,
    charCount: imported.charCount,
    tocEntries: doc.toc.length,
    mendedBreaks: imported.mendedBreakCount,
    ignoredOverrides: doc.ignoredOverrides ?? [],
  };
}

type ImportedUpload = Extract<ImportOutcome, { ok: true }>;

/** Reads a text into blocks in the worker pool (it is the CPU-heavy part of an upload). */
async function readDocument(task: ImportTask, field: string): Promise<ImportedUpload> {
  const outcome = await importDocumentOffThread(task);
  if (!outcome.ok) throw new ServiceError(422, outcome.code, outcome.message, field);
  return outcome;
}

async function requireLeader(userId: string, groupId: string) {
  const role = await requireMembership(userId, groupId);
  if (!canLead(role)) throw forbidden('only leaders can add or revise texts');
}

async function importUpload(input: TTextUpload) {
  if (input.base64 === undefined && input.content === undefined) throw invalid('file', 'send the file (base64) or paste the text (content)');
  const format = detectTextFormat(input.fileName);
  const imported = await readDocument(
    { base64: input.base64, source: input.content, maxBytes: MAX_TEXT_BYTES, format, overrides: overridesOf(input), recordLines: true, slug: input.title || input.fileName.replace(/\.[^.]+$/, '') },
    'file',
  );
  if (!imported.doc.blocks.some((b) => b.kind === 'paragraph')) throw new ServiceError(422, 'no_text', '没有找到正文 / no reading matter found in the file', 'file');
  return { text: imported.text, encoding: imported.encoding, format, imported, doc: imported.doc };
}

/** What the importer makes of a file, before anything is saved. */
export async function previewText(userId: string, groupId: string, input: TTextUpload): Promise<TextPreview> {
  await requireLeader(userId, groupId);
  const { imported, encoding, format } = await importUpload(input);
  return previewOf(input.title ? { ...imported, doc: { ...imported.doc, title: input.title } } : imported, encoding, format);
}

/** Saves an uploaded text into the group's library as version 1, in one transaction. */
export async function createGroupText(userId: string, groupId: string, input: TTextUpload): Promise<TextSummaryDTO> {
  await requireLeader(userId, groupId);
  const { text, imported, doc } = await importUpload(input);
  const id = `t_${randomBytes(8).toString('hex')}`;
  const title = input.title || doc.title;
  return writeWithEvents(async (ctx) => {
    await ctx.tx.text.create({ data: { id, slug: id, title, subtitle: doc.subtitle ?? null, byline: doc.byline ?? null, metadata: imported.metadataJson, ownerGroupId: groupId } });
    const version = await ctx.tx.textVersion.create({ data: { textId: id, number: 1, sourceHash: imported.sourceHash, source: text, createdById: userId, note: '' } });
    await ctx.tx.block.createMany({ data: blockRows(id, 1, version.id, doc) });
    const summary: TextSummaryDTO = { id, ownerGroupId: groupId, title, subtitle: doc.subtitle ?? null, byline: doc.byline ?? null, version: 1, blockCount: doc.blocks.length, charCount: imported.charCount };
    await ctx.emit({ groupId, type: 'text:added', actorId: userId, payload: summary });
    return summary;
  });
}

/** A group text's current source, for the leader to edit. */
export async function getTextSource(userId: string, textId: string): Promise<{ source: string; version: number; format: TextFormat; title: string }> {
  const text = await db.text.findUnique({ where: { id: textId }, include: { versions: { orderBy: { number: 'desc' }, take: 1 } } });
  if (!text?.ownerGroupId) throw notFound('text');
  const viewer = await viewerIn(userId, text.ownerGroupId);
  if (!viewer.role) throw notFound('text');
  if (!canReadSource(viewer, text, text.ownerGroupId)) throw forbidden('only the group’s leaders can read a text’s source');
  const format = (JSON.parse(text.metadata).format as TextFormat | undefined) ?? 'plain';
  return { source: text.versions[0].source, version: text.versions[0].number, format, title: text.title };
}

export interface RevisionReport {
  version: number;
  stayed: number;
  moved: number;
  orphaned: number;
  orphans: { id: string; exact: string; reason: string }[];
  ms: number;
}

/**
 * Saves an edited source as the next version and re-anchors every annotation on the previous one, all in one
 * transaction: either the new version exists with every annotation placed or orphaned, or nothing changed.
 */
export async function reviseText(userId: string, textId: string, source: string, note: string): Promise<RevisionReport> {
  const text = await db.text.findUnique({ where: { id: textId }, include: { versions: { orderBy: { number: 'desc' }, take: 1, include: { blocks: { orderBy: { ordinal: 'asc' } } } } } });
  if (!text) throw notFound('text');
  // The starting library is shared by every group: one group's leader must not move everyone's annotations.
  if (!text.ownerGroupId) throw forbidden('the starting library is shared by all groups and cannot be revised by one of them');
  await requireMembership(userId, text.ownerGroupId).catch(() => {
    throw notFound('text');
  });
  await requireLeader(userId, text.ownerGroupId);
  const previous = text.versions[0];
  const format = (JSON.parse(text.metadata).format as TextFormat | undefined) ?? 'plain';
  const imported = await readDocument({ source, maxBytes: MAX_TEXT_BYTES, format, slug: text.id }, 'source');
  const { doc, sourceHash, text: normalised } = imported;
  if (sourceHash === previous.sourceHash) throw conflict('nothing changed: the text is the same as the current version');
  if (!doc.blocks.some((b) => b.kind === 'paragraph')) throw invalid('source', 'no reading matter left in the text');
  const groupId = text.ownerGroupId;
  const number = previous.number + 1;
  const oldBlocks = previous.blocks.map((b) => ({ id: b.id, path: b.path, text: b.text }));
  const newBlocks = doc.blocks.map((b) => ({ id: blockId(textId, number, b.path), path: b.path, text: b.text }));
  const toAnchor = (a: StoredAnchorRow) => ({ id: a.id, blockId: a.blockId, start: a.start, end: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix });

  // Re-anchoring is CPU work: it runs in the pool on the annotations as they are now, outside the transaction (a
  // transaction held open while a worker computes would hold every other writer). Inside the transaction the
  // annotations are read again, and any one changed or added meanwhile is re-anchored there, so the result is
  // exactly what re-anchoring inside the transaction would give.
  const started = performance.now();
  const snapshot = await db.annotation.findMany({ where: { textId, versionId: previous.id, status: 'anchored' } });
  const precomputed = new Map((await reanchorOffThread(oldBlocks, newBlocks, snapshot.map(toAnchor))).map((r) => [r.id, r]));
  const snapshotKey = new Map(snapshot.map((a) => [a.id, JSON.stringify(toAnchor(a))]));

  const revisedMeanwhile = () => conflict('the text was revised meanwhile: open it again and redo your changes');
  return writeWithEvents(async (ctx) => {
    // Checked in the write: the version this revision was made from must still be the newest.
    const newest = await ctx.tx.textVersion.findFirst({ where: { textId }, orderBy: { number: 'desc' }, select: { id: true } });
    if (newest?.id !== previous.id) throw revisedMeanwhile();
    const version = await ctx.tx.textVersion.create({ data: { textId, number, sourceHash, source: normalised, createdById: userId, note } });
    const rows = blockRows(textId, number, version.id, doc);
    await ctx.tx.block.createMany({ data: rows });
    await ctx.tx.text.update({ where: { id: textId }, data: { subtitle: doc.subtitle ?? null, byline: doc.byline ?? null, metadata: imported.metadataJson } });

    const annotations = await ctx.tx.annotation.findMany({ where: { textId, versionId: previous.id, status: 'anchored' } });
    const changed = annotations.filter((a) => !precomputed.has(a.id) || snapshotKey.get(a.id) !== JSON.stringify(toAnchor(a)));
    const late = changed.length ? reanchorAnnotations(oldBlocks, newBlocks, changed.map(toAnchor)) : [];
    const lateById = new Map(late.map((r) => [r.id, r]));
    const results: ReanchorResult[] = annotations.map((a) => lateById.get(a.id) ?? precomputed.get(a.id)!);
    const ms = performance.now() - started;
    const byId = new Map(annotations.map((a) => [a.id, a]));
    const newText = new Map(rows.map((b) => [b.id, b.text]));
    const oldPath = new Map(previous.blocks.map((b) => [b.id, b.path]));
    const orphans: RevisionReport['orphans'] = [];
    for (const r of results) {
      const a = byId.get(r.id)!;
      // `status` lets the reading page mark the annotations this revision moved (annotation-dto.ts).
      const previousAnchor = JSON.stringify({ versionId: a.versionId, version: previous.number, blockId: a.blockId, path: oldPath.get(a.blockId), start: a.start, end: a.end, status: r.status });
      if (r.status === 'orphaned') {
        orphans.push({ id: a.id, exact: a.exact, reason: r.reason });
        await ctx.tx.annotation.update({ where: { id: a.id }, data: { status: 'orphaned', previousAnchor } });
        continue;
      }
      const blockText = newText.get(r.blockId)!;
      await ctx.tx.annotation.update({ where: { id: a.id }, data: { versionId: version.id, blockId: r.blockId, start: r.start, end: r.end, ...quoteAt(blockText, r.start, r.end), previousAnchor } });
      if (r.status === 'moved') await indexAnnotation(ctx.tx, a.id);
    }
    const summary = summariseReanchoring(results);
    const report: RevisionReport = { version: number, ...summary, orphans, ms: Math.round(ms * 10) / 10 };
    await ctx.tx.textVersion.update({ where: { id: version.id }, data: { report: JSON.stringify(report) } });
    await ctx.emit({ groupId, type: 'text:revised', actorId: userId, payload: { textId, version: number, stayed: report.stayed, moved: report.moved, orphaned: report.orphaned } });
    return report;
  }).catch((error: unknown) => {
    // Another revision took this version number first (PostgreSQL, where revisions can overlap): the same answer.
    if (isUniqueViolation(error)) throw revisedMeanwhile();
    throw error;
  });
}

export async function listVersions(userId: string, textId: string) {
  const text = await db.text.findUnique({ where: { id: textId } });
  if (!text) throw notFound('text');
  if (text.ownerGroupId) {
    await requireMembership(userId, text.ownerGroupId).catch(() => {
      throw notFound('text');
    });
  }
  const versions = await db.textVersion.findMany({ where: { textId }, orderBy: { number: 'desc' }, include: { _count: { select: { blocks: true } } } });
  const creatorIds = versions.map((v) => v.createdById).filter((x): x is string => !!x);
  const authors = await findInChunks(creatorIds, (slice) => db.user.findMany({ where: { id: { in: slice } }, select: { id: true, name: true } }));
  return versions.map((v) => ({
    id: v.id,
    number: v.number,
    note: v.note,
    createdAt: v.createdAt.toISOString(),
    createdBy: authors.find((a) => a.id === v.createdById) ?? null,
    blockCount: v._count.blocks,
    report: v.report ? (JSON.parse(v.report) as RevisionReport) : null,
  }));
}
