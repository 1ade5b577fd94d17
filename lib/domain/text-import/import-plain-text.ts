/**
 * Imports a plain-text reading text (UTF-8, one paragraph per line, as kept in content/texts) into an outline of
 * blocks, its printed TOC and its book metadata. Pure: the caller reads the file.
 *
 * Steps: read the head (title, or a book's cover/CIP/colophon) → one piece per line, TOC lifted out → mend page
 * breaks → give blocks their outline paths, splitting run-in points → link TOC entries to headings.
 */
import { buildBlocks } from './build-blocks';
import { collectPieces } from './collect-pieces';
import { readDocumentHead } from './document-head';
import { mendPageBreaks } from './mend-page-breaks';
import { linkTocEntries } from './toc';
import type { ImportedDocument } from './types';

export interface ImportOptions {
  /** the text's name in the library; the title when the text prints none */
  slug?: string;
}

export function importPlainText(source: string, opts: ImportOptions = {}): ImportedDocument {
  const lines = splitLines(source);
  const head = readDocumentHead(lines);
  const { pieces, toc } = collectPieces(lines, head.bodyStart);
  const { blocks, mendedBreaks } = buildBlocks(mendPageBreaks(pieces));
  const document: ImportedDocument = {
    title: head.title ?? opts.slug ?? '',
    metadata: head.metadata,
    toc: linkTocEntries(toc, blocks),
    blocks,
    mendedBreaks,
  };
  if (head.subtitle) document.subtitle = head.subtitle;
  if (head.byline) document.byline = head.byline;
  return document;
}

/** A byte order mark is not text, and files saved on Windows end their lines in CR LF. */
function splitLines(source: string): string[] {
  return source.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
}
