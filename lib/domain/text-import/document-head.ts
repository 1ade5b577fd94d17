/**
 * The head of a text: everything before its reading matter. Two kinds are seen.
 * - An article (the guide): title, a "——" subtitle, a byline, then the reading matter starts with a lead paragraph.
 * - A book (the reader): cover, CIP data and colophon, all metadata; the reading matter starts at 前言.
 * A book is told apart by its cataloguing marks (ISBN, CIP, the rights notice), which an article never carries.
 */
import { codePointLength } from '../code-points';
import { classifyLine } from './classify-line';
import { isColophonLine, parseColophon, type Colophon } from './colophon';
import { containsSentenceEnd } from './punctuation';
import type { DocumentMetadata } from './types';

export interface DocumentHead {
  title?: string;
  subtitle?: string;
  byline?: string;
  metadata: DocumentMetadata;
  /** index of the first line of reading matter */
  bodyStart: number;
}

const BOOK_MARKS = /ISBN|图书在版编目|CIP|版权所有/u;
/** Reader line 23 "图书在版编目(CIP)数据" opens the CIP block, line 34 "…CIP 数据核字(2013)第 053997 号" closes it. */
const CIP_OPENING = /图书在版编目|CIP\s*数据|[(（]CIP[)）]/u;
const CIP_CLOSING = /数据核字/u;
/** Reader lines 7 and 19 "许峰◎编著": the cover's name◎role byline. */
const COVER_BYLINE = /([\p{Script=Han}·]{2,8})◎(\p{Script=Han}{1,4})/u;
/** Guide line 2 "——学习贯彻…": a subtitle hangs from a dash. */
const SUBTITLE_DASH = /^(——|－－|--|—)\s*/u;
/** Longest title or byline line accepted: guide line 1 has 17 characters, line 4 has 15. */
const MAX_TITLE_LENGTH = 50;
const MAX_BYLINE_LENGTH = 40;

export function readDocumentHead(lines: string[]): DocumentHead {
  const landmark = findFirstLandmark(lines);
  const isBook = lines.slice(0, landmark).some((line) => BOOK_MARKS.test(line));
  return isBook ? readBookHead(lines, landmark) : readArticleHead(lines, landmark);
}

/** The first line that can only be reading matter: a 前言-like heading, a TOC, a part or a numbered heading. */
function findFirstLandmark(lines: string[]): number {
  const at = lines.findIndex((line) => {
    const shape = classifyLine(line);
    return shape.kind === 'matter' || shape.kind === 'toc-header' || shape.kind === 'part' || shape.kind === 'numbered';
  });
  return at < 0 ? lines.length : at;
}

function nextNonBlank(lines: string[], from: number, until: number): number {
  for (let i = from; i < until; i++) if (lines[i].trim() !== '') return i;
  return -1;
}

