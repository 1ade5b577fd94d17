/**
 * The CPU-heavy jobs that run in the worker pool (lib/services/cpu-pool.ts), never on the server's event loop:
 * reading an uploaded text into blocks, and re-anchoring a group's annotations into a revised text. Pure: they
 * import only lib/domain, and take and return plain data (structured-cloned across threads), so what they return
 * is kept small — a count of mended breaks rather than a million of them, the stored metadata already as a string.
 */
import { createHash } from 'node:crypto';
import { checkAnchor, quoteAt } from '../domain/anchor';
import { codePoints } from '../domain/code-points';
import { annotationsToCsv } from '../domain/export/csv';
import type { ExportAnnotation, ExportReflection } from '../domain/export/export-annotation';
import { annotationsToMarkdown } from '../domain/export/markdown';
import { toAnnotationExportDocument } from '../domain/export/w3c';
import { parseW3CExport, type ImportedAnnotation, type ImportedReply } from '../domain/export/w3c-import';
import { isStrongPassword } from '../domain/password-strength';
import { reanchorAnnotations, type ReanchorResult } from '../domain/reanchor';
import type { Locale } from '../i18n/locale';
import type { WordedProblem } from '../i18n/messages-errors';
import { ZCreateAnnotation, ZCreateReply } from '../validations/annotations';
import { decodeSource, formatByteLimit, importText, type ImportedDocument, type LineOverride, type TextFormat } from '../domain/text-import';

/**
 * More blocks than any book we know of (a 1 MB Chinese book holds ~3,000 paragraphs): a file that reads into more is
 * not a text but a load test, and storing it would hold the database for seconds.
 */
export const MAX_BLOCKS = 20_000;

/**
 * What to read: uploaded bytes (base64, UTF-8 or GB18030, decoded here) or text as typed (`source`). Decoding,
 * normalising line ends and hashing a 2 MB file each take tens to hundreds of milliseconds, so they run here too.
 */
export interface ImportTask {
  base64?: string;
  source?: string;
  maxBytes: number;
  format: TextFormat;
  slug?: string;
  overrides?: Record<number, LineOverride>;
  recordLines?: boolean;
}

/** An import's outcome: the document (its mended breaks counted, not listed), and its metadata as stored. */
export type ImportOutcome =
  | {
      ok: true;
      /** the source as stored: decoded, line ends normalised to \n */
      text: string;
      encoding: string;
      sourceHash: string;
      doc: ImportedDocument;
      mendedBreakCount: number;
      metadataJson: string;
      charCount: number;
    }
  | { ok: false; code: string; message: string };

export const sourceHashOf = (source: string) => createHash('sha256').update(source).digest('hex');

