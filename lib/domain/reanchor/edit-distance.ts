/**
 * Levenshtein distance over code points (arrays from codePoints()), so an emoji or 𠀋 counts as one character, as a
 * reader sees it; approx-string-match counts UTF-16 units, and its error counts are recomputed here.
 */

/**
 * The number of insertions, deletions and substitutions that turn a into b; with a bound, any distance above it is
 * reported as bound + 1, and only the band of the matrix within the bound is computed (O(n·bound), not O(n·m)).
 */
export function measureEditDistance(a: readonly string[], b: readonly string[], bound = Infinity): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  if (a.length === 0 || b.length === 0) return Math.min(Math.max(a.length, b.length), bound + 1);
  const band = Number.isFinite(bound) ? bound : Math.max(a.length, b.length);
  const tooFar = band + 1;
  let previous = new Array<number>(b.length + 2).fill(tooFar);
  let current = new Array<number>(b.length + 2).fill(tooFar);
  for (let j = 0; j <= Math.min(b.length, band); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(b.length, i + band);
    current[from - 1] = from === 1 && i <= band ? i : tooFar;
    let rowMin = current[from - 1];
    for (let j = from; j <= to; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(substitution, previous[j] + 1, current[j - 1] + 1, tooFar);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    current[to + 1] = tooFar;
    if (rowMin > band) return bound + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length], bound + 1);
}

/**
 * The edit distance from a to the closest prefix of b: how far the words next to a quote are from the stored ones
 * when the far end is open (a deleted word pulls more text into the window; that is not a second difference).
 */
export function measurePrefixDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return Math.min(...previous);
}
