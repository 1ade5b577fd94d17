/**
 * How well a place in the new version fits a stored anchor: its quote and the words around it are compared with the
 * stored ones, character by character (code points). The score is the share of compared characters that agree.
 *
 * Context is compared only as far as both versions have it. When a paragraph was split just before a quote, the
 * new block starts there and the old prefix has nothing to be compared with: that is missing evidence, not
 * contrary evidence, and the quote and its suffix decide. When two paragraphs were merged, the old block edge is
 * gone and the new text before it is compared with nothing. Short quotes get no such leniency: see isStrict.
 */
import { QUOTE_CONTEXT } from '../anchor';
import { measureEditDistance } from './edit-distance';
import type { IndexedBlock } from './document-index';

/**
 * Quotes shorter than this (code points) say little about where they are: "群众路线" occurs 80 times in the reader.
 * They are placed only where the quote is exact and the context on both sides is exactly the stored one.
 */
export const SHORT_QUOTE = 8;

/**
 * Lowest score accepted: a fifth of the compared characters may differ, room for a few typo fixes in and around a
 * quote. A look-alike has more: "坚持和实践党的群众路线，是党的" in the reader's heading (1), where its own heading
 * (2) was deleted, scores 0.67.
 */
export const MIN_SCORE = 0.8;

/**
 * Fewest characters that must be compared (quote plus the context both versions have): a 4-character quote with
 * 16 characters of context on its sides, say. A whole short block ("编者", a 10-character heading) has no context
 * and would fit any block that repeats it; such an anchor is kept only by its block's path or identical text.
 */
export const MIN_EVIDENCE = 20;

/**
 * Most errors (insertions, deletions, substitutions) allowed within the quote itself, as a share of its length:
 * a typo fixed in an 8-character quote is 1 error; Hypothesis allows half the quote, which is how its users get
 * annotations re-anchored on a different sentence.
 */
export const MAX_QUOTE_ERROR_RATE = 0.25;

/** A stored anchor, split into code points, with where its old block's edges were. */
export interface PreparedAnchor {
  quote: string[];
  prefix: string[];
  suffix: string[];
  /** the stored prefix reaches back to the start of the old block (so the block edge is part of the context) */
  isPrefixAtEdge: boolean;
  /** the stored suffix reaches the end of the old block */
  isSuffixAtEdge: boolean;
}

export interface Candidate {
  /** index of the block in the new version */
  block: number;
  start: number;
  end: number;
  /** edit distance between the stored quote and the new text at [start, end) */
  quoteErrors: number;
  /** code points between the candidate and the old position, in new document coordinates */
  distance: number;
}

export interface ScoredCandidate extends Candidate {
  score: number;
  /** characters compared: the quote and the context both versions have */
  compared: number;
  /** quote and context exactly as stored, block edges included */
  isStrict: boolean;
  /** may be chosen at all: close enough in the quote, strict if the quote is short, enough evidence */
  isEligible: boolean;
}

export function maxQuoteErrors(quoteLength: number): number {
  return Math.floor(quoteLength * MAX_QUOTE_ERROR_RATE);
}

export function scoreCandidate(anchor: PreparedAnchor, block: IndexedBlock, candidate: Candidate): ScoredCandidate {
  const { chars } = block;
  const foundPrefix = chars.slice(Math.max(0, candidate.start - QUOTE_CONTEXT), candidate.start);
  const foundSuffix = chars.slice(candidate.end, candidate.end + QUOTE_CONTEXT);
  const prefix = compareSide(anchor.prefix, foundPrefix, anchor.isPrefixAtEdge, 'prefix');
  const suffix = compareSide(anchor.suffix, foundSuffix, anchor.isSuffixAtEdge, 'suffix');
  const compared = anchor.quote.length + prefix.compared + suffix.compared;
  const errors = candidate.quoteErrors + prefix.errors + suffix.errors;
  const isStrict = candidate.quoteErrors === 0 && prefix.isStrict && suffix.isStrict;
  const isShort = anchor.quote.length < SHORT_QUOTE;
  const isEligible =
    candidate.quoteErrors <= maxQuoteErrors(anchor.quote.length) &&
    (!isShort || isStrict) &&
    compared >= MIN_EVIDENCE;
  return { ...candidate, score: compared === 0 ? 0 : 1 - errors / compared, compared, isStrict, isEligible };
}

/**
 * Compares the stored context on one side with the new one, over the length both have, adjacent to the quote.
 * Strict: the same characters, and the block edge where it was (if the stored side reached it, the new side
 * must stop there too; if not, the new side must be at least as long).
 */
function compareSide(
  stored: readonly string[],
  found: readonly string[],
  isStoredAtEdge: boolean,
  side: 'prefix' | 'suffix',
): { errors: number; compared: number; isStrict: boolean } {
  const length = Math.min(stored.length, found.length);
  const storedPart = side === 'prefix' ? stored.slice(stored.length - length) : stored.slice(0, length);
  const foundPart = side === 'prefix' ? found.slice(found.length - length) : found.slice(0, length);
  const errors = measureEditDistance(storedPart, foundPart);
  const isEdgeKept = isStoredAtEdge ? found.length === stored.length : found.length >= stored.length;
  return { errors, compared: length, isStrict: errors === 0 && isEdgeKept };
}
