/**
 * Imports a plain-text reading text (UTF-8, one paragraph per line, as kept in content/texts) into an outline of
 * blocks, its printed TOC and its book metadata. Pure: the caller reads the file.
 *
 * Steps: read the head (title, or a book's cover/CIP/colophon) → rank the numbering styles the text uses → one
 * piece per line, TOC lifted out, the leader's overrides applied → mend page breaks → give blocks their outline
 * paths, splitting run-in points → link TOC entries to headings.
 */
import { buildBlocks } from './build-blocks';
import { classifyLine, rankNumberingStyles, type NumberingLevels, type NumberingStyle } from './classify-line';
import { collectPieces, type LineOverride } from './collect-pieces';
import { readDocumentHead } from './document-head';
import { mendPageBreaks } from './mend-page-breaks';
import { linkTocEntries } from './toc';
import type { ImportedDocument } from './types';

export type { LineOverride } from './collect-pieces';

export interface ImportOptions {
  /** the text's name in the library; the title when the text prints none */
  slug?: string;
  /**
   * The leader's corrections from the preview, by 1-based source line: a heading of this level, or 'paragraph'
   * for a line wrongly taken for a heading. See ImportedDocument.ignoredOverrides for lines that cannot take one.
   */
  overrides?: Record<number, LineOverride>;
  /** record each block's source line (ImportedBlock.line), for the preview */
  recordLines?: boolean;
}

export function importPlainText(source: string, opts: ImportOptions = {}): ImportedDocument {
  const lines = splitLines(source);
  const head = readDocumentHead(lines);
  const levels = rankLevels(lines, head.bodyStart);
  const { pieces, toc, appliedOverrides } = collectPieces(lines, head.bodyStart, { levels, overrides: opts.overrides });
  const { blocks, mendedBreaks } = buildBlocks(mendPageBreaks(pieces), { recordLines: opts.recordLines });
  const document: ImportedDocument = {
    title: head.title ?? opts.slug ?? '',
    metadata: head.metadata,
    toc: linkTocEntries(toc, blocks),
    blocks,
    mendedBreaks,
  };
  if (head.subtitle) document.subtitle = head.subtitle;
  if (head.byline) document.byline = head.byline;
  const ignored = Object.keys(opts.overrides ?? {})
    .map(Number)
    .filter((line) => !appliedOverrides.includes(line))
    .sort((a, b) => a - b);
  if (ignored.length > 0) document.ignoredOverrides = ignored;
  return document;
}

/** A byte order mark is not text, and files saved on Windows end their lines in CR LF. */
function splitLines(source: string): string[] {
  return source.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
}

/** The numbering styles and parts that the reading matter (TOC included) uses, ranked into levels. */
function rankLevels(lines: string[], bodyStart: number): NumberingLevels {
  const styles = new Set<NumberingStyle>();
  let hasParts = false;
  for (let i = bodyStart; i < lines.length; i++) {
    const shape = classifyLine(lines[i]);
    if (shape.kind === 'numbered') styles.add(shape.style);
    if (shape.kind === 'part') hasParts = true;
  }
  return rankNumberingStyles(styles, hasParts);
}
