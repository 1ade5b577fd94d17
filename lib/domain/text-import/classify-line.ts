/**
 * What one source line looks like on its own: blank, a heading of some kind, a TOC header, a part's "■" subtitle,
 * or plain text. Context (is this the head of the file, the TOC, a run-in point) is decided by the callers.
 */
import { codePointLength } from '../code-points';
import { containsSentenceEnd } from './punctuation';
import type { HeadingLevel } from './types';

/**
 * How a numbered heading is numbered. The starting texts use 一、 / 1. / （1）; books also number with 第一章 / 第一节,
 * and official documents put （一） between 一、 and 1. (GB/T 9704: 一、 （一） 1. （1）).
 */
export type NumberingStyle = 'chapter-word' | 'section-word' | 'han-comma' | 'han-paren' | 'digit-dot' | 'digit-paren';

/** The level each numbering style stands for in one document (see rankNumberingStyles). */
export type NumberingLevels = Record<NumberingStyle, HeadingLevel>;

/**
 * The levels of the starting texts: 一、 a chapter, 1. a section, （1） a subsection, whether or not the document
 * uses all three (the guide has no （1）, a 1.-only text still has sections). The other styles get the level they
 * usually have when they turn up alone with these.
 */
export const CLASSIC_LEVELS: NumberingLevels = {
  'chapter-word': 'chapter',
  'section-word': 'section',
  'han-comma': 'chapter',
  'han-paren': 'section',
  'digit-dot': 'section',
  'digit-paren': 'subsection',
};

/** From the outermost to the innermost, as Chinese books and documents nest them. */
const STYLE_ORDER: NumberingStyle[] = [
  'chapter-word',
  'section-word',
  'han-comma',
  'han-paren',
  'digit-dot',
  'digit-paren',
];
const CLASSIC_STYLES = new Set<NumberingStyle>(['han-comma', 'digit-dot', 'digit-paren']);

/**
 * The levels for a document that numbers its headings with these styles. Only the starting texts' three styles:
 * CLASSIC_LEVELS, so their outlines never change. Any other style among them: the styles rank in STYLE_ORDER and
 * take chapter, section, subsection in turn (a book of 第一章 / 第一节 / 一、 gets chapter / section / subsection);
 * with four or more and no 篇-like parts, the outermost becomes the part; styles beyond the last level share it.
 */
export function rankNumberingStyles(used: Iterable<NumberingStyle>, hasParts: boolean): NumberingLevels {
  const styles = new Set(used);
  if ([...styles].every((style) => CLASSIC_STYLES.has(style))) return CLASSIC_LEVELS;
  const ranked = STYLE_ORDER.filter((style) => styles.has(style));
  const levels: HeadingLevel[] = ['chapter', 'section', 'subsection'];
  if (!hasParts && ranked.length > 3) levels.unshift('part');
  const assigned = { ...CLASSIC_LEVELS };
  ranked.forEach((style, rank) => {
    assigned[style] = levels[Math.min(rank, levels.length - 1)];
  });
  return assigned;
}

export type LineShape =
  | { kind: 'blank' }
  | { kind: 'matter'; text: string; slug: string }
  | { kind: 'toc-header'; text: string }
  | { kind: 'part'; text: string; label?: string }
  | { kind: 'mark'; text: string; subtitle: string }
  | {
      kind: 'numbered';
      text: string;
      style: NumberingStyle;
      level: HeadingLevel;
      label: string;
      isStandalone: boolean;
    }
  | { kind: 'text'; text: string };

/**
 * Unnumbered reading sections outside the numbered body, by the path they get. Reader line 54 "前言" is the one
 * seen; the others are the usual names of the same thing in books of this kind.
 */
const MATTER_SLUGS: Record<string, string> = {
  前言: 'preface',
  序: 'preface',
  序言: 'preface',
  自序: 'preface',
  代序: 'preface',
  引言: 'preface',
  导言: 'preface',
  出版说明: 'preface',
  编者的话: 'preface',
  后记: 'afterword',
  编后记: 'afterword',
  跋: 'afterword',
  结束语: 'afterword',
  结语: 'afterword',
  附录: 'appendix',
};

/** Reader line 76 "目 录": the characters are spaced out like the part names. */
const TOC_HEADERS = new Set(['目录', '目次']);

/** Reader line 99 "为 民 篇" (and the TOC's 务实篇, 清廉篇): a short name ending in 篇, spaced out or not. */
const NAMED_PART = /^\p{Script=Han}{1,3}篇$/u;
/** The other common way to open a part: "第一篇", "第二部分 …". */
const NUMBERED_PART = /^第([〇零一二三四五六七八九十百\d]+)(?:篇|部分|编)(?:[\s：:]|$)/u;
/** A part line with a title ("第二部分 求真务实") is still short; a sentence starting "第一篇…" is not a part. */
const MAX_PART_LINE = 30;

