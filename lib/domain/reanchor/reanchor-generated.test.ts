/**
 * Issue 13, acceptance 1: generated revisions (fixed seed) of both starting texts and the three unseen test texts.
 * Each round annotates a passage (often 1–3 characters, or a phrase repeated in its paragraph), edits the source
 * around it — sentences inserted or deleted before and after it, another paragraph edited or deleted, its paragraph
 * split or merged with a neighbour, characters changed in its context window or in the quote, a copy of the quote
 * put into new words nearby — re-imports and re-anchors. Where the passage truly went is known from the edits alone
 * (test-support.ts tracks every source character), never from the code under test:
 * - when the quote with its whole stored prefix and suffix survives, side by side in one block, and those words
 *   occur exactly once in the new version, the annotation must land exactly there;
 * - otherwise it must land on its own words (what is left of them) or be orphaned: never anywhere else.
 * A side of the context that reached its block's edge with fewer than EDGE_CONTEXT characters includes that edge,
 * in "survives" and in "exactly once", as in the code's rule: "编者" alone is not evidence, "编者" as a whole
 * paragraph is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../code-points';
import { reanchorAnnotations, type ReanchorResult, type StoredAnchor } from './index';
import { EDGE_CONTEXT } from './reanchor-annotations';
import {
  anchorOn,
  createRandom,
  importTracked,
  isOnPassage,
  locateOrigins,
  spliceSource,
  trackSource,
  traceAnnotation,
  type OriginIndex,
  type TrackedSource,
  type TrackedVersion,
} from './test-support';

type Format = 'plain' | 'markdown';

const TEXTS: { path: string; format: Format; rounds: number }[] = [
  { path: '../../../content/texts/mass-line-study-reader.txt', format: 'plain', rounds: 80 },
  { path: '../../../content/texts/mass-line-guide.txt', format: 'plain', rounds: 70 },
  { path: '../text-import/fixtures/practice-reader.txt', format: 'plain', rounds: 60 },
  { path: '../text-import/fixtures/branch-handbook.txt', format: 'plain', rounds: 50 },
  { path: '../text-import/fixtures/reading-circle-guide.md', format: 'markdown', rounds: 40 },
];

/** Annotations per round besides the one the edits aim at: they see the same revision from elsewhere. */
const BYSTANDERS = 3;

/** New sentences, none of them in any of the texts. */
const NEW_SENTENCES = [
  '这是修订时补充的说明。',
  '此处据原文核对后有增补。',
  '编者在这里加了一句话。',
  '以上内容已按最新文件修订。',
  '请读者结合实际工作体会。',
];

const SENTENCE_END = new Set(['。', '！', '？', '；']);

type EditKind =
  | 'insert-before'
  | 'insert-after'
  | 'delete-before'
  | 'delete-after'
  | 'other-paragraph'
  | 'delete-other-paragraph'
  | 'split'
  | 'merge'
  | 'context'
  | 'quote'
  | 'copy-quote';

const EDIT_KINDS: EditKind[] = [
  'insert-before',
  'insert-after',
  'delete-before',
  'delete-after',
  'other-paragraph',
  'delete-other-paragraph',
  'split',
  'merge',
  'context',
  'quote',
  'copy-quote',
];

/** One change to the original source, in its UTF-16 units. */
interface Splice {
  at: number;
  length: number;
  inserted: string;
}

interface Tally {
  annotations: number;
  survivedOnce: number;
  landedExactly: number;
  otherPlacedRight: number;
  otherOrphaned: number;
  wrong: string[];
  missed: string[];
  stayedNotSame: string[];
  status: Record<ReanchorResult['status'], number>;
  edits: Record<EditKind, number>;
}

const pick = <T,>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: () => number, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** A text, imported, with where each block character sits in the source. */
class Text {
  readonly source: TrackedSource;
  readonly version: TrackedVersion;
  readonly chars: string[][];

  constructor(
    raw: string,
    readonly format: Format,
  ) {
    this.source = trackSource(raw);
    this.version = importTracked(this.source, 'v1', format);
    this.chars = this.version.blocks.map((block) => Array.from(block.text));
  }

