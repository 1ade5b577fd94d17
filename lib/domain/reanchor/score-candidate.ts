/**
 * How well a place in the new version fits a stored anchor: its quote and the words around it are compared with the
 * stored ones, character by character (code points). The score is the share of compared characters that agree.
 *
 * The words around are read across paragraph breaks, in both versions: when a paragraph was split just before a
 * quote, the words before it now end the previous block and still agree; when two were merged, the old neighbour's
 * last words are compared with the merged text. A look-alike at the start of another paragraph is compared with
 * whatever precedes it there, and disagrees. Short quotes are held to more: see SHORT_QUOTE.
 */
import { QUOTE_CONTEXT } from '../anchor';
import { measureEditDistance, measurePrefixDistance } from './edit-distance';
import { readAfter, readBefore, type DocumentIndex } from './document-index';

/**
 * Quotes shorter than this (code points) say little about where they are: "群众路线" occurs 80 times in the reader.
 * They are placed only where the quote is exact and the context agrees all but SHORT_CONTEXT_ERRORS characters.
 */
export const SHORT_QUOTE = 8;

/**
 * Differences allowed in a short quote's context (both sides together, up to 64 characters): one small edit next
 * to it, such as a section renumbered ("4." → "5.") or a typo fixed. A repeated phrase's other occurrences differ
 * from its context by far more: the parallel headings "（1）坚持和实践党的群众路线，是党的领导…" and "（2）…是党的根本…"
 * by over ten.
 */
export const SHORT_CONTEXT_ERRORS = 3;

/**
 * Lowest score accepted: a fifth of the compared characters may differ, room for a few typo fixes in and around a
 * quote. A look-alike scores well below: the same words in another paragraph disagree on both sides (the deleted
 * heading "（2）坚持和实践党的群众路线，是党的根本宗旨的实现途径" found again in heading (1) scores under 0.7).
 */
export const MIN_SCORE = 0.8;

/**
 * How far (code points) from where it is expected a place may be and still count as near. Edits within a
 * paragraph shift a passage by a sentence or two; a long paragraph of the reader runs to 600 code points.
 */
export const LOCAL_REACH = 500;

/**
 * Lowest score accepted for a place farther away than LOCAL_REACH. The texts repeat what they quote: the reader's
 * preface and its first chapter both report the same speech, "…省部级干部进修班学员座谈时强调，领导干部要深刻认识
 * 新形势下群众工作的重要性和紧迫性…", 2,000 code points apart. A passage that truly moved that far is usually
 * unchanged and scores near 1.
 */
export const FAR_MIN_SCORE = 0.95;

/**
 * When the quote itself differs (a fuzzy match), the words around it must vouch for the place: at most this share
 * of the compared context may differ. A typo fixed inside a quote leaves its context alone; a look-alike sentence
 * differs in both.
 */
export const MAX_FUZZY_CONTEXT_ERROR_RATE = 0.1;

/**
 * Least share of each side's context that must agree. The score alone would let a long quote carry a side whose
 * words are all new: when the end of "…组织协调好实施工作。引导鼓励" was deleted with its sentence, the next sentence
 * also begins "引导鼓励", and only the suffix tells that these are other words.
 */
export const MIN_SIDE_AGREEMENT = 0.5;

/**
 * Fewest characters that must be compared (quote plus the context both versions have): a 4-character quote with
 * 16 characters of context on its sides, say. A whole short block ("编者", a 10-character heading) at the very start
 * of a text has little context and would fit any block that repeats it.
 */
export const MIN_EVIDENCE = 20;

/**
 * Most errors (insertions, deletions, substitutions) allowed within the quote itself, as a share of its length:
 * a typo fixed in an 8-character quote is 1 error; Hypothesis allows half the quote, which is how its users get
 * annotations re-anchored on a different sentence.
 */
export const MAX_QUOTE_ERROR_RATE = 0.25;

/**
 * Extra characters of new context read beyond QUOTE_CONTEXT, so that the far end of the comparison is open: when a
 * word next to the quote was deleted, more text moves into view, and that must not count as a second difference.
 */
const CONTEXT_SLACK = 8;

/** A stored anchor, split into code points, with its context also read on across the old version's block edges. */
export interface PreparedAnchor {
  quote: string[];
  /** the stored prefix and suffix, as within the old block */
  prefix: string[];
  suffix: string[];
  /** the stored prefix reached the start of the old block, the stored suffix its end */
  isPrefixAtEdge: boolean;
  isSuffixAtEdge: boolean;
  /** the stored prefix, continued back into the old blocks before it when it reached its block's start */
  widePrefix: string[];
  /** the stored suffix, continued into the old blocks after it when it reached its block's end */
  wideSuffix: string[];
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
  /** share of compared characters that agree, 0–1; 1 for a strict match */
  score: number;
  /** characters compared: the quote and the context both versions have */
  compared: number;
  contextErrors: number;
  /** see isStrictMatch */
  isStrict: boolean;
  /** the score needed here: MIN_SCORE near the expected position, FAR_MIN_SCORE beyond LOCAL_REACH */
  minScore: number;
  /** may be chosen at all: close enough in the quote, held to SHORT_QUOTE's rule if short, enough evidence */
  isEligible: boolean;
}

