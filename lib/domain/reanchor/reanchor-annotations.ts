/**
 * Re-anchoring: when a leader saves a new version of a text, every annotation on the old version is placed in the
 * new one or orphaned (../../shared/DESIGN.md, rule 5). Pure: blocks and anchors in, one result per anchor out.
 *
 * Each anchor goes through these steps until one places it:
 * 1. the block with the same path holds the quote at the same offsets, context and block edges as stored;
 * 2. the old block's text is in the new version unchanged (once in each version, in the same order), under
 *    another path; the quote is at the same offsets in it;
 * 3. the quote with its whole stored prefix and suffix occurs exactly once in what the old block became (its
 *    successors: see findSuccessorRanges), whatever its length and wherever offsets around it went;
 * 4. quote: the exact quote occurs near its old position (a window of document offsets around where the old block
 *    is expected now); each occurrence is scored by its context;
 * 5. fuzzy: approximate matches of the quote inside the same window, scored by quote and context together.
 * Searches skip blocks that are another old block's text unchanged: that text was there before, as other passages.
 * A place is taken only if it scores high enough (score-candidate.ts: MIN_SCORE, more when far from where it is
 * expected, an exact quote with its context for short quotes) and no other place comes within AMBIGUITY_MARGIN of
 * it: two about equally good places mean the anchor is orphaned, never put at a guess.
 */
import { codePoints } from '../code-points';
import { QUOTE_CONTEXT } from '../anchor';
import { alignBlocks, estimateNewStarts, findSuccessorRanges } from './align-blocks';
import {
  findBlockAt,
  indexDocument,
  readAfter,
  readBefore,
  type AnchorBlock,
  type DocumentIndex,
  type IndexedBlock,
} from './document-index';
import {
  findApproximateCandidates,
  findContextMatches,
  findExactCandidates,
  type SearchWindow,
} from './find-candidates';
import { createPassageTest, type IsSamePassage } from './passages';
import {
  SHORT_QUOTE,
  maxQuoteErrors,
  isStrictMatch,
  scoreCandidate,
  type PreparedAnchor,
  type ScoredCandidate,
} from './score-candidate';
import type { OrphanReason, ReanchorMethod, ReanchorResult, ReanchorSummary, StoredAnchor } from './types';

/**
 * How far (code points, in the new document) from its expected position a quote is looked for: a few of the
 * reader's paragraphs (they run to 600), so a sentence moved to a neighbouring paragraph is found, while the same
 * phrase in another chapter is not even considered.
 */
export const NEAR_WINDOW = 2000;

/**
 * A place is chosen only if every other place scores at least this much less: otherwise the two are about equally
 * good and the anchor is orphaned. One differing character in 84 compared is 0.012; a look-alike sentence with a
 * different clause around it is 0.2 or more below.
 */
export const AMBIGUITY_MARGIN = 0.1;

/** See limitRange: a few times NEAR_WINDOW, far more than the paragraphs a revision usually touches around one. */
export const SUCCESSOR_SEARCH_LIMIT = 4 * NEAR_WINDOW;

/** Fewest characters of a context side, reaching its block's edge, that count without the edge: see hasEnoughAround. */
export const EDGE_CONTEXT = 8;

/** Re-anchors each anchor made on oldBlocks into newBlocks; results come in the order of the anchors. */
export function reanchorAnnotations(
  oldBlocks: AnchorBlock[],
  newBlocks: AnchorBlock[],
  anchors: StoredAnchor[],
): ReanchorResult[] {
  const oldIndex = indexDocument(oldBlocks);
  const newIndex = indexDocument(newBlocks);
  const aligned = alignBlocks(oldIndex, newIndex);
  const alignedFrom = new Int32Array(newIndex.blocks.length).fill(-1);
  aligned.forEach((to, from) => {
    if (to >= 0) alignedFrom[to] = from;
  });
  const expectedStarts = estimateNewStarts(oldIndex, newIndex, aligned);
  const successors = findSuccessorRanges(aligned, newIndex.blocks.length);
  const isSamePassage = createPassageTest(oldIndex, newIndex, aligned, successors);
  const revision = { oldIndex, newIndex, aligned, alignedFrom, expectedStarts, successors, isSamePassage };
  return anchors.map((anchor) => reanchorOne(anchor, revision));
}

/** Counts for the revision report. */
export function summariseReanchoring(results: ReanchorResult[]): ReanchorSummary {
  const summary: ReanchorSummary = { stayed: 0, moved: 0, orphaned: 0 };
  for (const result of results) summary[result.status]++;
  return summary;
}

interface Revision {
  oldIndex: DocumentIndex;
  newIndex: DocumentIndex;
  /** old block → the new block with its identical text, or -1 */
  aligned: Int32Array;
  /** new block → the old block with its identical text, or -1 */
  alignedFrom: Int32Array;
  expectedStarts: number[];
  /** old block → the new blocks its text may be in now: see findSuccessorRanges */
  successors: { from: number; to: number }[];
  isSamePassage: IsSamePassage;
}

