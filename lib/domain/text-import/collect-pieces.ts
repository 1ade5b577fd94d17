/**
 * First pass over the reading matter: one piece per non-blank line (the texts hold a paragraph on one line; only
 * a page break splits one), the TOC lifted out into entries, and a part's "■" line attached to its part.
 */
import { codePointLength } from '../code-points';
import { classifyLine, type NumberedLevel } from './classify-line';
import { hasClosingPunctuation } from './punctuation';
import { parseTocLine } from './toc';
import type { HeadingLevel, TocEntry } from './types';

export interface Piece {
  kind: 'heading' | 'paragraph' | 'toc';
  text: string;
  level?: HeadingLevel;
  label?: string;
  subtitle?: string;
  /** set on 前言-like headings: the path they get ("preface") */
  matterSlug?: string;
  /** a paragraph opening with a number ("1. 强调…。总书记指出…"): its first sentence becomes a run-in heading */
  numbering?: { level: NumberedLevel; label: string };
  role?: 'signature';
  /** code point offsets in text where a page break was mended */
  joins: number[];
}

/** A preface's signature lines are short: reader line 72 "编者", line 74 "2013年4月". */
const MAX_SIGNATURE_LENGTH = 30;

export function collectPieces(lines: string[], start: number): { pieces: Piece[]; toc: TocEntry[] } {
  const pieces: Piece[] = [];
  const toc: TocEntry[] = [];
  let isInToc = false;
  for (let i = start; i < lines.length; i++) {
    const shape = classifyLine(lines[i]);
    if (shape.kind === 'blank') continue;
    if (isInToc) {
      const entry = parseTocLine(lines[i]);
      if (entry) {
        toc.push(entry);
        continue;
      }
      isInToc = false;
    }
    switch (shape.kind) {
      case 'toc-header':
        isInToc = true;
        pieces.push({ kind: 'toc', text: shape.text, joins: [] });
        break;
      case 'matter':
        pieces.push({ kind: 'heading', text: shape.text, level: 'part', matterSlug: shape.slug, joins: [] });
        break;
      case 'part':
        pieces.push({ kind: 'heading', text: shape.text, level: 'part', label: shape.label, joins: [] });
        break;
      case 'mark':
        attachSubtitle(pieces, shape.text, shape.subtitle);
        break;
      case 'numbered':
        pieces.push(
          shape.isStandalone
            ? { kind: 'heading', text: shape.text, level: shape.level, label: shape.label, joins: [] }
            : { kind: 'paragraph', text: shape.text, numbering: { level: shape.level, label: shape.label }, joins: [] },
        );
        break;
      case 'text':
        pieces.push({ kind: 'paragraph', text: shape.text, joins: [] });
        break;
    }
  }
  markSignatures(pieces);
  return { pieces, toc };
}

/**
 * Reader line 101 "■ 扎根群众，情系民生" names the part just above it (blank lines between). A "■" line
 * anywhere else is a bullet in the text and stays a paragraph.
 */
function attachSubtitle(pieces: Piece[], text: string, subtitle: string): void {
  const previous = pieces[pieces.length - 1];
  const isBarePart =
    previous?.kind === 'heading' &&
    previous.level === 'part' &&
    previous.matterSlug === undefined &&
    previous.subtitle === undefined;
  if (isBarePart) previous.subtitle = subtitle;
  else pieces.push({ kind: 'paragraph', text, joins: [] });
}

/**
 * The short lines without closing punctuation that end a 前言-like section are its signature (reader lines 72,
 * 74), not text cut by a page break: marking them keeps "编者" and "2013年4月" from being joined to each other.
 * They count only after a complete paragraph, so a section of short lines is left alone.
 */
function markSignatures(pieces: Piece[]): void {
  pieces.forEach((piece, at) => {
    if (piece.matterSlug === undefined) return;
    let end = at + 1;
    while (end < pieces.length && pieces[end].kind === 'paragraph') end++;
    let first = end;
    while (first > at + 1 && isSignatureLike(pieces[first - 1])) first--;
    if (first === at + 1 || !hasClosingPunctuation(pieces[first - 1].text)) return;
    for (let i = first; i < end; i++) pieces[i].role = 'signature';
  });
}

function isSignatureLike(piece: Piece): boolean {
  return (
    piece.numbering === undefined &&
    codePointLength(piece.text) <= MAX_SIGNATURE_LENGTH &&
    !hasClosingPunctuation(piece.text)
  );
}
