/**
 * One entry point for an uploaded text: plain text (.txt, in the starting library's layout) or Markdown (.md).
 */
import { importMarkdown } from './import-markdown';
import { importPlainText, type ImportOptions } from './import-plain-text';
import type { ImportedDocument } from './types';

export type TextFormat = 'plain' | 'markdown';

export function importText(source: string, opts: ImportOptions & { format: TextFormat }): ImportedDocument {
  const { format, ...rest } = opts;
  return format === 'markdown' ? importMarkdown(source, rest) : importPlainText(source, rest);
}

/** The format a file's name says: .md and .markdown are Markdown, anything else is read as plain text. */
export function detectTextFormat(fileName: string): TextFormat {
  return /\.(?:md|markdown)$/iu.test(fileName.trim()) ? 'markdown' : 'plain';
}