function reanchorOne(anchor: StoredAnchor, revision: Revision): ReanchorResult {
  const { oldIndex, newIndex, aligned, alignedFrom, expectedStarts, successors, isSamePassage } = revision;
  const quote = codePoints(anchor.exact);
  if (quote.length === 0) return orphan(anchor, 'invalid-anchor');
  const oldAt = oldIndex.byId.get(anchor.blockId);
  if (oldAt === undefined) return orphan(anchor, 'unknown-block');
  const oldBlock = oldIndex.blocks[oldAt];
  const prepared = prepareAnchor(anchor, quote, oldIndex, oldAt);
  const successorsOf = successors[oldAt];
  const place = (block: number, start: number, method: ReanchorMethod, score: number, end?: number) =>
    placeAt(anchor, isSamePassage(oldAt, block), newIndex.blocks[block], start, method, score, end);

  // A new block whose text is an old block's, unchanged, holds that block's passages and no other: the texts
  // repeat what they quote (the reader's preface and chapter 1 report one speech in the same 60 words), and a
  // passage deleted in one place must not be found in the unchanged copy.
  const isOpenTo = (block: number) => alignedFrom[block] < 0 || alignedFrom[block] === oldAt;
  const samePath = newIndex.byPath.get(oldBlock.path);
  if (samePath !== undefined && isOpenTo(samePath) && isStrictAt(prepared, anchor, newIndex.blocks[samePath])) {
    return place(samePath, anchor.start, 'exact', 1);
  }
  const partner = aligned[oldAt];
  if (partner >= 0 && isStrictAt(prepared, anchor, newIndex.blocks[partner])) {
    return place(partner, anchor.start, 'exact', 1);
  }
  const expected = expectedStarts[oldAt] + Math.max(0, Math.min(anchor.start, oldBlock.chars.length));
  const window: SearchWindow = { expected, low: expected - NEAR_WINDOW, high: expected + NEAR_WINDOW };
  const inContext = findContextMatches(newIndex, anchor, limitRange(newIndex, successorsOf, window), (block, start) =>
    hasEnoughAround(prepared, newIndex.blocks[block].chars, start),
  );
  if (inContext.length === 1) return place(inContext[0].block, inContext[0].start, 'quote', 1);
  const exact = findExactCandidates(newIndex, anchor.exact, quote.length, window)
    .filter((candidate) => isOpenTo(candidate.block))
    .map((candidate) => scoreCandidate(prepared, newIndex, candidate));
  let choice = choosePlace(exact, quote.length);
  const isPerfect = 'place' in choice && choice.place.score === 1;
  if (!isPerfect && quote.length >= SHORT_QUOTE) {
    const approximate = findApproximateCandidates(newIndex, quote, maxQuoteErrors(quote.length), window, isOpenTo)
      .filter((candidate) => candidate.quoteErrors > 0)
      .map((candidate) => scoreCandidate(prepared, newIndex, candidate));
    choice = choosePlace([...exact, ...approximate], quote.length);
  }
  if ('reason' in choice) return orphan(anchor, choice.reason);
  const { place: chosen } = choice;
  const method: ReanchorMethod = chosen.quoteErrors === 0 ? 'quote' : 'fuzzy';
  return place(chosen.block, chosen.start, method, chosen.score, chosen.end);
}

function prepareAnchor(anchor: StoredAnchor, quote: string[], oldIndex: DocumentIndex, oldAt: number): PreparedAnchor {
  const oldBlock = oldIndex.blocks[oldAt];
  const prefix = codePoints(anchor.prefix);
  const suffix = codePoints(anchor.suffix);
  const isInBlock = anchor.start >= 0 && anchor.end <= oldBlock.chars.length && anchor.start < anchor.end;
  // Without valid offsets, a side shorter than the usual context is taken to have reached the block's edge.
  const isPrefixAtEdge = isInBlock ? anchor.start - prefix.length <= 0 : prefix.length < QUOTE_CONTEXT;
  const isSuffixAtEdge = isInBlock
    ? anchor.end + suffix.length >= oldBlock.chars.length
    : suffix.length < QUOTE_CONTEXT;
  const missing = (side: string[]) => Math.max(0, QUOTE_CONTEXT - side.length);
  const previous = oldIndex.blocks[oldAt - 1];
  const hasNext = oldAt + 1 < oldIndex.blocks.length;
  const before =
    isPrefixAtEdge && previous ? readBefore(oldIndex, oldAt - 1, previous.chars.length, missing(prefix)) : [];
  const after = isSuffixAtEdge && hasNext ? readAfter(oldIndex, oldAt + 1, 0, missing(suffix)) : [];
  return {
    quote,
    prefix,
    suffix,
    isPrefixAtEdge,
    isSuffixAtEdge,
    widePrefix: [...before, ...prefix],
    wideSuffix: [...suffix, ...after],
  };
}

