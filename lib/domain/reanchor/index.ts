/**
 * Re-anchoring annotations into a new version of a text. See reanchor-annotations.ts for the steps and
 * score-candidate.ts for what counts as a match.
 */
export { reanchorAnnotations, summariseReanchoring, AMBIGUITY_MARGIN, NEAR_WINDOW } from './reanchor-annotations';
export { MIN_EVIDENCE, MIN_SCORE, MAX_QUOTE_ERROR_RATE, SHORT_QUOTE } from './score-candidate';
export { ORPHAN_REASONS } from './types';
export type {
  AnchorBlock,
  OrphanReason,
  ReanchorMethod,
  ReanchorResult,
  ReanchorSummary,
  StoredAnchor,
} from './types';
