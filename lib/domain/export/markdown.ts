/**
 * Annotations as a Markdown document for reading and archiving: by text, then by the headings above each passage,
 * each passage quoted once with the annotations on it and their replies indented below.
 *
 * Everything users wrote (notes, replies, names) and the quoted text is escaped, so what renders is exactly what
 * was written: a note cannot open a heading, a list, a table, a link, an image or raw HTML, and line breaks stay
 * line breaks inside the quote or list item they belong to.
 */
import {
  headingTrailLabel,
  isExportable,
  sortForReading,
  threadReplies,
  hasLiveReplies,
  type ExportAnnotation,
  type ExportReflection,
} from './export-annotation';
import { kindLabel, serverTimeZone, type Locale } from '../../i18n/messages';
import { MARKDOWN_EXPORT_LABELS as LABELS } from '../../i18n/messages-export';
import { formatStamp } from '../../i18n/format';

/**
 * Escapes one line of user text for Markdown (CommonMark + GFM). Characters that mean something anywhere are
 * backslash-escaped; those that only mean something at the start of a line (list and heading-underline markers,
 * "1." / "1)") only there. Leading spaces go (four would start a code block); CJK text has none of these
 * characters, so Chinese stays readable in the .md file itself.
 */
export function escapeMarkdownLine(line: string): string {
  const trimmed = line.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
  return trimmed
    .replace(/[\\`*_{}[\]<>#|~&$!]/g, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
}

/** Escaped user text for inline use (a table cell, a name, a heading): line breaks become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdownLine(normalizeNewlines(text).replace(/\n+/g, ' '));
}

/**
 * Escaped user text as lines inside a container: every line starts with `prefix` ("> " in a quote, spaces in a
 * list item), lines of one paragraph end in a hard break, and an empty line stays a paragraph break in the same
 * container rather than closing it.
 */
export function markdownBlock(text: string, prefix: string): string[] {
  const lines = normalizeNewlines(text).split('\n').map(escapeMarkdownLine);
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  while (lines.length && lines[0] === '') lines.shift();
  return lines.map((line, i) => {
    if (line === '') return prefix.trimEnd();
    const continues = i + 1 < lines.length && lines[i + 1] !== '';
    return `${prefix}${line}${continues ? '\\' : ''}`;
  });
}

export interface MarkdownExportOptions {
  /** the document's title; default: the group's name + "批注" */
  title?: string;
  locale?: Locale;
  /** for the times shown; default the server's (DISPLAY_TIME_ZONE) */
  timeZone?: string;
  /** block ids in reading order; without it blocks are ordered by their outline paths */
  blockOrder?: readonly string[];
  /** session reflections (体会): a section per session after the annotations */
  reflections?: readonly ExportReflection[];
}

/** The annotations (private ones skipped) as one Markdown document. */
export function annotationsToMarkdown(records: readonly ExportAnnotation[], options: MarkdownExportOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const L = LABELS[locale];
  const tz = options.timeZone ?? serverTimeZone();
  const shown = sortForReading(
    records.filter((a) => isExportable(a) && (!a.deleted || hasLiveReplies(a))),
    options.blockOrder,
  );
  const title = options.title ?? L.title(records[0]?.groupName ?? '');
  const out: string[] = [`# ${escapeMarkdownInline(title)}`, ''];
  const replyCount = shown.reduce((n, a) => n + a.replies.filter((r) => !r.deleted).length, 0);
  out.push(shown.length ? L.summary(shown.filter((a) => !a.deleted).length, replyCount) : L.empty, '');

  let text = '';
  let heading = '';
  let passage = '';
  for (const a of shown) {
    const textHeading = `${L.book(a.textTitle)}${L.version(a.version)}`;
    if (textHeading !== text) {
      text = textHeading;
      heading = '';
      out.push(`## ${escapeMarkdownInline(textHeading)}`, '');
    }
    const trail = a.headingTrail.length ? headingTrailLabel(a.headingTrail) : L.opening;
    if (trail !== heading) {
      heading = trail;
      passage = '';
      out.push(`### ${escapeMarkdownInline(trail)}`, '');
    }
    const passageKey = `${a.blockId}:${a.start}:${a.end}`;
    if (passageKey !== passage) {
      passage = passageKey;
      out.push(...markdownBlock(a.exact, '> '), '');
    }
    out.push(...annotationItem(a, locale, tz), '');
  }
  const bySession = new Map<string, ExportReflection[]>();
  for (const r of [...(options.reflections ?? [])].sort((x, y) => x.createdAt.localeCompare(y.createdAt))) {
    bySession.set(r.sessionId, [...(bySession.get(r.sessionId) ?? []), r]);
  }
  for (const reflections of bySession.values()) {
    out.push(`## ${escapeMarkdownInline(L.reflectionsOf(reflections[0].sessionTitle))}`, '');
    for (const r of reflections) {
      const meta = [formatStamp(r.createdAt, tz), ...(r.editedAt ? [L.edited] : [])];
      const body = markdownBlock(r.body, '  ');
      out.push(`- **${escapeMarkdownInline(r.authorName)}**${L.sep}${meta.join(L.sep)}${body.length ? '\\' : ''}`, ...body, '');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function annotationItem(a: ExportAnnotation, locale: Locale, tz: string): string[] {
  const L = LABELS[locale];
  const lines: string[] = [];
  if (a.deleted) {
    lines.push(`- ${L.deleted}`);
  } else {
    const meta = [kindLabel(a.kind, locale), formatStamp(a.createdAt, tz), ...(a.editedAt ? [L.edited] : [])];
    lines.push(`- **${escapeMarkdownInline(a.authorName)}**${L.sep}${meta.join(L.sep)}`);
    if (a.note.trim()) lines.push('', ...markdownBlock(a.note, '  '));
  }
  const thread = threadReplies(a.replies);
  const depthOf = new Map<string, number>();
  for (const { reply } of thread) {
    const parentDepth = reply.parentId !== null ? depthOf.get(reply.parentId) : undefined;
    depthOf.set(reply.id, parentDepth === undefined ? 1 : parentDepth + 1);
  }
  for (const { reply, isPlaceholder } of thread) {
    const indent = '  '.repeat(depthOf.get(reply.id)!);
    if (isPlaceholder) {
      lines.push(`${indent}- ${L.deletedReply}`);
      continue;
    }
    const meta = [L.reply, formatStamp(reply.createdAt, tz), ...(reply.editedAt ? [L.edited] : [])];
    const body = markdownBlock(reply.body, `${indent}  `);
    // A hard break after the byline keeps the reply's text on its own line within the same list item.
    lines.push(`${indent}- **${escapeMarkdownInline(reply.authorName)}**${L.sep}${meta.join(L.sep)}${body.length ? '\\' : ''}`, ...body);
  }
  return lines;
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
