/**
 * Text import: plain text in the texts' own layout → outline blocks, TOC and metadata. See import-plain-text.ts.
 */
import type { ImportedDocument, OutlineItem } from './types';

export { importPlainText, type ImportOptions } from './import-plain-text';
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
