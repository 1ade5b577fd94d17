/**
 * Re-anchoring annotations into a new version of a text. See reanchor-annotations.ts for the steps and
 * score-candidate.ts for what counts as a match.
 */
export { reanchorAnnotations, summariseReanchoring } from './reanchor-annotations';
export { ORPHAN_REASONS } from './types';
export type {
  AnchorBlock,
  OrphanReason,
  ReanchorMethod,
  ReanchorResult,
  ReanchorSummary,
  StoredAnchor,
} from './types';