/**
 * Steps 1 and 2 need no search, so they need no minimum of evidence either: a whole short heading ("前言") is
 * placed by its path or its unchanged text, never by a search that could find its words elsewhere.
 */
function isStrictAt(prepared: PreparedAnchor, anchor: StoredAnchor, block: IndexedBlock): boolean {
  return isStrictMatch(prepared, block.chars, anchor.start, 0);
}

/**
 * The successors searched in step 3: all of them, unless they run to more than SUCCESSOR_SEARCH_LIMIT code points
 * (a revision that changed every paragraph, say by a replace-all); then those within the search window, so that no
 * anchor costs a scan of the whole book.
 */
function limitRange(index: DocumentIndex, range: { from: number; to: number }, window: SearchWindow) {
  if (range.to <= range.from) return range;
  const last = index.blocks[range.to - 1];
  const size = last.docStart + last.chars.length - index.blocks[range.from].docStart;
  if (size <= SUCCESSOR_SEARCH_LIMIT) return range;
  const from = Math.max(range.from, findBlockAt(index, Math.max(0, window.low)));
  const to = Math.min(range.to, findBlockAt(index, Math.max(0, window.high)) + 1);
  return { from, to: Math.max(from, to) };
}

/**
 * Step 3 takes the quote and its context as evidence enough, however short the quote. A side of the context that
 * reached its block's edge with fewer than EDGE_CONTEXT characters says little by itself (none at all for a quote
 * that is its whole paragraph): there the edge is part of it, and must still be there. "编者" is found again as a
 * whole block, not as the first words of a new sentence; a quote that was its whole paragraph, not inside a copy of
 * itself put into a longer one.
 */
function hasEnoughAround(prepared: PreparedAnchor, chars: readonly string[], start: number): boolean {
  const { quote, prefix, suffix, isPrefixAtEdge, isSuffixAtEdge } = prepared;
  if (isPrefixAtEdge && prefix.length < EDGE_CONTEXT && start - prefix.length !== 0) return false;
  return !(isSuffixAtEdge && suffix.length < EDGE_CONTEXT && start + quote.length + suffix.length !== chars.length);
}

type Choice = { place: ScoredCandidate } | { reason: OrphanReason };

/**
 * The best eligible place, if it is good enough and clearly better than every other place. Overlapping fuzzy
 * variants of one match (a character more or less at an end) are one place; two exact occurrences at different
 * offsets are two places, even when they overlap.
 */
function choosePlace(candidates: ScoredCandidate[], quoteLength: number): Choice {
  if (candidates.length === 0) return { reason: 'not-found' };
  const eligible = candidates.filter((candidate) => candidate.isEligible);
  if (eligible.length === 0) return { reason: quoteLength < SHORT_QUOTE ? 'context-changed' : 'too-weak' };
  const best = eligible.reduce((a, b) => (isBetter(b, a) ? b : a));
  const isContested = eligible.some(
    (other) => !isSamePlace(other, best) && other.score >= best.score - AMBIGUITY_MARGIN,
  );
  if (isContested) return { reason: 'ambiguous' };
  if (best.score < best.minScore) return { reason: 'too-weak' };
  return { place: best };
}

function isBetter(a: ScoredCandidate, b: ScoredCandidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.quoteErrors !== b.quoteErrors) return a.quoteErrors < b.quoteErrors;
  return a.distance < b.distance;
}

function isSamePlace(a: ScoredCandidate, b: ScoredCandidate): boolean {
  if (a.block !== b.block || a.end <= b.start || b.end <= a.start) return false;
  return !(a.quoteErrors === 0 && b.quoteErrors === 0 && a.start !== b.start);
}

/**
 * The result for a place: 'stayed' when it is in the same passage (passages.ts: the old block's unchanged text,
 * or the block it was edited, split or merged into) on the same words, wherever the offsets went; else 'moved'.
 */
function placeAt(
  anchor: StoredAnchor,
  isSamePassage: boolean,
  block: IndexedBlock,
  start: number,
  method: ReanchorMethod,
  score: number,
  end = start + codePoints(anchor.exact).length,
): ReanchorResult {
  const exact = block.chars.slice(start, end).join('');
  const prefix = block.chars.slice(Math.max(0, start - QUOTE_CONTEXT), start).join('');
  const suffix = block.chars.slice(end, end + QUOTE_CONTEXT).join('');
  if (isSamePassage && exact === anchor.exact) {
    const stayed: ReanchorResult = { id: anchor.id, status: 'stayed', blockId: block.id, start, end };
    return prefix === anchor.prefix && suffix === anchor.suffix ? stayed : { ...stayed, prefix, suffix };
  }
  const rounded = Math.round(score * 1000) / 1000;
  return {
    id: anchor.id,
    status: 'moved',
    blockId: block.id,
    start,
    end,
    method,
    score: rounded,
    exact,
    prefix,
    suffix,
  };
}

function orphan(anchor: StoredAnchor, reason: OrphanReason): ReanchorResult {
  return { id: anchor.id, status: 'orphaned', reason };
}
