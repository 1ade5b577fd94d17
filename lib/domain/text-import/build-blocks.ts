/**
 * Turns mended pieces into blocks with outline paths, and splits run-in points into their heading sentence and
 * the paragraph that follows it.
 *
 * Paths count what is under each heading: "pt1/ch1/s2/p3" is the third paragraph directly under the second
 * section of the first chapter of the first part. A heading nests under the nearest heading above it of a
 * higher level, so a section straight under a part is "pt1/s1". 前言-like sections get a name instead of a
 * number ("preface", then "preface-2" for a second one) and hold paragraphs only: the numbered body never nests
 * in them, and neither do paragraphs after the TOC.
 */
import { codePointLength, codePoints } from '../code-points';
import type { Piece } from './collect-pieces';
import { findFirstSentenceEnd } from './punctuation';
import type { HeadingLevel, ImportedBlock, MendedBreak } from './types';
import { HEADING_DEPTH } from './types';

const PATH_PREFIX: Record<HeadingLevel, string> = { part: 'pt', chapter: 'ch', section: 's', subsection: 'ss' };

/** Code points of context recorded on each side of a mended break. */
const BREAK_CONTEXT = 4;

interface OutlineFrame {
  depth: number;
  path: string;
  isMatter: boolean;
  counts: Map<string, number>;
}

/** A block together with the offsets of page breaks mended inside its text. */
interface PlacedBlock {
  block: ImportedBlock;
  joins: number[];
}

/**
 * Pieces → blocks. Each block records the 1-based source line it starts on only when asked (`recordLines`, for
 * the import preview), so that stored blocks and the pinned outlines stay as they were.
 */
export function buildBlocks(
  pieces: Piece[],
  options: { recordLines?: boolean } = {},
): { blocks: ImportedBlock[]; mendedBreaks: MendedBreak[] } {
  const outline = createOutline();
  const placed: PlacedBlock[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'toc') outline.closeMatter();
    else if (piece.kind === 'heading') placed.push({ block: outline.placeHeading(toHeading(piece)), joins: [] });
    else if (piece.numbering) placed.push(...splitRunIn(piece).map((part) => outline.place(part)));
    else placed.push(outline.place({ block: toParagraph(piece), joins: piece.joins }));
  }
  return {
    blocks: placed.map(({ block }) => (options.recordLines ? block : withoutLine(block))),
    mendedBreaks: placed.flatMap(({ block, joins }) => {
      if (joins.length === 0) return [];
      // Split once per block: a block mended at a million breaks must not be split a million times.
      const chars = codePoints(block.text);
      return joins.map((offset) => describeBreak(block.path, chars, offset));
    }),
  };
}

function createOutline() {
  const root: OutlineFrame = { depth: 0, path: '', isMatter: false, counts: new Map() };
  const stack: OutlineFrame[] = [root];
  const matterSeen = new Map<string, number>();
  const top = () => stack[stack.length - 1];

  function nextPath(parent: OutlineFrame, prefix: string): string {
    const n = (parent.counts.get(prefix) ?? 0) + 1;
    parent.counts.set(prefix, n);
    return parent.path ? `${parent.path}/${prefix}${n}` : `${prefix}${n}`;
  }

  function matterPath(slug: string): string {
    const n = (matterSeen.get(slug) ?? 0) + 1;
    matterSeen.set(slug, n);
    return n === 1 ? slug : `${slug}-${n}`;
  }

  function placeHeading(heading: { block: Omit<ImportedBlock, 'path'>; matterSlug?: string }): ImportedBlock {
    const depth = HEADING_DEPTH[heading.block.level as HeadingLevel];
    if (heading.matterSlug) stack.length = 1;
    else while (stack.length > 1 && (top().depth >= depth || top().isMatter)) stack.pop();
    const path = heading.matterSlug
      ? matterPath(heading.matterSlug)
      : nextPath(top(), PATH_PREFIX[heading.block.level as HeadingLevel]);
    stack.push({ depth, path, isMatter: heading.matterSlug !== undefined, counts: new Map() });
    return { path, ...heading.block };
  }

  function place(part: RunInPart): PlacedBlock {
    if (part.block.kind === 'heading') return { block: placeHeading({ block: part.block }), joins: part.joins };
    return { block: { path: nextPath(top(), 'p'), ...part.block }, joins: part.joins };
  }

  function closeMatter(): void {
    while (stack.length > 1 && top().isMatter) stack.pop();
  }

  return { placeHeading, place, closeMatter };
}

interface RunInPart {
  block: Omit<ImportedBlock, 'path'>;
  joins: number[];
}

function toHeading(piece: Piece): { block: Omit<ImportedBlock, 'path'>; matterSlug?: string } {
  return {
    block: withoutUndefined({
      kind: 'heading',
      level: piece.level,
      label: piece.label,
      text: piece.text,
      subtitle: piece.subtitle,
      line: piece.line,
    }),
    matterSlug: piece.matterSlug,
  };
}

function toParagraph(piece: Piece): Omit<ImportedBlock, 'path'> {
  return withoutUndefined({ kind: 'paragraph', text: piece.text, role: piece.role, line: piece.line });
}

function withoutLine(block: ImportedBlock): ImportedBlock {
  if (block.line === undefined) return block;
  const { line: _line, ...rest } = block;
  return rest;
}

/**
 * Guide line 10 "1. 强调始终把人民群众放在心中最高的位置。总书记指出，…": the first sentence, closing quote
 * included, is the heading; the rest is a paragraph under it. Mended breaks move to whichever part holds them.
 * A numbered paragraph that is one sentence is a plain heading; one with no sentence end at all stays whole.
 */
function splitRunIn(piece: Piece): RunInPart[] {
  const { level, label } = piece.numbering!;
  const chars = codePoints(piece.text);
  const end = findFirstSentenceEnd(piece.text);
  const headingText = end < 0 ? piece.text : chars.slice(0, end).join('').trimEnd();
  const restRaw = end < 0 ? '' : chars.slice(end).join('');
  const rest = restRaw.trimStart();
  const line = piece.line === undefined ? {} : { line: piece.line };
  if (rest === '') {
    return [{ block: { kind: 'heading', level, label, text: headingText, ...line }, joins: piece.joins }];
  }
  const headingLength = codePointLength(headingText);
  const restStart = codePointLength(restRaw) - codePointLength(rest) + end;
  return [
    {
      block: { kind: 'heading', level, label, text: headingText, runIn: true, ...line },
      joins: piece.joins.filter((offset) => offset <= headingLength),
    },
    {
      block: { kind: 'paragraph', text: rest, ...line },
      joins: piece.joins.filter((offset) => offset >= restStart).map((offset) => offset - restStart),
    },
  ];
}

function describeBreak(path: string, chars: string[], offset: number): MendedBreak {
  return {
    path,
    offset,
    before: chars.slice(Math.max(0, offset - BREAK_CONTEXT), offset).join(''),
    after: chars.slice(offset, offset + BREAK_CONTEXT).join(''),
  };
}

/** Optional fields are left out rather than set to undefined, so blocks compare and serialise cleanly. */
function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
