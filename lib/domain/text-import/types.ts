/**
 * The shape of an imported text: what the rest of Gongdu (the database seed, the reader, the TOC) reads. These
 * types are a contract shared with code outside this folder; change them only together with it.
 */

export type HeadingLevel = 'part' | 'chapter' | 'section' | 'subsection';

export const HEADING_DEPTH: Record<HeadingLevel, number> = { part: 1, chapter: 2, section: 3, subsection: 4 };

export interface ImportedBlock {
  /**
   * Stable path in the outline, unique within the document, e.g. "pt1/ch1/s2/ss3" (a heading) or "pt1/ch1/s2/p3"
   * (3rd paragraph directly under that section). Front matter reading sections: "preface", "preface/p1".
   * Paragraphs before any heading: "p1". Paths depend on nothing but the text's structure, so re-importing the
   * same text gives the same paths.
   */
  path: string;
  kind: 'heading' | 'paragraph';
  /** headings only */
  level?: HeadingLevel;
  /** numbering as printed: "一", "1", "（1）", "(3)"; absent for unnumbered headings like 前言 or a part */
  label?: string;
  /**
   * The block's text exactly as in the source line(s): trimmed of surrounding whitespace (full-width spaces
   * included), page-break joins applied, nothing else changed (typos kept). Headings carry their full line.
   */
  text: string;
  /** part subtitle line ("■ 扎根群众，情系民生" is stored as "扎根群众，情系民生") */
  subtitle?: string;
  /** a run-in heading: the first sentence of a numbered paragraph; the rest of it is the next block */
  runIn?: boolean;
  /** 'signature' for a preface's closing signature lines (编者 / 2013年4月) */
  role?: 'signature';
  /**
   * 1-based line of the source where the block starts (a run-in heading and its paragraph share their line). Only
   * when the import was asked to record lines, for the preview where a leader corrects a heading's level.
   */
  line?: number;
}

export interface TocEntry {
  text: string;
  page?: number;
  level: HeadingLevel;
  /** path of the heading it names, if that heading is in the body */
  targetPath?: string;
}

export interface MendedBreak {
  /** block that was joined */
  path: string;
  /** code point offset in the block's text where the second piece starts */
  offset: number;
  /** last 4 code points before the join */
  before: string;
  /** first 4 code points after the join */
  after: string;
}

export interface DocumentMetadata {
  isbn?: string;
  publisher?: string;
  published?: string;
  price?: string;
  cover?: string[];
  cip?: string[];
  colophon?: Record<string, string>;
  [k: string]: unknown;
}

export interface ImportedDocument {
  title: string;
  subtitle?: string;
  byline?: string;
  metadata: DocumentMetadata;
  toc: TocEntry[];
  /** reading matter only, in order; no cover/CIP/colophon/TOC lines */
  blocks: ImportedBlock[];
  mendedBreaks: MendedBreak[];
  /**
   * Lines named in `overrides` that could not be applied: blank, beyond the end, or in the head of the text
   * (title, cover, CIP, colophon), which is metadata, not reading matter. Absent when there are none.
   */
  ignoredOverrides?: number[];
}

export interface OutlineItem {
  path: string;
  level: HeadingLevel;
  text: string;
}
