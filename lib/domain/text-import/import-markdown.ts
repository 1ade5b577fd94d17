/**
 * Imports a Markdown text into the same outline of blocks as a plain text. Markdown states its structure, so there
 * is no guessing from numbering and no page breaks to mend; what it needs is reading as text, not rendering:
 *
 * - Front matter between "---" lines: `title`, `subtitle`, `author` (or `byline`, `作者`), the rest kept as
 *   metadata (`date` as `published`). Only "key: value" lines are read.
 * - ATX headings (#, ##, …) and setext headings (a line underlined with === or ---). Levels are relative to the
 *   shallowest heading used: it is the part, the next the chapter, then section and subsection; deeper ones are
 *   subsections. A single # heading opening the text is its title, not a block, when front matter gives none.
 * - Paragraphs are separated by blank lines; the lines of one paragraph are joined with nothing between two CJK
 *   characters and a space otherwise (Latin words).
 * - List items and block quotes are paragraphs of their text. Bullets (-, *, +) and quote marks (>) are syntax and
 *   are dropped; an ordered item keeps its number as printed ("1. …"), since readers refer to "the third point".
 * - Inline markup is reduced to its text: **bold**, *em*, `code`, ~~struck~~, [link](url) and ![image](src) keep
 *   the words a reader sees; backslash escapes are resolved. HTML is never rendered: tags stay as literal text.
 * - A fenced code block is one paragraph, its lines kept with their line breaks (it is preformatted).
 * - Thematic breaks (---, ***) separate paragraphs and are dropped.
 */
import { buildBlocks } from './build-blocks';
import { classifyLine } from './classify-line';
import type { LineOverride, Piece } from './collect-pieces';
import type { ImportOptions } from './import-plain-text';
import type { DocumentMetadata, HeadingLevel, ImportedDocument } from './types';

const LEVELS: HeadingLevel[] = ['part', 'chapter', 'section', 'subsection'];

/** Markdown allows up to three spaces before a block marker; four make an indented code line. */
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/u;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;
const BULLET_ITEM = /^[ \t]*[-*+][ \t]+(.*)$/u;
const ORDERED_ITEM = /^[ \t]*(\d{1,9}[.)])[ \t]+(.*)$/u;
const QUOTE_MARKS = /^ {0,3}(?:>[ \t]?)+/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const FRONT_MATTER_FIELD = /^([\p{L}\p{N}_-]+)[ \t]*[:：][ \t]*(.*)$/u;

/** A paragraph or heading being read: where it started, what kind, its lines so far. */
interface RawBlock {
  kind: 'heading' | 'paragraph' | 'code';
  /** heading depth: the number of # (1 for ===, 2 for ---) */
  depth?: number;
  line: number;
  lines: string[];
  /** a quote or list paragraph: a plain line that follows continues it, a new marker starts another */
  origin: 'text' | 'quote' | 'item';
}

export function importMarkdown(source: string, opts: ImportOptions = {}): ImportedDocument {
  const lines = source.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const front = readFrontMatter(lines);
  const raw = readBlocks(lines, front.bodyStart);
  const title = front.title ?? takeTitle(raw);
  const { pieces, applied } = toPieces(raw, opts.overrides ?? {});
  const { blocks, mendedBreaks } = buildBlocks(pieces, { recordLines: opts.recordLines });
  const document: ImportedDocument = {
    title: title ?? opts.slug ?? '',
    metadata: front.metadata,
    toc: [],
    blocks,
    mendedBreaks,
  };
  if (front.subtitle) document.subtitle = front.subtitle;
  if (front.byline) document.byline = front.byline;
  const ignored = Object.keys(opts.overrides ?? {})
    .map(Number)
    .filter((line) => !applied.includes(line))
    .sort((a, b) => a - b);
  if (ignored.length > 0) document.ignoredOverrides = ignored;
  return document;
}

