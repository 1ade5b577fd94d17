/**
 * Places in the new version where a quote might be, within a window of document offsets around where it is
 * expected: exact occurrences (indexOf over the joined text), or approximate ones (approx-string-match, the library
 * Hypothesis anchors with, run block by block inside the window only). Matches that run across a block edge or
 * start or end inside a surrogate pair are dropped; offsets come back in code points.
 */
import search from 'approx-string-match';
import type { Candidate } from './score-candidate';
import { findBlockAt, type DocumentIndex } from './document-index';
import { measureEditDistance } from './edit-distance';
import { codePointLength } from '../code-points';

/**
 * approx-string-match reports only the matches with the fewest errors. An exact copy of the quote elsewhere in a
 * block would hide the edited true passage, so each round blanks out what was found and searches again; three
 * rounds cover a phrase repeated twice besides the passage itself.
 */
const FUZZY_ROUNDS = 3;

/** What no quote contains: found spans are overwritten with it between rounds. */
const BLANK = '\u0000';

export interface SearchWindow {
  /** expected document offset of the quote's start */
  expected: number;
  low: number;
  high: number;
}

export function findExactCandidates(
  index: DocumentIndex,
  quote: string,
  length: number,
  window: SearchWindow,
): Candidate[] {
  const candidates: Candidate[] = [];
  if (index.blocks.length === 0) return candidates;
  const { joined, offsetOfUnit, unitOfOffset } = index;
  let from = unitOfOffset[Math.max(0, Math.min(window.low, unitOfOffset.length - 1))];
  for (;;) {
    const at = joined.indexOf(quote, from);
    if (at < 0) break;
    from = at + 1;
    const offset = offsetOfUnit[at];
    if (offset < 0) continue;
    if (offset > window.high) break;
    const blockAt = findBlockAt(index, offset);
    const block = index.blocks[blockAt];
    const start = offset - block.docStart;
    if (start + length > block.chars.length) continue;
    candidates.push({
      block: blockAt,
      start,
      end: start + length,
      quoteErrors: 0,
      distance: Math.abs(offset - window.expected),
    });
  }
  return candidates;
}

/**
 * Where the quote occurs with its whole stored prefix and suffix right next to it, within the new blocks
 * [from, to): the block and the quote's start in code points, one entry per occurrence (overlapping ones too).
 * `isAllowed` may refuse an occurrence (by its block edges, say).
 */
export function findContextMatches(
  index: DocumentIndex,
  context: { prefix: string; exact: string; suffix: string },
  range: { from: number; to: number },
  isAllowed: (block: number, start: number) => boolean = () => true,
): { block: number; start: number }[] {
  const whole = context.prefix + context.exact + context.suffix;
  const prefixLength = codePointLength(context.prefix);
  const matches: { block: number; start: number }[] = [];
  for (let blockAt = range.from; blockAt < range.to; blockAt++) {
    const { text } = index.blocks[blockAt];
    for (let at = text.indexOf(whole); at >= 0; at = text.indexOf(whole, at + 1)) {
      const start = codePointLength(text.slice(0, at)) + prefixLength;
      if (isAllowed(blockAt, start)) matches.push({ block: blockAt, start });
    }
  }
  return matches;
}

export function findApproximateCandidates(
  index: DocumentIndex,
  quote: string[],
  maxErrors: number,
  window: SearchWindow,
  isOpen: (block: number) => boolean = () => true,
): Candidate[] {
  if (index.blocks.length === 0 || maxErrors <= 0) return [];
  const pattern = quote.join('');
  // approx-string-match counts UTF-16 units: a changed emoji is two errors to it, one to a reader.
  const unitErrors = pattern.length > quote.length ? maxErrors * 2 : maxErrors;
  const reach = quote.length + maxErrors;
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  const first = findBlockAt(index, Math.max(0, window.low));
  const last = findBlockAt(index, window.high);
  for (let blockAt = first; blockAt <= last; blockAt++) {
    if (!isOpen(blockAt)) continue;
    const block = index.blocks[blockAt];
    const from = Math.max(0, window.low - block.docStart - reach);
    const to = Math.min(block.chars.length, window.high - block.docStart + reach);
    if (to - from < quote.length - maxErrors) continue;
    const segment = block.chars.slice(from, to);
    const offsetOfUnit = mapUnitsToOffsets(segment);
    let text = segment.join('');
    for (let round = 0; round < FUZZY_ROUNDS; round++) {
      const matches = search(text, pattern, unitErrors);
      if (matches.length === 0) break;
      for (const match of matches) {
        const start = offsetOfUnit[match.start];
        const end = offsetOfUnit[match.end];
        if (start < 0 || end < 0 || end <= start) continue;
        for (const variant of listStartVariants(quote, segment, start, end, maxErrors)) {
          const key = `${blockAt}:${from + variant.start}:${from + end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          candidates.push({
            block: blockAt,
            start: from + variant.start,
            end: from + end,
            quoteErrors: variant.errors,
            distance: Math.abs(block.docStart + from + variant.start - window.expected),
          });
        }
      }
      text = blankOut(text, matches);
    }
  }
  return candidates;
}

/**
 * approx-string-match gives the leftmost start among equally close alignments: "记不要充当…" found in "，切忌充当…"
 * starts at "，" as well as at "忌". Every start up to maxErrors further right that is still close enough is
 * offered, and the context decides between them.
 */
function listStartVariants(
  quote: string[],
  segment: string[],
  start: number,
  end: number,
  maxErrors: number,
): { start: number; errors: number }[] {
  const variants: { start: number; errors: number }[] = [];
  for (let at = start; at <= start + maxErrors && at < end; at++) {
    const errors = measureEditDistance(quote, segment.slice(at, end), maxErrors);
    if (errors <= maxErrors) variants.push({ start: at, errors });
  }
  return variants;
}

/** UTF-16 index → code-point offset within the segment, -1 for the second unit of a surrogate pair. */
function mapUnitsToOffsets(chars: string[]): Int32Array {
  const units = chars.reduce((sum, ch) => sum + ch.length, 0);
  const offsets = new Int32Array(units + 1);
  let unit = 0;
  chars.forEach((ch, offset) => {
    offsets[unit] = offset;
    if (ch.length === 2) offsets[unit + 1] = -1;
    unit += ch.length;
  });
  offsets[units] = chars.length;
  return offsets;
}

function blankOut(text: string, matches: { start: number; end: number }[]): string {
  const units = text.split('');
  for (const { start, end } of matches) for (let i = start; i < end; i++) units[i] = BLANK;
  return units.join('');
}
