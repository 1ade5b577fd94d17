/**
 * What the pieces of a thread card share: how a change reaches the page's state, and what is left of a thread
 * after one.
 */
import type { ClientAnnotation } from './reader-model';

/** Applies a change to this thread; returning null takes it off the page. */
export type ThreadUpdate = (update: (annotation: ClientAnnotation) => ClientAnnotation | null) => void;

/** What is left of a thread after a change: a deleted annotation stays only while it holds live replies. */
export function keepIfNeeded(annotation: ClientAnnotation): ClientAnnotation | null {
  return annotation.deleted && !annotation.replies.some((r) => !r.deleted) ? null : annotation;
}

/** The quiet text buttons of a card (resolve, pin, hide, edit). */
export const smallButton = 'text-stone-500 hover:text-stone-900 disabled:opacity-50';
