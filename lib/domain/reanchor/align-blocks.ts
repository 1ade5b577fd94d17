/**
 * Which block of the new version each old block became, where that is certain, and where in the new document each
 * old block is expected to start. A revision changes a few paragraphs and shifts everything after them; measuring
 * "near the old position" against the shifted position keeps the search window small even after a long section
 * was inserted before the annotation.
 */
import type { DocumentIndex } from './document-index';

/**
 * Pairs old block i with new block j (result[i] = j, or -1) when their texts are identical and, like the lines of a
 * patience diff, occur once in each version, keeping only pairs in the same order in both; runs of identical
 * neighbours (a repeated "正文。" between two such pairs) are then paired outward from them.
 */
export function alignBlocks(oldIndex: DocumentIndex, newIndex: DocumentIndex): Int32Array {
  const oldTexts = oldIndex.blocks.map((block) => block.text);
  const newTexts = newIndex.blocks.map((block) => block.text);
  const oldSeen = countTexts(oldTexts);
  const newSeen = countTexts(newTexts);
  const pairs: [number, number][] = [];
  oldTexts.forEach((text, i) => {
    const inOld = oldSeen.get(text)!;
    const inNew = newSeen.get(text);
    if (inOld.count === 1 && inNew?.count === 1) pairs.push([i, inNew.first]);
  });
  const aligned = new Int32Array(oldTexts.length).fill(-1);
  const taken = new Uint8Array(newTexts.length);
  for (const [i, j] of keepIncreasing(pairs)) {
    aligned[i] = j;
    taken[j] = 1;
  }
  for (let i = 0; i < oldTexts.length; i++) {
    for (let k = i + 1, j = aligned[i] + 1; aligned[i] >= 0 && k < oldTexts.length && j < newTexts.length; k++, j++) {
      if (aligned[k] >= 0 || taken[j] || oldTexts[k] !== newTexts[j]) break;
      aligned[k] = j;
      taken[j] = 1;
    }
  }
  for (let i = oldTexts.length - 1; i >= 0; i--) {
    for (let k = i - 1, j = aligned[i] - 1; aligned[i] >= 0 && k >= 0 && j >= 0; k--, j--) {
      if (aligned[k] >= 0 || taken[j] || oldTexts[k] !== newTexts[j]) break;
      aligned[k] = j;
      taken[j] = 1;
    }
  }
  return aligned;
}

/**
 * The new document offset where each old block is expected to start: its partner's start when it has one, else
 * its old start shifted as much as the nearest paired block before it was (or, at the top, after it).
 */
export function estimateNewStarts(oldIndex: DocumentIndex, newIndex: DocumentIndex, aligned: Int32Array): number[] {
  const count = oldIndex.blocks.length;
  const shiftBefore = new Array<number | undefined>(count);
  let shift: number | undefined;
  for (let i = 0; i < count; i++) {
    if (aligned[i] >= 0) shift = newIndex.blocks[aligned[i]].docStart - oldIndex.blocks[i].docStart;
    shiftBefore[i] = shift;
  }
  let shiftAfter: number | undefined;
  const starts = new Array<number>(count);
  for (let i = count - 1; i >= 0; i--) {
    if (aligned[i] >= 0) shiftAfter = newIndex.blocks[aligned[i]].docStart - oldIndex.blocks[i].docStart;
    starts[i] = Math.max(0, oldIndex.blocks[i].docStart + (shiftBefore[i] ?? shiftAfter ?? 0));
  }
  return starts;
}

function countTexts(texts: string[]): Map<string, { count: number; first: number }> {
  const seen = new Map<string, { count: number; first: number }>();
  texts.forEach((text, at) => {
    const entry = seen.get(text);
    if (entry) entry.count++;
    else seen.set(text, { count: 1, first: at });
  });
  return seen;
}

/** The longest run of pairs whose new indexes increase with their old ones (patience sorting, O(n log n)). */
function keepIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous = new Array<number>(pairs.length).fill(-1);
  pairs.forEach(([, j], at) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]][1] < j) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[at] = tails[low - 1];
    tails[low] = at;
  });
  const kept: [number, number][] = [];
  for (let at = tails.length > 0 ? tails[tails.length - 1] : -1; at >= 0; at = previous[at]) kept.push(pairs[at]);
  return kept.reverse();
}

/**
 * Where each old block's text can be in the new version, as a range of new blocks [from, to): its partner alone
 * when it has one; otherwise every unpaired new block between the partners of the nearest paired blocks before and
 * after it. A paragraph that was edited, split or merged with its neighbour is in there, and nothing that was
 * another old block's unchanged text is.
 */
export function findSuccessorRanges(aligned: Int32Array, newCount: number): { from: number; to: number }[] {
  const count = aligned.length;
  const ranges = new Array<{ from: number; to: number }>(count);
  let from = 0;
  for (let i = 0; i < count; i++) {
    if (aligned[i] >= 0) {
      ranges[i] = { from: aligned[i], to: aligned[i] + 1 };
      from = aligned[i] + 1;
    } else {
      ranges[i] = { from, to: newCount };
    }
  }
  let to = newCount;
  for (let i = count - 1; i >= 0; i--) {
    if (aligned[i] >= 0) to = aligned[i];
    else ranges[i] = { from: ranges[i].from, to: Math.max(ranges[i].from, to) };
  }
  return ranges;
}
