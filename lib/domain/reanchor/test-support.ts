/**
 * Test support (not used by the app): revise a source text by string edits while remembering where every character
 * came from, so a test can say where an annotated passage truly went without asking the code under test.
 */
import { importMarkdown, importPlainText, type ImportedDocument } from '../text-import';
import type { AnchorBlock, StoredAnchor } from './types';
import { quoteAt } from '../anchor';

/** A source text and, for each UTF-16 unit, its index in the original source (-1 for inserted text). */
export interface TrackedSource {
  text: string;
  origins: number[];
}

export function trackSource(text: string): TrackedSource {
  return { text, origins: Array.from({ length: text.length }, (_, i) => i) };
}

/** Replaces the one occurrence of `find` (throws if it is missing or not unique, so edit scripts stay honest). */
export function replaceOnce(source: TrackedSource, find: string, replacement: string): TrackedSource {
  return spliceSource(source, locateOnce(source, find), find.length, replacement);
}

/** Inserts text just before the one occurrence of `find`. */
export function insertBefore(source: TrackedSource, find: string, inserted: string): TrackedSource {
  return spliceSource(source, locateOnce(source, find), 0, inserted);
}

/** Inserts text just after the one occurrence of `find`. */
export function insertAfter(source: TrackedSource, find: string, inserted: string): TrackedSource {
  return spliceSource(source, locateOnce(source, find) + find.length, 0, inserted);
}

function locateOnce(source: TrackedSource, find: string): number {
  const at = source.text.indexOf(find);
  if (at < 0) throw new Error(`edit script: "${find}" not found`);
  if (source.text.indexOf(find, at + 1) >= 0) throw new Error(`edit script: "${find}" occurs more than once`);
  return at;
}

/**
 * Replaces `find` keeping the characters they share: the longest common prefix and suffix of the two keep their
 * origins, so "真心想护" → "真心拥护" keeps 真, 心 and 护 and only 拥 is new.
 */
export function editOnce(source: TrackedSource, find: string, replacement: string): TrackedSource {
  let head = 0;
  while (head < find.length && head < replacement.length && find[head] === replacement[head]) head++;
  let tail = 0;
  while (
    tail < find.length - head &&
    tail < replacement.length - head &&
    find[find.length - 1 - tail] === replacement[replacement.length - 1 - tail]
  ) {
    tail++;
  }
  const at = locateOnce(source, find);
  return spliceSource(source, at + head, find.length - head - tail, replacement.slice(head, replacement.length - tail));
}

/** Replaces `length` UTF-16 units at `at` with `inserted`: for generated edits, which know their positions. */
export function spliceSource(source: TrackedSource, at: number, length: number, inserted: string): TrackedSource {
  return {
    text: source.text.slice(0, at) + inserted + source.text.slice(at + length),
    origins: [
      ...source.origins.slice(0, at),
      ...Array.from({ length: inserted.length }, () => -1),
      ...source.origins.slice(at + length),
    ],
  };
}

/** An imported version with per-block origins (one per code point of the block's text). */
export interface TrackedVersion {
  doc: ImportedDocument;
  blocks: AnchorBlock[];
  /** blockOrigins[b][offset] = index of that character in the original source, or -1 if inserted */
  blockOrigins: number[][];
}

export function importTracked(source: TrackedSource, versionTag: string, format: 'plain' | 'markdown' = 'plain'): TrackedVersion {
  const doc = format === 'markdown' ? importMarkdown(source.text) : importPlainText(source.text, { recordLines: true });
  const blocks = doc.blocks.map((block) => ({ id: `${versionTag}:${block.path}`, path: block.path, text: block.text }));
  const blockOrigins = format === 'markdown' ? locateMarkdownBlocks(source, doc) : locateBlocks(source, doc);
  return { doc, blocks, blockOrigins };
}

/**
 * Markdown drops markup (**, `, list markers, links' targets) and joins soft-wrapped lines, so a block is not made
 * of whole source pieces: each of its characters is matched to the next equal character of the source instead,
 * within a few units (what markup can hide); one with no such match, and a space not next in the source (where
 * lines were joined), counts as new.
 */
function locateMarkdownBlocks(source: TrackedSource, doc: ImportedDocument): number[][] {
  const reach = 40;
  let cursor = 0;
  return doc.blocks.map((block) => {
    // A block starts wherever its first words are next (a heading's # and blank lines come before them).
    const head = block.text.slice(0, 4);
    const start = source.text.indexOf(head, cursor);
    cursor = start >= 0 ? start : source.text.indexOf(block.text[0], cursor);
    return Array.from(block.text).map((ch) => {
      // A space is the one character markdown makes up (for a joined line): unless it is next, it is new.
      if (/\s/u.test(ch) && source.text[cursor] !== ch) return -1;
      const at = source.text.indexOf(ch, cursor);
      if (at < 0 || at - cursor > reach) return -1;
      cursor = at + ch.length;
      return source.origins[at];
    });
  });
}