function nonBlankLines(lines: string[], from: number, until: number): string[] {
  return lines
    .slice(from, until)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Title, optional "——" subtitle (stored without its dashes), optional byline; each only if it looks the part. */
function readArticleHead(lines: string[], landmark: number): DocumentHead {
  const head: DocumentHead = { metadata: {}, bodyStart: 0 };
  const titleAt = nextNonBlank(lines, 0, landmark);
  if (titleAt < 0 || !isTitleLike(lines[titleAt].trim())) return head;
  head.title = lines[titleAt].trim();
  head.bodyStart = titleAt + 1;
  const subtitleAt = nextNonBlank(lines, head.bodyStart, landmark);
  if (subtitleAt >= 0 && SUBTITLE_DASH.test(lines[subtitleAt].trim())) {
    head.subtitle = lines[subtitleAt].trim().replace(SUBTITLE_DASH, '');
    head.bodyStart = subtitleAt + 1;
  }
  const bylineAt = nextNonBlank(lines, head.bodyStart, landmark);
  if (bylineAt >= 0 && isBylineLike(lines[bylineAt].trim())) {
    head.byline = lines[bylineAt].trim();
    head.bodyStart = bylineAt + 1;
  }
  return head;
}

/** A title is short and is not a sentence (a lead paragraph starting the text right away is). */
function isTitleLike(text: string): boolean {
  return codePointLength(text) <= MAX_TITLE_LENGTH && !containsSentenceEnd(text) && !/[，、,；;]$/u.test(text);
}

/** A byline names people or a body (guide line 4 "中央直属机关工委理论学习中心组"): short, no sentence marks. */
function isBylineLike(text: string): boolean {
  return codePointLength(text) <= MAX_BYLINE_LENGTH && !/[，。！？；：,!?;:]/u.test(text);
}

/**
 * Cover lines up to the CIP block, the CIP block up to its closing line, then the colophon up to its last row.
 * Reading matter starts after the last metadata line (blank lines and all) and at the latest at the landmark.
 */
function readBookHead(lines: string[], landmark: number): DocumentHead {
  const cipStart = lines.slice(0, landmark).findIndex((line) => CIP_OPENING.test(line));
  const firstColophonRow = findIndexFrom(lines, Math.max(cipStart, 0), landmark, isColophonLine);
  const coverEnd = cipStart >= 0 ? cipStart : firstColophonRow >= 0 ? firstColophonRow : landmark;
  const cipEnd = cipStart >= 0 ? findCipEnd(lines, cipStart, landmark) : coverEnd;
  const lastRow = findLastIndexBefore(lines, cipEnd, landmark, isColophonLine);
  const colophonEnd = lastRow >= 0 ? lastRow + 1 : cipEnd;

  const cover = nonBlankLines(lines, 0, coverEnd);
  const cip = nonBlankLines(lines, coverEnd, cipEnd);
  const colophon = parseColophon(lines.slice(cipEnd, colophonEnd));
  return {
    title: colophon.fields['书名'] || titleFromCip(cip) || cover[0],
    byline: bylineFromCover(cover) ?? bylineFromColophon(colophon),
    metadata: describeBook(cover, cip, colophon),
    bodyStart: colophonEnd,
  };
}

/** Index just past the CIP block: its "数据核字" line, or else the line before the first colophon row. */
function findCipEnd(lines: string[], cipStart: number, landmark: number): number {
  const closing = findIndexFrom(lines, cipStart, landmark, (line) => CIP_CLOSING.test(line));
  if (closing >= 0) return closing + 1;
  const row = findIndexFrom(lines, cipStart + 1, landmark, (line) => line.includes('\t'));
  return row >= 0 ? row : landmark;
}

function findIndexFrom(lines: string[], from: number, until: number, test: (line: string) => boolean): number {
  for (let i = from; i < until; i++) if (test(lines[i])) return i;
  return -1;
}

function findLastIndexBefore(lines: string[], from: number, until: number, test: (line: string) => boolean): number {
  for (let i = until - 1; i >= from; i--) if (test(lines[i])) return i;
  return -1;
}

/** Reader line 25 "群众路线教育实践活动学习读本/许峰编著.": the CIP title proper comes before the slash. */
function titleFromCip(cip: string[]): string | undefined {
  const line = cip.find((text) => text.includes('/'));
  return line?.split('/')[0].trim() || undefined;
}

function bylineFromCover(cover: string[]): string | undefined {
  for (const line of cover) {
    const match = COVER_BYLINE.exec(line);
    if (match) return `${match[1]} ${match[2]}`;
  }
  return undefined;
}

/** The colophon prints names spaced to the column width ("许 峰"); the byline drops that layout spacing. */
function bylineFromColophon(colophon: Colophon): string | undefined {
  for (const role of ['编著', '主编', '编者', '著者', '作者']) {
    const name = colophon.fields[role]?.replace(/\s+/gu, '');
    if (name) return `${name} ${role === '著者' || role === '作者' ? '著' : role}`;
  }
  return undefined;
}

function describeBook(cover: string[], cip: string[], colophon: Colophon): DocumentMetadata {
  const metadata: DocumentMetadata = {};
  const isbn = colophon.fields['ISBN'] || findIsbn([...cip, ...cover]);
  if (isbn) metadata.isbn = isbn;
  const publisher = colophon.fields['出版发行'] || colophon.fields['出版'] || publisherFromCip(cip);
  const published = publishedFromEdition(colophon.fields['版次']) ?? publishedFromCip(cip);
  if (publisher) metadata.publisher = publisher;
  if (published) metadata.published = published;
  if (colophon.fields['定价']) metadata.price = colophon.fields['定价'];
  if (cover.length > 0) metadata.cover = cover;
  if (cip.length > 0) metadata.cip = cip;
  if (Object.keys(colophon.fields).length > 0) metadata.colophon = colophon.fields;
  if (colophon.notes.length > 0) metadata.colophonNotes = colophon.notes;
  if (colophon.rights) metadata.rights = colophon.rights;
  return metadata;
}

function findIsbn(lines: string[]): string | undefined {
  for (const line of lines) {
    const match = /ISBN[\s：:]*([\dXx-]{10,17})/u.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

/** Reader line 27 "—北京:红旗出版社,2013.3": place, publisher, year.month. */
const CIP_IMPRINT = /[:：]\s*([^,，]+?)\s*[,，]\s*(\d{4})(?:\.(\d{1,2}))?/u;

function publisherFromCip(cip: string[]): string | undefined {
  for (const line of cip) {
    const match = CIP_IMPRINT.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

function publishedFromCip(cip: string[]): string | undefined {
  for (const line of cip) {
    const match = CIP_IMPRINT.exec(line);
    if (match) return match[3] ? `${match[2]}-${match[3].padStart(2, '0')}` : match[2];
  }
  return undefined;
}

/**
 * Reader line 49 "2013年4月北京第1版": the first edition's month, as "2013-04". The CIP line says "2013.3" (the
 * cataloguing date); the edition line is what the book itself states as its publication.
 */
function publishedFromEdition(edition: string | undefined): string | undefined {
  const match = edition ? /(\d{4})年(?:(\d{1,2})月)?/u.exec(edition) : null;
  if (!match) return undefined;
  return match[2] ? `${match[1]}-${match[2].padStart(2, '0')}` : match[1];
}