  /** Source position just before the block's k-th character, or just after its last one when k is its length. */
  position(block: number, k: number): number {
    const origins = this.version.blockOrigins[block];
    // Markdown makes up a few characters (a space for a joined line): take the next traced one, or the last.
    for (let at = k; at < origins.length; at++) if (origins[at] >= 0) return origins[at];
    for (let at = origins.length - 1; at >= 0; at--) {
      if (origins[at] >= 0) return origins[at] + this.chars[block][at].length;
    }
    return -1;
  }

  /** Offsets where a sentence may start: the block's start, after 。！？； and its end. */
  boundaries(block: number): number[] {
    const chars = this.chars[block];
    const cuts = [0];
    chars.forEach((ch, k) => {
      if (SENTENCE_END.has(ch) && k + 1 < chars.length) cuts.push(k + 1);
    });
    cuts.push(chars.length);
    return cuts;
  }

  /** Is every character of [start, end) of the block traced to the source (markdown can make some up)? */
  isTracked(block: number, start: number, end: number): boolean {
    return this.version.blockOrigins[block].slice(start, end).every((origin) => origin >= 0);
  }

  /** A source range holding no line break: deleting it keeps the lines (and so the blocks) as they were. */
  isWithinLine(from: number, to: number): boolean {
    return to > from && !this.source.text.slice(from, to).includes('\n');
  }
}

function annotateFocus(text: Text, random: () => number): StoredAnchor | undefined {
  const blocks = text.chars.map((chars, at) => ({ at, length: chars.length })).filter((block) => block.length >= 2);
  const total = blocks.reduce((sum, block) => sum + block.length, 0);
  let weight = random() * total;
  let chosen = 0;
  while (weight >= blocks[chosen].length) weight -= blocks[chosen++].length;
  const { at, length } = blocks[chosen];
  const chars = text.chars[at];
  const roll = random();
  let start = 0;
  let span = 0;
  if (roll < 0.25) {
    // 1–3 characters: a word that may well occur again in the paragraph.
    span = Math.min(length, between(random, 1, 3));
    start = between(random, 0, length - span);
  } else if (roll < 0.45) {
    // A phrase repeated in its paragraph, one of its occurrences.
    for (let attempt = 0; attempt < 30 && span === 0; attempt++) {
      const size = Math.min(length, between(random, 2, 6));
      const from = between(random, 0, length - size);
      const phrase = chars.slice(from, from + size).join('');
      const occurrences: number[] = [];
      for (let k = 0; k + size <= length; k++) if (chars.slice(k, k + size).join('') === phrase) occurrences.push(k);
      if (occurrences.length >= 2) {
        span = size;
        start = pick(random, occurrences);
      }
    }
  }
  if (span === 0) {
    span = Math.min(length, random() < 0.85 ? between(random, 4, 40) : between(random, 41, 120));
    start = between(random, 0, length - span);
  }
  return annotateAt(text, at, start, start + span, `focus@${at}:${start}`);
}

/** An anchor as the app would store it, if its quote and context can be traced through edits. */
function annotateAt(text: Text, block: number, start: number, end: number, id: string): StoredAnchor | undefined {
  const anchor = anchorOn(text.version.blocks[block], start, end, id);
  const from = start - codePointLength(anchor.prefix);
  const to = end + codePointLength(anchor.suffix);
  return text.isTracked(block, from, to) ? anchor : undefined;
}

function annotateAnywhere(text: Text, random: () => number, n: number): StoredAnchor | undefined {
  const block = between(random, 0, text.chars.length - 1);
  const length = text.chars[block].length;
  const span = Math.min(length, between(random, 1, 30));
  const start = between(random, 0, length - span);
  return annotateAt(text, block, start, start + span, `bystander${n}@${block}:${start}`);
}

function newSentence(random: () => number, round: number): string {
  return `${pick(random, NEW_SENTENCES).slice(0, -1)}（第${round}次）。`;
}

