/**
 * Cutting a block's text into runs for display: every place where the set of annotations covering the text
 * changes starts a new segment, so overlapping highlights render as nested marks without ever splitting a
 * character. Offsets are code points (see code-points.ts): 𠀋 or 😀 is one position, never two halves.
 */
import { codePoints } from './code-points';

export interface HighlightRange {
  id: string;
  /** first code point covered */
  start: number;
  /** first code point after the range */
  end: number;
}

export interface HighlightSegment {
  text: string;
  /** code-point offsets of the segment within the block */
  start: number;
  end: number;
  /**
   * Ids of the ranges covering the segment, outermost first: longer ranges before shorter ones (ties: the one
   * starting earlier, then the order given). Rendering them as nested marks in this order puts the shortest range
   * innermost, where a click lands first.
   */
  ids: string[];
}

/**
 * Splits `text` by the given ranges. Ranges are clamped to the text; empty or inverted ranges are ignored (an
 * annotation whose block changed length must not break the page). Concatenating the segments' text gives `text`
 * back exactly; an empty text gives no segments.
 */
export function highlightSegments(text: string, ranges: readonly HighlightRange[]): HighlightSegment[] {
  const chars = codePoints(text);
  const length = chars.length;
  if (length === 0) return [];

  const usable = ranges
    .map((range, order) => ({ id: range.id, start: Math.max(0, Math.floor(range.start)), end: Math.min(length, Math.floor(range.end)), order }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);

  const cuts = new Set<number>([0, length]);
  for (const range of usable) {
    cuts.add(range.start);
    cuts.add(range.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);

  const segments: HighlightSegment[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const start = bounds[i];
    const end = bounds[i + 1];
    const ids = usable.filter((range) => range.start <= start && range.end >= end).map((range) => range.id);
    segments.push({ text: chars.slice(start, end).join(''), start, end, ids });
  }
  return segments;
}
