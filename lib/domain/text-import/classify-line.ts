/**
 * What one source line looks like on its own: blank, a heading of some kind, a TOC header, a part's "■" subtitle,
 * or plain text. Context (is this the head of the file, the TOC, a run-in point) is decided by the callers.
 */
import { codePointLength } from '../code-points';
import { containsSentenceEnd } from './punctuation';
import type { HeadingLevel } from './types';

export type NumberedLevel = Exclude<HeadingLevel, 'part'>;

export type LineShape =
  | { kind: 'blank' }
  | { kind: 'matter'; text: string; slug: string }
  | { kind: 'toc-header'; text: string }
  | { kind: 'part'; text: string; label?: string }
  | { kind: 'mark'; text: string; subtitle: string }
  | { kind: 'numbered'; text: string; level: NumberedLevel; label: string; isStandalone: boolean }
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

/** Guide line 7 "一、习近平总书记…", reader line 109 "一、群众路线…". */
const CHAPTER_NUMBER = /^([〇零一二三四五六七八九十百]+)、/u;
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

export function classifyLine(raw: string): LineShape {
  const text = raw.trim();
  if (text === '') return { kind: 'blank' };
  const compact = compactText(text);
  if (compact in MATTER_SLUGS) return { kind: 'matter', text, slug: MATTER_SLUGS[compact] };
  if (TOC_HEADERS.has(compact)) return { kind: 'toc-header', text };
  const part = matchPart(text, compact);
  if (part) return part;
  const mark = SUBTITLE_MARK.exec(text);
  if (mark) return { kind: 'mark', text, subtitle: mark[1].trim() };
  return matchNumbered(text) ?? { kind: 'text', text };
}

/** "第一篇" fits both patterns; it is tried as numbered first so that it keeps its label "一". */
function matchPart(text: string, compact: string): LineShape | undefined {
  const numbered = NUMBERED_PART.exec(text);
  if (numbered && codePointLength(text) <= MAX_PART_LINE) return { kind: 'part', text, label: numbered[1] };
  if (NAMED_PART.test(compact)) return { kind: 'part', text };
  return undefined;
}

function matchNumbered(text: string): LineShape | undefined {
  const numbering = readNumbering(text);
  if (!numbering) return undefined;
  return { kind: 'numbered', text, ...numbering, isStandalone: isStandaloneHeading(text) };
}

function readNumbering(text: string): { level: NumberedLevel; label: string } | undefined {
  const chapter = CHAPTER_NUMBER.exec(text);
  if (chapter) return { level: 'chapter', label: chapter[1] };
  const section = SECTION_NUMBER.exec(text);
  if (section) return { level: 'section', label: section[1] };
  const subsection = SUBSECTION_NUMBER.exec(text);
  if (subsection) return { level: 'subsection', label: subsection[1] };
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

/** A numbered line's level and label, for TOC entries, which are classified like body lines. */
export function numberingOf(text: string): { level: NumberedLevel; label: string } | undefined {
  return readNumbering(text.trim());
}
