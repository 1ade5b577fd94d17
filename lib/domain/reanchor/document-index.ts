/**
 * One version's blocks laid end to end, so that "near the old position" can be measured across paragraph
 * boundaries: a passage that moved into the next paragraph is a few characters away, not in another world.
 * Document offsets count code points; the joined string is kept too, for indexOf and approx-string-match, which
 * count UTF-16 units, with tables to convert between the two.
 */
import { codePoints } from '../code-points';

export interface AnchorBlock {
  id: string;
  path: string;
  text: string;
}

export interface IndexedBlock extends AnchorBlock {
  /** the text's code points, one entry each */
  chars: string[];
  /** document offset (code points) of the block's first character */
  docStart: number;
  /** same, in UTF-16 units of the joined string */
  unitStart: number;
}

export interface DocumentIndex {
  blocks: IndexedBlock[];
  /** the block texts joined by BLOCK_SEPARATOR */
  joined: string;
  /** code-point offset → UTF-16 index in joined (length: code points + 1) */
  unitOfOffset: Uint32Array;
  /** UTF-16 index → code-point offset, or -1 inside a surrogate pair (length: units + 1) */
  offsetOfUnit: Int32Array;
  byId: Map<string, number>;
  byPath: Map<string, number>;
}

/**
 * Between two blocks: one code point, so a match that runs across it is easy to see and refuse (a quote lives in
 * one block). Its value does not matter for correctness; a line feed never occurs inside an imported block.
 */
export const BLOCK_SEPARATOR = '\n';

export function indexDocument(blocks: readonly AnchorBlock[]): DocumentIndex {
  const indexed: IndexedBlock[] = [];
  let docStart = 0;
  let unitStart = 0;
  for (const block of blocks) {
    const chars = codePoints(block.text);
    indexed.push({ id: block.id, path: block.path, text: block.text, chars, docStart, unitStart });
    docStart += chars.length + 1;
    unitStart += block.text.length + 1;
  }
  const joined = blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
  const offsetCount = Math.max(0, docStart - 1);
  const unitOfOffset = new Uint32Array(offsetCount + 1);
  const offsetOfUnit = new Int32Array(joined.length + 1);
  let offset = 0;
  for (let unit = 0; unit < joined.length; ) {
    const width = joined.codePointAt(unit)! > 0xffff ? 2 : 1;
    unitOfOffset[offset] = unit;
    offsetOfUnit[unit] = offset;
    if (width === 2) offsetOfUnit[unit + 1] = -1;
    unit += width;
    offset++;
  }
  unitOfOffset[offset] = joined.length;
  offsetOfUnit[joined.length] = offset;
  return {
    blocks: indexed,
    joined,
    unitOfOffset,
    offsetOfUnit,
    byId: new Map(indexed.map((block, at) => [block.id, at])),
    byPath: new Map(indexed.map((block, at) => [block.path, at])),
  };
}

/** Index of the block holding a document offset (a separator counts with the block before it). */
export function findBlockAt(index: DocumentIndex, offset: number): number {
  let low = 0;
  let high = index.blocks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (index.blocks[middle].docStart <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Up to `count` code points before a block offset, reading on into the blocks before it (separators left out): the
 * words a reader sees before a passage, wherever the paragraph breaks fall.
 */
export function readBefore(index: DocumentIndex, blockAt: number, offset: number, count: number): string[] {
  const parts: string[][] = [];
  let needed = count;
  let end = offset;
  for (let at = blockAt; at >= 0 && needed > 0; at--) {
    if (at < blockAt) end = index.blocks[at].chars.length;
    const part = index.blocks[at].chars.slice(Math.max(0, end - needed), end);
    parts.unshift(part);
    needed -= part.length;
  }
  return parts.flat();
}

/** Up to `count` code points after a block offset, reading on into the blocks after it. */
export function readAfter(index: DocumentIndex, blockAt: number, offset: number, count: number): string[] {
  const parts: string[][] = [];
  let needed = count;
  for (let at = blockAt; at < index.blocks.length && needed > 0; at++) {
    const start = at === blockAt ? offset : 0;
    const part = index.blocks[at].chars.slice(start, start + needed);
    parts.push(part);
    needed -= part.length;
  }
  return parts.flat();
}