function readSource(task: ImportTask): { ok: true; text: string; encoding: string } | { ok: false; code: string; message: string } {
  if (task.base64 !== undefined) {
    const decoded = decodeSource(Buffer.from(task.base64, 'base64'), { maxBytes: task.maxBytes });
    return decoded.ok ? { ok: true, text: decoded.text, encoding: decoded.encoding } : decoded;
  }
  const text = (task.source ?? '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return { ok: false, code: 'empty', message: '文件是空的 / the text is empty' };
  if (Buffer.byteLength(text) > task.maxBytes) {
    const limit = formatByteLimit(task.maxBytes);
    return { ok: false, code: 'too_large', message: `文件过大（上限 ${limit}） / too large (limit ${limit})` };
  }
  return { ok: true, text, encoding: 'utf-8' };
}

export function importDocument(task: ImportTask): ImportOutcome {
  const source = readSource(task);
  if (!source.ok) return source;
  const doc = importText(source.text, {
    format: task.format,
    slug: task.slug,
    overrides: task.overrides,
    recordLines: task.recordLines,
  });
  if (doc.blocks.length > MAX_BLOCKS) {
    return {
      ok: false,
      code: 'too_many_blocks',
      message: `文本的段落过多（上限 ${MAX_BLOCKS}） / too many paragraphs and headings (limit ${MAX_BLOCKS})`,
    };
  }
  let charCount = 0;
  for (const block of doc.blocks) for (const _ of block.text) charCount++;
  return {
    ok: true,
    text: source.text,
    encoding: source.encoding,
    sourceHash: sourceHashOf(source.text),
    doc: { ...doc, mendedBreaks: [] },
    mendedBreakCount: doc.mendedBreaks.length,
    metadataJson: metadataJson(doc, task.format),
    charCount,
  };
}

/**
 * Mended breaks kept in the metadata: a record for a person checking the import (nothing reads them back), so a
 * file of a million cut lines stores the first thousand rather than 50 MB of them.
 */
const MAX_STORED_BREAKS = 1_000;

/** The stored metadata: the book's, plus the printed TOC and how the source is read (format) for later revisions. */
export function metadataJson(doc: ImportedDocument, format: TextFormat): string {
  return JSON.stringify({ ...doc.metadata, toc: doc.toc, mendedBreaks: doc.mendedBreaks.slice(0, MAX_STORED_BREAKS), format });
}

export function reanchor(args: Parameters<typeof reanchorAnnotations>): ReanchorResult[] {
  return reanchorAnnotations(...args);
}

// ——— annotation import (lib/services/import-annotations.ts) ———

/** A file's annotations and replies, read and checked against the API's own limits; or why it is refused. */
export type AnnotationFileOutcome =
  | { ok: true; annotations: ImportedAnnotation[]; replies: ImportedReply[]; warnings: string[] }
  | { ok: false; code: 'bad_json' | 'invalid_import'; message: string; problems?: WordedProblem[] };

/**
 * The API's own schemas for what an import stores: an import may hold nothing the API would refuse (issue 9,
 * finding 5: a 1,000,000-character note was accepted where the API allows 5,000). Each item is parsed by them, so
 * the stored values are the API's too (notes and replies trimmed, as a create through the API trims them).
 */
const ZImportedAnnotationFields = ZCreateAnnotation.pick({ exact: true, kind: true, note: true });
const ZImportedReplyFields = ZCreateReply.pick({ body: true });
const FIELD_NAMES = { exact: 'import.field.exact', note: 'import.field.note', kind: 'import.field.kind' } as const;

/**
 * Reads an uploaded export (JSON text, as received: parsing a few megabytes is itself tens of milliseconds) and
 * checks every item. All or nothing: the first few problems are named, and nothing is stored.
 */
export function readAnnotationFile(jsonText: string): AnnotationFileOutcome {
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch {
    return { ok: false, code: 'bad_json', message: 'error.importNotJson' };
  }
  const parsed = parseW3CExport(json);
  if (!parsed.ok) return { ok: false, code: 'invalid_import', message: parsed.errors.slice(0, 5).join('; ') };
  // Worded by the asker's language in the service (lib/i18n/messages-import.ts): the worker only names the items.
  const problems: WordedProblem[] = [];
  const annotations = parsed.annotations.map((a) => {
    const checked = ZImportedAnnotationFields.safeParse({ exact: a.exact, kind: a.kind, note: a.note });
    if (checked.success) return { ...a, ...checked.data };
    for (const issue of checked.error.issues) {
      const key = issue.code === 'too_big' ? 'import.fieldTooLong' : issue.code === 'too_small' ? 'import.fieldEmpty' : 'import.fieldInvalid';
      problems.push({ key, vars: { id: a.sourceId, field: { key: FIELD_NAMES[String(issue.path[0]) as keyof typeof FIELD_NAMES] ?? 'import.field.note' } } });
    }
    return a;
  });
  const replies = parsed.replies.map((r) => {
    if (r.deleted) return r; // a placeholder keeps no body
    const checked = ZImportedReplyFields.safeParse({ body: r.body });
    if (checked.success) return { ...r, body: checked.data.body };
    problems.push({ key: 'import.replyInvalid', vars: { id: r.sourceId } });
    return r;
  });
  if (problems.length) return { ok: false, code: 'invalid_import', message: 'invalid_import', problems };
  return { ok: true, annotations, replies, warnings: parsed.warnings };
}

/** Where an imported quote sits in the block: at its offsets, or the one place its quote and context occur. */
export function placeInBlock(blockText: string, a: Pick<ImportedAnnotation, 'start' | 'end' | 'exact' | 'prefix' | 'suffix'>): { start: number; end: number } | null {
  if (checkAnchor(blockText, { start: a.start, end: a.end }, a.exact).ok) return { start: a.start, end: a.end };
  const chars = codePoints(blockText);
  const quote = codePoints(a.exact);
  const context = Math.max(codePoints(a.prefix).length, codePoints(a.suffix).length);
  const places: number[] = [];
  for (let i = 0; i + quote.length <= chars.length; i++) {
    if (quote.every((ch, k) => chars[i + k] === ch)) {
      const around = quoteAt(blockText, i, i + quote.length, context);
      if (around.prefix.endsWith(a.prefix) && around.suffix.startsWith(a.suffix)) places.push(i);
    }
  }
  return places.length === 1 ? { start: places[0], end: places[0] + quote.length } : null;
}

export interface PlacementJob {
  /** index into the file's annotations */
  index: number;
  blockText: string;
  anchor: Pick<ImportedAnnotation, 'start' | 'end' | 'exact' | 'prefix' | 'suffix'>;
}

/** Places many quotes (one job per annotation whose block was found); returns the place or null, by index. */
export function placeAnnotations(jobs: PlacementJob[]): { index: number; at: { start: number; end: number; exact: string; prefix: string; suffix: string } | null }[] {
  return jobs.map(({ index, blockText, anchor }) => {
    const at = placeInBlock(blockText, anchor);
    return { index, at: at && { ...at, ...quoteAt(blockText, at.start, at.end) } };
  });
}

// ——— exports (lib/services/exports.ts) ———

export interface ExportTask {
  format: 'jsonld' | 'csv' | 'md';
  /**
   * The records as JSON, a page per string: strings cross to the worker as a copy of their bytes, where thousands
   * of objects would be cloned one by one on the event loop.
   */
  recordPages: string[];
  reflections: ExportReflection[];
  blockOrder: string[];
  /** the group's name, or group · session */
  label: string;
  /** the server's origin, and the export's own IRI (jsonld) */
  base: string;
  id: string;
  locale: Locale;
  /** the reader's zone for the times in CSV and Markdown (else the server's, DISPLAY_TIME_ZONE) */
  timeZone?: string;
}

/**
 * Builds an export file's body — for a group of thousands of annotations, seconds of sorting and formatting — as
 * UTF-8 bytes: encoding megabytes of text would otherwise happen on the event loop when the response is sent.
 */
export function buildExport(task: ExportTask): Uint8Array {
  return Buffer.from(exportText(task));
}

function exportText(task: ExportTask): string {
  const { reflections, blockOrder, locale, timeZone } = task;
  const records = task.recordPages.flatMap((page) => JSON.parse(page) as ExportAnnotation[]);
  switch (task.format) {
    case 'jsonld':
      return JSON.stringify(toAnnotationExportDocument(records, { base: task.base, id: task.id, label: task.label }, reflections), null, 2);
    case 'csv':
      return annotationsToCsv(records, { locale, timeZone, blockOrder, reflections });
    case 'md':
      return annotationsToMarkdown(records, { title: task.label, locale, timeZone, blockOrder, reflections });
  }
}

// ——— passwords ———

/** zxcvbn's check (lib/domain/password-strength.ts): its dictionaries load once per worker, off the event loop. */
export function checkPasswordStrength({ password, userInputs }: { password: string; userInputs: string[] }): boolean {
  return isStrongPassword(password, userInputs);
}
