/**
 * The CPU-heavy jobs that run in the worker pool (lib/services/cpu-pool.ts), never on the server's event loop:
 * reading an uploaded text into blocks, and re-anchoring a group's annotations into a revised text. Pure: they
 * import only lib/domain, and take and return plain data (structured-cloned across threads), so what they return
 * is kept small — a count of mended breaks rather than a million of them, the stored metadata already as a string.
 */
import { createHash } from 'node:crypto';
import { reanchorAnnotations, type ReanchorResult } from '../domain/reanchor';
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
