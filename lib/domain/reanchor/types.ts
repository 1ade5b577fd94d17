/**
 * The contract of re-anchoring, shared with the revision service: blocks of two versions in reading order, the
 * stored anchors of the old one, and one result per anchor.
 */
export type { AnchorBlock } from './document-index';

/** An annotation's anchor as stored: offsets in code points within its block, the quote and up to 32 around it. */
export interface StoredAnchor {
  id: string;
  blockId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export type ReanchorMethod = 'exact' | 'quote' | 'fuzzy';

/**
 * - stayed: the same words, in the same passage: the block the old one became (the same text under a new path, or
 *   the block it was edited, split or merged into). Offsets may have shifted (a sentence added before it); the
 *   block id changes (ids are per version). `prefix` and `suffix` are present only when the words around the quote
 *   changed: store them, the next revision searches with them.
 * - moved: placed in another passage, or on changed words. `exact`, `prefix` and `suffix` are the new block's text
 *   there (store them: the next revision searches with them). `method` says how it was found: 'exact' the same
 *   offsets in the block with its path or its unchanged text, 'quote' the exact quote found by its context or near
 *   its old position, 'fuzzy' an approximate match. `score` (0–1) is the share of the compared characters (quote
 *   and context) that agree.
 * - orphaned: not placed; `reason` is one of the keys of ORPHAN_REASONS.
 */
export type ReanchorResult =
  | { id: string; status: 'stayed'; blockId: string; start: number; end: number; prefix?: string; suffix?: string }
  | {
      id: string;
      status: 'moved';
      blockId: string;
      start: number;
      end: number;
      method: ReanchorMethod;
      score: number;
      exact: string;
      prefix: string;
      suffix: string;
    }
  | { id: string; status: 'orphaned'; reason: string };

/** Why an anchor was orphaned; the key is the `reason`, stable for the UI to translate. */
export const ORPHAN_REASONS = {
  'invalid-anchor': 'the anchor quotes nothing',
  'unknown-block': "the anchor's block is not in the old version",
  'not-found': 'the quote was not found near its old position',
  'context-changed': 'a short quote was found, but not with the same words around it',
  'too-weak': 'the closest match differs too much from the quote and its context',
  ambiguous: 'two or more places match about equally well',
} as const;

export type OrphanReason = keyof typeof ORPHAN_REASONS;

export interface ReanchorSummary {
  stayed: number;
  moved: number;
  orphaned: number;
}
