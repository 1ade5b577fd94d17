/**
 * Text import: uploaded bytes → text (decode-source.ts); plain text in the texts' own layout (import-plain-text.ts)
 * or Markdown (import-markdown.ts) → outline blocks, TOC and metadata.
 */
import type { ImportedDocument, OutlineItem } from './types';

export { decodeSource, formatByteLimit, type DecodedSource, type DecodeErrorCode } from './decode-source';
export { importMarkdown } from './import-markdown';
export { importPlainText, type ImportOptions, type LineOverride } from './import-plain-text';
export { detectTextFormat, importText, type TextFormat } from './import-text';
export { HEADING_DEPTH } from './types';
export type {
  DocumentMetadata,
  HeadingLevel,
  ImportedBlock,
  ImportedDocument,
  MendedBreak,
  OutlineItem,
  TocEntry,
} from './types';

/** The document's headings in order, as the TOC and the tests see them. */
export function outlineOf(doc: ImportedDocument): OutlineItem[] {
  return doc.blocks
    .filter((block) => block.kind === 'heading')
    .map((block) => ({ path: block.path, level: block.level!, text: block.text }));
}
