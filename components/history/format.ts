/** Links and route params shared by the look-back pages (times: lib/i18n/format.ts, in the user's zone). */

/**
 * Where a passage is in the reading view. A thread opens by its annotation (the reader handles #annotation-<id>);
 * a bare paragraph has no element id in the reader, so it is named by `block=<blockId>`, for the reader to scroll to.
 */
export function passageHref(groupId: string, textId: string, at: { annotationId?: string | null; blockId?: string | null }): string {
  const base = `/read/${encodeURIComponent(textId)}?group=${encodeURIComponent(groupId)}`;
  if (at.annotationId) return `${base}#annotation-${encodeURIComponent(at.annotationId)}`;
  if (at.blockId) return `${base}&block=${encodeURIComponent(at.blockId)}`;
  return base;
}

/** Every thread on a paragraph, across the group's sessions. */
export function passageHistoryHref(groupId: string, blockId: string): string {
  return `/groups/${encodeURIComponent(groupId)}/passages/${encodeURIComponent(blockId)}`;
}

/** A route param, percent-decoded once (Next hands some over still encoded); a stray "%" is kept as it is. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