/** The splice for one edit aimed at the anchor, or undefined when the text offers no place for it. */
function planEdit(text: Text, anchor: StoredAnchor, kind: EditKind, random: () => number, round: number): Splice | undefined {
  const block = text.version.blocks.findIndex((candidate) => candidate.id === anchor.blockId);
  const chars = text.chars[block];
  const cuts = text.boundaries(block);
  const { start, end } = anchor;
  const at = (k: number) => text.position(block, k);
  const sentences = cuts.slice(0, -1).map((cut, k) => [cut, cuts[k + 1]] as const);
  switch (kind) {
    case 'insert-before': {
      const k = pick(random, cuts.filter((cut) => cut <= start));
      return { at: at(k), length: 0, inserted: newSentence(random, round) };
    }
    case 'insert-after': {
      const k = pick(random, cuts.filter((cut) => cut >= end));
      return { at: at(k), length: 0, inserted: newSentence(random, round) };
    }
    case 'delete-before':
    case 'delete-after': {
      const options = sentences.filter(([from, to]) => (kind === 'delete-before' ? to <= start : from >= end));
      const chosen = options.filter(([from, to]) => text.isWithinLine(at(from), at(to)));
      if (chosen.length === 0) return undefined;
      const [from, to] = pick(random, chosen);
      return { at: at(from), length: at(to) - at(from), inserted: '' };
    }
    case 'other-paragraph':
    case 'delete-other-paragraph': {
      const others = text.chars.map((_, k) => k).filter((k) => k !== block && text.chars[k].length >= 2);
      const other = pick(random, others);
      const from = text.position(other, 0);
      const to = text.position(other, text.chars[other].length);
      if (kind === 'delete-other-paragraph') return { at: from, length: to - from, inserted: '' };
      const k = between(random, 0, text.chars[other].length - 1);
      const where = text.position(other, k);
      const width = text.chars[other][k].length;
      return random() < 0.5
        ? { at: where, length: 0, inserted: newSentence(random, round) }
        : { at: where, length: width, inserted: '改' };
    }
    case 'split': {
      const inside = cuts.filter((cut) => cut > 0 && cut < chars.length);
      if (inside.length === 0) return undefined;
      return { at: at(pick(random, inside)), length: 0, inserted: '\n\n' };
    }
    case 'merge': {
      const neighbour = random() < 0.5 ? block - 1 : block + 1;
      if (neighbour < 0 || neighbour >= text.chars.length) return undefined;
      const [first, second] = neighbour < block ? [neighbour, block] : [block, neighbour];
      const from = text.position(first, text.chars[first].length);
      const to = text.position(second, 0);
      if (to <= from || text.source.text.slice(from, to).trim() !== '') return undefined;
      return { at: from, length: to - from, inserted: '' };
    }
    case 'context': {
      // 1–2 characters changed, added or removed within the 32 on one side of the quote.
      const isBefore = random() < 0.5;
      const low = isBefore ? Math.max(0, start - 32) : end;
      const high = isBefore ? start : Math.min(chars.length, end + 32);
      if (high <= low) return undefined;
      const k = between(random, low, high - 1);
      return changeAround(text, block, k, random);
    }
    case 'quote': {
      const k = between(random, start, end - 1);
      return changeAround(text, block, k, random);
    }
    case 'copy-quote': {
      // The quote's words again, in a new sentence of its paragraph: a look-alike that must not be taken.
      const k = pick(random, cuts);
      return { at: at(k), length: 0, inserted: `另外，${anchor.exact}也见于此（第${round}次）。` };
    }
  }
}

function changeAround(text: Text, block: number, k: number, random: () => number): Splice {
  const where = text.position(block, k);
  const width = text.chars[block][k].length;
  const roll = random();
  if (roll < 0.4) return { at: where, length: width, inserted: pick(random, ['新', '改', '亦']) };
  if (roll < 0.7) return { at: where, length: 0, inserted: pick(random, ['又', '更加']) };
  return { at: where, length: width, inserted: '' };
}