export function maxQuoteErrors(quoteLength: number): number {
  return Math.floor(quoteLength * MAX_QUOTE_ERROR_RATE);
}

export function scoreCandidate(anchor: PreparedAnchor, index: DocumentIndex, candidate: Candidate): ScoredCandidate {
  const reach = QUOTE_CONTEXT + CONTEXT_SLACK;
  const { chars } = index.blocks[candidate.block];
  const before = readBefore(index, candidate.block, candidate.start, reach).reverse();
  const after = readAfter(index, candidate.block, candidate.end, reach);
  const prefix = chooseCloser(
    compareContext(anchor.widePrefix, before, true),
    anchor.isPrefixAtEdge && candidate.start <= reach
      ? compareWithinBlock(anchor.prefix, chars.slice(0, candidate.start))
      : undefined,
  );
  const suffix = chooseCloser(
    compareContext(anchor.wideSuffix, after, false),
    anchor.isSuffixAtEdge && chars.length - candidate.end <= reach
      ? compareWithinBlock(anchor.suffix, chars.slice(candidate.end))
      : undefined,
  );
  const contextErrors = prefix.errors + suffix.errors;
  const compared = anchor.quote.length + prefix.compared + suffix.compared;
  const isStrict = candidate.quoteErrors === 0 && isStrictMatch(anchor, chars, candidate.start);
  const isShort = anchor.quote.length < SHORT_QUOTE;
  const contextCompared = prefix.compared + suffix.compared;
  const isClose =
    (!isShort || (candidate.quoteErrors === 0 && contextErrors <= SHORT_CONTEXT_ERRORS)) &&
    (candidate.quoteErrors === 0 || contextErrors <= contextCompared * MAX_FUZZY_CONTEXT_ERROR_RATE) &&
    [prefix, suffix].every((side) => side.errors <= side.compared * (1 - MIN_SIDE_AGREEMENT)) &&
    compared >= MIN_EVIDENCE;
  const isEligible = candidate.quoteErrors <= maxQuoteErrors(anchor.quote.length) && (isStrict || isClose);
  const score = isStrict ? 1 : compared === 0 ? 0 : 1 - (candidate.quoteErrors + contextErrors) / compared;
  const minScore = candidate.distance > LOCAL_REACH ? FAR_MIN_SCORE : MIN_SCORE;
  return { ...candidate, score, compared, contextErrors, isStrict, isEligible, minScore };
}

/**
 * The quote exactly at `start` in the block, and the block's own text next to it exactly the stored prefix and
 * suffix, block edges where they were (a stored side that reached the edge must reach it still), with at least
 * MIN_EVIDENCE characters in all: the same words in the same paragraph, whatever changed in the paragraphs around.
 */
export function isStrictMatch(
  anchor: PreparedAnchor,
  chars: readonly string[],
  start: number,
  minEvidence = MIN_EVIDENCE,
): boolean {
  const { quote, prefix, suffix } = anchor;
  const end = start + quote.length;
  const prefixStart = start - prefix.length;
  const suffixEnd = end + suffix.length;
  if (quote.length + prefix.length + suffix.length < minEvidence) return false;
  if (prefixStart < 0 || (anchor.isPrefixAtEdge && prefixStart !== 0)) return false;
  if (suffixEnd > chars.length || (anchor.isSuffixAtEdge && suffixEnd !== chars.length)) return false;
  for (let i = 0; i < quote.length; i++) if (chars[start + i] !== quote[i]) return false;
  for (let i = 0; i < prefix.length; i++) if (chars[prefixStart + i] !== prefix[i]) return false;
  for (let i = 0; i < suffix.length; i++) if (chars[end + i] !== suffix[i]) return false;
  return true;
}

/**
 * When the stored side reached its block's edge and the new side reaches its own block's edge nearby, the two are
 * also compared within their blocks, edge to edge: a paragraph that ends right after the quote in both versions
 * agrees there, whatever the next paragraph now says (a section was inserted after it, say).
 */
function compareWithinBlock(stored: readonly string[], found: readonly string[]): { errors: number; compared: number } {
  return { errors: measureEditDistance(stored, found), compared: stored.length };
}

function chooseCloser(
  wide: { errors: number; compared: number },
  withinBlock: { errors: number; compared: number } | undefined,
): { errors: number; compared: number } {
  return withinBlock && withinBlock.errors < wide.errors ? withinBlock : wide;
}

/**
 * Compares the stored context on one side with the new one, reading outward from the quote (a prefix is passed
 * reversed). The stored side is compared whole, unless the new document ends sooner.
 */
function compareContext(
  stored: readonly string[],
  found: readonly string[],
  isReversed: boolean,
): { errors: number; compared: number } {
  const outward = isReversed ? [...stored].reverse() : stored;
  const length = Math.min(outward.length, found.length);
  const part = outward.slice(0, length);
  const window = length < outward.length ? found.slice(0, length) : found;
  return { errors: measurePrefixDistance(part, window), compared: length };
}