/**
 * Finds each block's text in the source, piece by piece (a mended page break joins two pieces), in reading order;
 * the importer only trims and joins lines, so every piece is a substring of the source after the previous one.
 */
function locateBlocks(source: TrackedSource, doc: ImportedDocument): number[][] {
  let cursor = 0;
  const lineStarts = [0];
  for (let at = source.text.indexOf('\n'); at >= 0; at = source.text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  return doc.blocks.map((block) => {
    // From the block's own line when the import recorded it: a heading's words also stand in the table of contents.
    if (block.line !== undefined) cursor = Math.max(cursor, lineStarts[block.line - 1] ?? cursor);
    const joins = doc.mendedBreaks.filter((mended) => mended.path === block.path).map((mended) => mended.offset);
    const chars = Array.from(block.text);
    const cuts = [0, ...joins, chars.length];
    const origins: number[] = [];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const piece = chars.slice(cuts[k], cuts[k + 1]).join('');
      const at = findPiece(source.text, piece, cursor);
      if (at < 0) throw new Error(`block ${block.path}: piece "${piece.slice(0, 20)}" not found in the source`);
      let unit = at;
      for (const ch of Array.from(piece)) {
        origins.push(source.origins[unit]);
        unit += ch.length;
      }
      cursor = at + piece.length;
    }
    return origins;
  });
}

/**
 * The next occurrence of a piece that starts a line or ends one (blanks aside): a block is made of whole lines,
 * or of a run-in point's line cut after its first sentence. "2013年4月" is the preface's line 74, not the start of
 * the colophon's "2013年4月北京第1版".
 */
function findPiece(text: string, piece: string, from: number): number {
  for (let at = text.indexOf(piece, from); at >= 0; at = text.indexOf(piece, at + 1)) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    const isAtStart = text.slice(lineStart, at).trim() === '';
    const isAtEnd = text.slice(at + piece.length, lineEnd).trim() === '';
    if (isAtStart || isAtEnd) return at;
  }
  return -1;
}

/** Where an annotated passage went: the same characters, in order, side by side in one new block. */
export type Truth =
  | { kind: 'unchanged'; blockId: string; start: number; end: number }
  | { kind: 'changed'; survivors: Set<number> };

export function traceAnnotation(oldVersion: TrackedVersion, newVersion: TrackedVersion, anchor: StoredAnchor): Truth {
  const oldBlock = oldVersion.blocks.findIndex((block) => block.id === anchor.blockId);
  const ids = oldVersion.blockOrigins[oldBlock].slice(anchor.start, anchor.end);
  const where = locateOrigins(newVersion);
  const found = ids.map((id) => where.get(id));
  const first = found[0];
  const isIntact =
    first !== undefined &&
    found.every((spot, k) => spot !== undefined && spot.block === first.block && spot.offset === first.offset + k);
  if (isIntact) {
    return { kind: 'unchanged', blockId: newVersion.blocks[first.block].id, start: first.offset, end: first.offset + ids.length };
  }
  return { kind: 'changed', survivors: new Set(ids.filter((id) => where.has(id))) };
}

/** Where each source character is in a version: its block and code-point offset (typed arrays: a Map is slow). */
export interface OriginIndex {
  get(origin: number): { block: number; offset: number } | undefined;
  has(origin: number): boolean;
}

const originIndexes = new WeakMap<TrackedVersion, OriginIndex>();

export function locateOrigins(version: TrackedVersion): OriginIndex {
  let index = originIndexes.get(version);
  if (!index) {
    const size = version.blockOrigins.reduce((most, origins) => origins.reduce((m, id) => Math.max(m, id + 1), most), 0);
    const blocks = new Int32Array(size).fill(-1);
    const offsets = new Int32Array(size);
    version.blockOrigins.forEach((origins, block) =>
      origins.forEach((id, offset) => {
        if (id >= 0) {
          blocks[id] = block;
          offsets[id] = offset;
        }
      }),
    );
    const has = (origin: number) => origin >= 0 && origin < size && blocks[origin] >= 0;
    index = { has, get: (origin) => (has(origin) ? { block: blocks[origin], offset: offsets[origin] } : undefined) };
    originIndexes.set(version, index);
  }
  return index;
}

/**
 * A placement of a changed passage is right when it covers only characters of that passage or text inserted in
 * their place, and at least one of the passage's own.
 */
export function isOnPassage(version: TrackedVersion, survivors: Set<number>, blockId: string, start: number, end: number) {
  const block = version.blocks.findIndex((candidate) => candidate.id === blockId);
  const origins = version.blockOrigins[block].slice(start, end);
  return origins.some((id) => survivors.has(id)) && origins.every((id) => id === -1 || survivors.has(id));
}

/** An anchor as the app stores it, for a range of a block. */
export function anchorOn(block: AnchorBlock, start: number, end: number, id = `${block.id}@${start}`): StoredAnchor {
  return { id, blockId: block.id, start, end, ...quoteAt(block.text, start, end) };
}

/** mulberry32: a small seeded generator, so the random annotations are the same on every run. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