/** Applies the splices (positions in the original source) from the last to the first, skipping overlaps. */
function applySplices(source: TrackedSource, splices: Splice[]): TrackedSource {
  const kept: Splice[] = [];
  for (const splice of splices) {
    if (splice.at < 0 || splice.length < 0) continue;
    const overlaps = kept.some(
      (other) =>
        splice.at < other.at + other.length && other.at < splice.at + splice.length + (splice.length === 0 ? 1 : 0) &&
        !(splice.length === 0 && other.length === 0 && splice.at !== other.at),
    );
    if (!overlaps) kept.push(splice);
  }
  return kept
    .sort((a, b) => b.at - a.at)
    .reduce((edited, { at, length, inserted }) => spliceSource(edited, at, length, inserted), source);
}

/**
 * The quote with its whole stored prefix and suffix: where it is now if all of it survived side by side in one
 * block (a whole short block also at its edges), and how often those words occur in the new version.
 */
function traceWithContext(before: Text, after: TrackedVersion, where: OriginIndex, anchor: StoredAnchor) {
  const block = before.version.blocks.findIndex((candidate) => candidate.id === anchor.blockId);
  const length = before.chars[block].length;
  const prefix = codePointLength(anchor.prefix);
  const suffix = codePointLength(anchor.suffix);
  const from = anchor.start - prefix;
  const to = anchor.end + suffix;
  const needsStart = from === 0 && prefix < EDGE_CONTEXT;
  const needsEnd = to === length && suffix < EDGE_CONTEXT;
  const atEdges = (chars: number, start: number, end: number) => (!needsStart || start === 0) && (!needsEnd || end === chars);
  const spots = before.version.blockOrigins[block].slice(from, to).map((origin) => where.get(origin));
  const first = spots[0];
  const survived =
    first !== undefined &&
    spots.every((spot, k) => spot?.block === first.block && spot.offset === first.offset + k) &&
    atEdges(Array.from(after.blocks[first.block].text).length, first.offset, first.offset + spots.length);
  const whole = anchor.prefix + anchor.exact + anchor.suffix;
  let occurrences = 0;
  for (const candidate of after.blocks) {
    for (let unit = candidate.text.indexOf(whole); unit >= 0; unit = candidate.text.indexOf(whole, unit + 1)) {
      const start = codePointLength(candidate.text.slice(0, unit));
      if (atEdges(codePointLength(candidate.text), start, start + codePointLength(whole))) occurrences++;
    }
  }
  const place = survived ? { blockId: after.blocks[first.block].id, start: first.offset + prefix } : undefined;
  return { place, occurrences };
}

function check(
  before: Text,
  after: TrackedVersion,
  where: OriginIndex,
  anchor: StoredAnchor,
  result: ReanchorResult,
  tally: Tally,
  label: string,
) {
  tally.annotations++;
  tally.status[result.status]++;
  const withContext = traceWithContext(before, after, where, anchor);
  const truth = traceAnnotation(before.version, after, anchor);
  const describe = () =>
    `${label} ${JSON.stringify(anchor)} → ${JSON.stringify(result)}; truth ${JSON.stringify(truth.kind === 'unchanged' ? truth : 'changed')}`;
  const isPlaced = result.status !== 'orphaned';
  if (withContext.place && withContext.occurrences === 1) {
    tally.survivedOnce++;
    const isExact =
      isPlaced &&
      result.blockId === withContext.place.blockId &&
      result.start === withContext.place.start &&
      result.end === withContext.place.start + codePointLength(anchor.exact);
    if (isExact) tally.landedExactly++;
    else (isPlaced ? tally.wrong : tally.missed).push(describe());
  } else if (!isPlaced) {
    tally.otherOrphaned++;
  } else {
    const isRight =
      truth.kind === 'unchanged'
        ? result.blockId === truth.blockId && result.start === truth.start && result.end === truth.end
        : isOnPassage(after, truth.survivors, result.blockId, result.start, result.end);
    if (isRight) tally.otherPlacedRight++;
    else tally.wrong.push(describe());
  }
  if (result.status === 'stayed') {
    // Stayed: the same words, in a block that holds what is left of the old one.
    const oldBlock = before.version.blocks.findIndex((candidate) => candidate.id === anchor.blockId);
    const newBlock = after.blocks.findIndex((candidate) => candidate.id === result.blockId);
    const holdsOld = before.version.blockOrigins[oldBlock].some((origin) => where.get(origin)?.block === newBlock);
    const words = Array.from(after.blocks[newBlock].text).slice(result.start, result.end).join('');
    if (!holdsOld || words !== anchor.exact) tally.stayedNotSame.push(describe());
  }
}

