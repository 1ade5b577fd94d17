/**
 * Which new block is the same passage as an old one, for the report's "stayed" (same passage, same words): the
 * block with its unchanged text; or, where paragraphs were edited, split or merged, a block of the same stretch of
 * unpaired blocks (see findSuccessorRanges) that grew out of it. A block grew out of the old one whose words it
 * opens with (the paragraph edited, a sentence put before it, each piece of a split); an old block that no new one
 * opens with was merged into the block holding most of its words, if that holds at least half of them. A sentence
 * moved to the end of the next paragraph is in another passage: that paragraph opens with its own words.
 */
import type { DocumentIndex } from './document-index';

/** Length of the character runs compared: long enough that common phrases ("群众路线") rarely tie two blocks. */
const SHINGLE = 6;

export type IsSamePassage = (oldAt: number, newAt: number) => boolean;

export function createPassageTest(
  oldIndex: DocumentIndex,
  newIndex: DocumentIndex,
  aligned: Int32Array,
  successors: { from: number; to: number }[],
): IsSamePassage {
  const stretches = new Map<number, Map<number, Set<number>>>();
  return (oldAt, newAt) => {
    if (aligned[oldAt] >= 0) return aligned[oldAt] === newAt;
    const range = successors[oldAt];
    if (newAt < range.from || newAt >= range.to) return false;
    let grown = stretches.get(range.from);
    if (!grown) {
      grown = traceStretch(oldIndex, newIndex, aligned, oldAt, range);
      stretches.set(range.from, grown);
    }
    return grown.get(oldAt)?.has(newAt) ?? false;
  };
}

/** For each unpaired old block of the stretch around oldAt, the new blocks of its range that grew out of it. */
function traceStretch(
  oldIndex: DocumentIndex,
  newIndex: DocumentIndex,
  aligned: Int32Array,
  oldAt: number,
  range: { from: number; to: number },
): Map<number, Set<number>> {
  let first = oldAt;
  while (first > 0 && aligned[first - 1] < 0) first--;
  let last = oldAt;
  while (last + 1 < aligned.length && aligned[last + 1] < 0) last++;
  const owners = new Map<string, number[]>();
  const sizes = new Map<number, number>();
  for (let at = first; at <= last; at++) {
    const shingles = shinglesOf(oldIndex.blocks[at].chars);
    sizes.set(at, shingles.size);
    for (const shingle of shingles) {
      const list = owners.get(shingle);
      if (list) list.push(at);
      else owners.set(shingle, [at]);
    }
  }
  const grown = new Map<number, Set<number>>();
  const add = (from: number, to: number) => grown.set(from, (grown.get(from) ?? new Set<number>()).add(to));
  const shared = new Map<number, Map<number, number>>();
  for (let newAt = range.from; newAt < range.to; newAt++) {
    let opening: number[] | undefined;
    for (const shingle of shinglesOf(newIndex.blocks[newAt].chars)) {
      const found = owners.get(shingle);
      if (!found) continue;
      opening ??= found;
      for (const owner of found) {
        const counts = shared.get(owner) ?? new Map<number, number>();
        counts.set(newAt, (counts.get(newAt) ?? 0) + 1);
        shared.set(owner, counts);
      }
    }
    for (const owner of opening ?? []) add(owner, newAt);
  }
  for (let at = first; at <= last; at++) {
    if (grown.has(at)) continue;
    let best = -1;
    let most = 0;
    for (const [newAt, count] of shared.get(at) ?? []) {
      if (count > most) [best, most] = [newAt, count];
    }
    if (best >= 0 && most * 2 >= (sizes.get(at) ?? Infinity)) add(at, best);
  }
  return grown;
}

/** The block's runs of SHINGLE characters; a shorter block is one run, its whole text. */
function shinglesOf(chars: readonly string[]): Set<string> {
  const shingles = new Set<string>();
  if (chars.length <= SHINGLE) {
    if (chars.length > 0) shingles.add(chars.join(''));
    return shingles;
  }
  for (let at = 0; at + SHINGLE <= chars.length; at++) shingles.add(chars.slice(at, at + SHINGLE).join(''));
  return shingles;
}
