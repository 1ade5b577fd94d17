/**
 * First pass over the reading matter: one piece per non-blank line (the texts hold a paragraph on one line; only
 * a page break splits one), the TOC lifted out into entries, and a part's "■" line attached to its part.
 */
import { codePointLength } from '../code-points';
import { classifyLine, type LineShape, type NumberingLevels } from './classify-line';
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
  numbering?: { level: HeadingLevel; label: string };
  role?: 'signature';
  /** code point offsets in text where a page break was mended */
  joins: number[];
  /** 1-based source line where the piece starts */
  line?: number;
  /** classified by the leader (an override): never joined to a neighbour across a page break */
  isFixed?: boolean;
}

/** A leader's correction of how one line was read: a heading of the given level, or a plain paragraph. */
export type LineOverride = HeadingLevel | 'paragraph';

export interface CollectOptions {
  levels: NumberingLevels;
  /** by 1-based source line */
  overrides?: Record<number, LineOverride>;
}

/** A preface's signature lines are short: reader line 72 "编者", line 74 "2013年4月". */
const MAX_SIGNATURE_LENGTH = 30;

export function collectPieces(
  lines: string[],
  start: number,
  options: CollectOptions,
): { pieces: Piece[]; toc: TocEntry[]; appliedOverrides: number[] } {
  const pieces: Piece[] = [];
  const toc: TocEntry[] = [];
  const appliedOverrides: number[] = [];
  let isInToc = false;
  for (let i = start; i < lines.length; i++) {
    const shape = classifyLine(lines[i], options.levels);
    if (shape.kind === 'blank') continue;
    const override = options.overrides?.[i + 1];
    if (override !== undefined) {
      isInToc = false;
      pieces.push(applyOverride(shape, override, i + 1));
      appliedOverrides.push(i + 1);
      continue;
    }
    if (isInToc) {
      const entry = parseTocLine(lines[i], options.levels);
      if (entry) {
        toc.push(entry);
        continue;
      }
      isInToc = false;
    }
    const line = i + 1;
    switch (shape.kind) {
      case 'toc-header':
        isInToc = true;
        pieces.push({ kind: 'toc', text: shape.text, joins: [], line });
        break;
      case 'matter':
        pieces.push({ kind: 'heading', text: shape.text, level: 'part', matterSlug: shape.slug, joins: [], line });
        break;
      case 'part':
        pieces.push({ kind: 'heading', text: shape.text, level: 'part', label: shape.label, joins: [], line });
        break;
      case 'mark':
        attachSubtitle(pieces, shape.text, shape.subtitle, line);
        break;
      case 'numbered':
        pieces.push(
          shape.isStandalone
            ? { kind: 'heading', text: shape.text, level: shape.level, label: shape.label, joins: [], line }
            : {
                kind: 'paragraph',
                text: shape.text,
                numbering: { level: shape.level, label: shape.label },
                joins: [],
                line,
              },
        );
        break;
      case 'text':
        pieces.push({ kind: 'paragraph', text: shape.text, joins: [], line });
        break;
    }
  }
  markSignatures(pieces);
  return { pieces, toc, appliedOverrides };
}

/**
 * A line read the way the leader said. Demoted to a paragraph, it is the whole line, with no run-in heading. Made a
 * heading, a numbered line keeps its label, and a run-in point its split (the override names the level of its
 * heading sentence); any other line becomes a heading as a whole. Either way it is fixed: a heading or paragraph
 * the leader placed is not joined to its neighbours by the page-break mending.
 */
function applyOverride(shape: Exclude<LineShape, { kind: 'blank' }>, override: LineOverride, line: number): Piece {
  if (override === 'paragraph') return { kind: 'paragraph', text: shape.text, joins: [], line, isFixed: true };
  const label = shape.kind === 'numbered' || shape.kind === 'part' ? shape.label : undefined;
  if (shape.kind === 'numbered' && !shape.isStandalone) {
    const numbering = { level: override, label: shape.label };
    return { kind: 'paragraph', text: shape.text, numbering, joins: [], line, isFixed: true };
  }
  return { kind: 'heading', text: shape.text, level: override, label, joins: [], line, isFixed: true };
}

/**
 * Reader line 101 "■ 扎根群众，情系民生" names the part just above it (blank lines between). A "■" line
 * anywhere else is a bullet in the text and stays a paragraph.
 */
function attachSubtitle(pieces: Piece[], text: string, subtitle: string, line: number): void {
  const previous = pieces[pieces.length - 1];
  const isBarePart =
    previous?.kind === 'heading' &&
    previous.level === 'part' &&
    previous.matterSlug === undefined &&
    previous.subtitle === undefined;
  if (isBarePart) previous.subtitle = subtitle;
  else pieces.push({ kind: 'paragraph', text, joins: [], line });
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