/** Reader line 101 "■ 扎根群众，情系民生": a part's subtitle, set off by a square (or a similar bullet). */
const SUBTITLE_MARK = /^[■□◆◇●○▲△★☆]\s*(\S.*)$/u;

/** "第一章 总则", "第三节：…": a book's chapters and sections, named by a word; the rest of the line is the title. */
const CHAPTER_WORD = /^第([〇零一二三四五六七八九十百\d]+)章(?:[\s：:]|$)/u;
const SECTION_WORD = /^第([〇零一二三四五六七八九十百\d]+)节(?:[\s：:]|$)/u;
/** Guide line 7 "一、习近平总书记…", reader line 109 "一、群众路线…". */
const CHAPTER_NUMBER = /^([〇零一二三四五六七八九十百]+)、/u;
/** "（一）坚持…": the level between 一、 and 1. in official documents; label kept as printed. */
const HAN_PAREN_NUMBER = /^([（(][〇零一二三四五六七八九十百]+[）)])/u;
/** Guide line 10 "1. 强调…", reader line 115 "1. 群众路线：…"; a digit after the dot is a decimal ("3.5亿"), not a number. */
const SECTION_NUMBER = /^(\d{1,3})(?:[.．](?!\d)|、)/u;
/** Reader line 133 "（1）一切为了群众" (full-width) and line 145 "(3) 从群众中来…" (ASCII): label kept as printed. */
const SUBSECTION_NUMBER = /^([（(]\d{1,3}[）)])/u;

/**
 * A numbered line this long is a paragraph, however it ends: the longest heading line seen is guide line 7
 * (45 characters), and paragraph lines run to hundreds.
 */
const MAX_STANDALONE_HEADING = 100;

/** Whitespace removed and full-width forms folded, for comparing what the print spaced out ("为 民 篇" = "为民篇"). */
export function compactText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

export function classifyLine(raw: string, levels: NumberingLevels = CLASSIC_LEVELS): LineShape {
  const text = raw.trim();
  if (text === '') return { kind: 'blank' };
  const compact = compactText(text);
  if (compact in MATTER_SLUGS) return { kind: 'matter', text, slug: MATTER_SLUGS[compact] };
  if (TOC_HEADERS.has(compact)) return { kind: 'toc-header', text };
  const part = matchPart(text, compact);
  if (part) return part;
  const mark = SUBTITLE_MARK.exec(text);
  if (mark) return { kind: 'mark', text, subtitle: mark[1].trim() };
  return matchNumbered(text, levels) ?? { kind: 'text', text };
}

/** "第一篇" fits both patterns; it is tried as numbered first so that it keeps its label "一". */
function matchPart(text: string, compact: string): LineShape | undefined {
  const numbered = NUMBERED_PART.exec(text);
  if (numbered && codePointLength(text) <= MAX_PART_LINE) return { kind: 'part', text, label: numbered[1] };
  if (NAMED_PART.test(compact)) return { kind: 'part', text };
  return undefined;
}

function matchNumbered(text: string, levels: NumberingLevels): LineShape | undefined {
  const numbering = readNumbering(text);
  if (!numbering) return undefined;
  const level = levels[numbering.style];
  return { kind: 'numbered', text, ...numbering, level, isStandalone: isStandaloneHeading(text) };
}

/** Built once, not per line: a million-line upload classifies every line twice. */
const NUMBERING_PATTERNS: [NumberingStyle, RegExp][] = [
  ['chapter-word', CHAPTER_WORD],
  ['section-word', SECTION_WORD],
  ['han-comma', CHAPTER_NUMBER],
  ['han-paren', HAN_PAREN_NUMBER],
  ['digit-dot', SECTION_NUMBER],
  ['digit-paren', SUBSECTION_NUMBER],
];

function readNumbering(text: string): { style: NumberingStyle; label: string } | undefined {
  for (const [style, pattern] of NUMBERING_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return { style, label: match[1] };
  }
  return undefined;
}

/**
 * A numbered line is a heading on its own line when it has no sentence end (guide line 7, reader line 115) and
 * does not stop on a comma (then it is a numbered paragraph cut by a page break). One with a sentence end is a
 * run-in point: guide line 10 "1. 强调…位置。总书记指出…".
 */
function isStandaloneHeading(text: string): boolean {
  if (containsSentenceEnd(text)) return false;
  if (/[，、,]$/u.test(text)) return false;
  return codePointLength(text) <= MAX_STANDALONE_HEADING;
}

/** A numbered line's style, level and label, for TOC entries, which are classified like body lines. */
export function numberingOf(
  text: string,
  levels: NumberingLevels = CLASSIC_LEVELS,
): { style: NumberingStyle; level: HeadingLevel; label: string } | undefined {
  const numbering = readNumbering(text.trim());
  return numbering && { ...numbering, level: levels[numbering.style] };
}
