/**
 * Offsets in Gongdu count Unicode code points, never UTF-16 units: a CJK Extension B character such as 𠀋 or an
 * emoji is one character to a reader and must never be cut in half (../shared/DESIGN.md, rule 4).
 */

/** The string's code points, one array entry each. */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Like String.slice, but start/end count code points. */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  return codePoints(text).slice(start, end).join('');
}

/** The UTF-16 index of a code-point offset (for DOM ranges, which count UTF-16 units). */
export function utf16Index(text: string, codePointOffset: number): number {
  let units = 0;
  let seen = 0;
  for (const ch of text) {
    if (seen === codePointOffset) return units;
    units += ch.length;
    seen++;
  }
  return units;
}

/** The code-point offset of a UTF-16 index; an index inside a surrogate pair rounds down to the pair's start. */
export function codePointOffset(text: string, utf16: number): number {
  let units = 0;
  let seen = 0;
  for (const ch of text) {
    if (units + ch.length > utf16) return seen;
    units += ch.length;
    seen++;
  }
  return seen;
}