describe('generated revisions of five texts, several hundred annotations (seed 13)', () => {
  it('lands every annotation whose quote and context survive once exactly there, and none anywhere else', () => {
    const random = createRandom(13);
    const tally: Tally = {
      annotations: 0,
      survivedOnce: 0,
      landedExactly: 0,
      otherPlacedRight: 0,
      otherOrphaned: 0,
      wrong: [],
      missed: [],
      stayedNotSame: [],
      status: { stayed: 0, moved: 0, orphaned: 0 },
      edits: Object.fromEntries(EDIT_KINDS.map((kind) => [kind, 0])) as Record<EditKind, number>,
    };
    const began = performance.now();
    let reanchoring = 0;
    for (const { path, format, rounds } of TEXTS) {
      const text = new Text(readFileSync(new URL(path, import.meta.url), 'utf8'), format);
      for (let round = 0; round < rounds; round++) {
        const focus = annotateFocus(text, random);
        if (!focus) continue;
        const anchors = [focus];
        for (let n = 0; n < BYSTANDERS; n++) {
          const bystander = annotateAnywhere(text, random, n);
          if (bystander) anchors.push(bystander);
        }
        const splices: Splice[] = [];
        const kinds: EditKind[] = [];
        for (let e = between(random, 1, 3); e > 0; e--) {
          const kind = pick(random, EDIT_KINDS);
          const splice = planEdit(text, focus, kind, random, round);
          if (!splice) continue;
          splices.push(splice);
          kinds.push(kind);
          tally.edits[kind]++;
        }
        if (splices.length === 0) continue;
        const after = importTracked(applySplices(text.source, splices), 'v2', format);
        const started = performance.now();
        const results = reanchorAnnotations(text.version.blocks, after.blocks, anchors);
        reanchoring += performance.now() - started;
        const where = locateOrigins(after);
        anchors.forEach((anchor, k) =>
          check(text, after, where, anchor, results[k], tally, `${path.split('/').pop()} #${round} [${kinds.join(', ')}]`),
        );
      }
    }
    const elapsed = performance.now() - began;
    console.info(
      `generated: ${tally.annotations} annotations (${JSON.stringify(tally.status)}), edits ${JSON.stringify(tally.edits)}; ` +
        `quote + context survived once: ${tally.landedExactly}/${tally.survivedOnce} landed exactly there; ` +
        `otherwise: ${tally.otherPlacedRight} on their own words, ${tally.otherOrphaned} orphaned; ` +
        `${tally.wrong.length} wrong, ${tally.missed.length} missed, ${tally.stayedNotSame.length} 'stayed' elsewhere; ` +
        `${elapsed.toFixed(0)} ms in all, ${reanchoring.toFixed(0)} ms re-anchoring`,
    );
    for (const line of [...tally.wrong, ...tally.missed, ...tally.stayedNotSame].slice(0, 15)) console.info(line);

    expect(tally.wrong).toEqual([]);
    expect(tally.missed).toEqual([]);
    expect(tally.stayedNotSame).toEqual([]);
    expect(tally.landedExactly).toBe(tally.survivedOnce);
    // The generator must really reach both sides of the rule, and every kind of edit.
    expect(tally.annotations).toBeGreaterThan(800);
    expect(tally.survivedOnce).toBeGreaterThan(300);
    expect(tally.otherOrphaned + tally.otherPlacedRight).toBeGreaterThan(100);
    for (const kind of EDIT_KINDS) expect(tally.edits[kind]).toBeGreaterThan(10);
  });
});