function readFrontMatter(lines: string[]): {
  title?: string;
  subtitle?: string;
  byline?: string;
  metadata: DocumentMetadata;
  bodyStart: number;
} {
  const metadata: DocumentMetadata = {};
  if (lines[0]?.trim() !== '---') return { metadata, bodyStart: 0 };
  const end = lines.findIndex((line, at) => at > 0 && (line.trim() === '---' || line.trim() === '...'));
  if (end < 0) return { metadata, bodyStart: 0 };
  const fields: Record<string, string> = {};
  for (const line of lines.slice(1, end)) {
    const match = FRONT_MATTER_FIELD.exec(line.trim());
    if (match && match[2] !== '') fields[match[1].toLowerCase()] = match[2].replace(/^(["'])(.*)\1$/u, '$2').trim();
  }
  const { title, subtitle, author, byline, 作者: zuozhe, date, ...rest } = fields;
  Object.assign(metadata, rest);
  if (date) metadata.published = date;
  return { title, subtitle, byline: author ?? byline ?? zuozhe, metadata, bodyStart: end + 1 };
}

function readBlocks(lines: string[], start: number): RawBlock[] {
  const blocks: RawBlock[] = [];
  let open: RawBlock | undefined;
  const close = () => {
    if (open) blocks.push(open);
    open = undefined;
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    const fence = FENCE.exec(line);
    if (fence) {
      close();
      const code: RawBlock = { kind: 'code', line: i + 1, lines: [], origin: 'text' };
      const closing = new RegExp(`^ {0,3}${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \\t]*$`, 'u');
      for (i++; i < lines.length && !closing.test(lines[i]); i++) code.lines.push(lines[i]);
      if (code.lines.some((text) => text.trim() !== '')) blocks.push(code);
      continue;
    }
    if (line.trim() === '') {
      close();
      continue;
    }
    const setext = SETEXT_UNDERLINE.exec(line);
    if (setext && open?.kind === 'paragraph' && open.origin === 'text' && open.lines.length === 1) {
      open.kind = 'heading';
      open.depth = setext[1][0] === '=' ? 1 : 2;
      close();
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      close();
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      close();
      if ((heading[2] ?? '').trim() !== '') {
        blocks.push({ kind: 'heading', depth: heading[1].length, line: i + 1, lines: [heading[2]], origin: 'text' });
      }
      continue;
    }
    const quote = QUOTE_MARKS.exec(line);
    const content = quote ? line.slice(quote[0].length) : line;
    if (quote && content.trim() === '') {
      close();
      continue;
    }
    const item = BULLET_ITEM.exec(content) ?? ORDERED_ITEM.exec(content);
    if (item) {
      close();
      const text = item.length === 3 ? `${item[1]} ${item[2]}` : item[1];
      open = { kind: 'paragraph', line: i + 1, lines: [text], origin: 'item' };
      continue;
    }
    // A quote interrupts a paragraph; a plain line after a quote or an item continues it ("lazy" continuation).
    const origin = quote ? 'quote' : 'text';
    if (open && origin === 'quote' && open.origin !== 'quote') close();
    if (!open) open = { kind: 'paragraph', line: i + 1, lines: [], origin };
    open.lines.push(content);
  }
  close();
  return blocks;
}

/** A lone # heading that opens the text names it, the way a plain text's first line does. */
function takeTitle(blocks: RawBlock[]): string | undefined {
  const topLevel = blocks.filter((block) => block.kind === 'heading' && block.depth === 1);
  if (topLevel.length !== 1 || blocks[0] !== topLevel[0]) return undefined;
  blocks.shift();
  return reduceInline(topLevel[0].lines[0].trim());
}

function toPieces(raw: RawBlock[], overrides: Record<number, LineOverride>): { pieces: Piece[]; applied: number[] } {
  const depths = raw.filter((block) => block.kind === 'heading').map((block) => block.depth!);
  // Not Math.min(...depths): spreading a hundred thousand headings overflows the call stack.
  const shallowest = depths.reduce((min, depth) => Math.min(min, depth), Infinity);
  const applied: number[] = [];
  const pieces = raw.map((block): Piece => {
    const text = block.kind === 'code' ? block.lines.join('\n') : reduceInline(joinLines(block.lines));
    const override = overrides[block.line];
    if (override !== undefined) applied.push(block.line);
    const level =
      override !== undefined
        ? override === 'paragraph'
          ? undefined
          : override
        : block.kind === 'heading'
          ? LEVELS[Math.min(block.depth! - shallowest, LEVELS.length - 1)]
          : undefined;
    if (!level) return { kind: 'paragraph', text, joins: [], line: block.line };
    const shape = classifyLine(text);
    const label = shape.kind === 'numbered' || shape.kind === 'part' ? shape.label : undefined;
    const matterSlug = shape.kind === 'matter' ? shape.slug : undefined;
    return withoutUndefined({ kind: 'heading', text, level, label, matterSlug, joins: [], line: block.line });
  });
  return { pieces, applied };
}

/**
 * Soft line breaks: nothing between two CJK characters (a Chinese sentence wrapped in the editor), a space
 * otherwise (Latin words, or a Latin word next to a CJK one, as it was typed). A hard break (two trailing spaces
 * or a backslash) is a line break in the rendered text, which a block does not keep.
 */
function joinLines(lines: string[]): string {
  // Parts joined once at the end, and the last character taken from the last line alone: linear in the input.
  const parts: string[] = [];
  let previous = '';
  for (const raw of lines) {
    const line = raw.replace(/(?: {2,}|\\)$/u, '').trim();
    if (line === '') continue;
    if (parts.length > 0) parts.push(isWide(lastChar(previous)) && isWide(firstChar(line)) ? '' : ' ');
    parts.push(line);
    previous = line;
  }
  return parts.join('');
}

function firstChar(text: string): string | undefined {
  return text.codePointAt(0) === undefined ? undefined : String.fromCodePoint(text.codePointAt(0)!);
}

/** Han, kana, CJK punctuation and full-width forms: scripts written without spaces between words. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

function isWide(ch: string | undefined): boolean {
  return ch !== undefined && WIDE.test(ch);
}

function lastChar(text: string): string | undefined {
  if (text === '') return undefined;
  const low = text.charCodeAt(text.length - 1);
  // A trailing low surrogate belongs with the unit before it (CJK Extension B and beyond are astral).
  return low >= 0xdc00 && low <= 0xdfff && text.length > 1 ? text.slice(-2) : text.slice(-1);
}

/** Inline markup → the words it shows (see the module comment). */
export function reduceInline(text: string): string {
  // Code spans and escaped characters are set aside first, so that no later rule reads markup inside them.
  const kept: string[] = [];
  const keep = (value: string) => `\u0000${kept.push(value) - 1}\u0000`;
  return text
    .replace(/(`+)(.+?)\1/gu, (_, __: string, code: string) => keep(code.trim()))
    .replace(/\\([!-/:-@[-`{-~])/gu, (_, ch: string) => keep(ch))
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gu, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/gu, '$1')
    .replace(/(?<![\p{L}\p{N}])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}])/gu, '$1')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/gu, '$1')
    .replace(/\u0000(\d+)\u0000/gu, (_, at: string) => kept[Number(at)]);
}

function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
