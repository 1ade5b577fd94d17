/**
 * Test fixtures for the exports and the minutes: annotations on real passages of the starting library's
 * mass-line-guide.txt, imported by the real importer, so offsets, quotes and heading trails are the ones a group
 * would produce. Used by tests only.
 */
import { readFileSync } from 'node:fs';
import { quoteAt } from '../anchor';
import { codePointLength, codePoints } from '../code-points';
import { importPlainText, type ImportedBlock, type ImportedDocument } from '../text-import';
import type { ExportAnnotation, ExportReply } from './export-annotation';

export const GUIDE_TEXT_ID = 'mass-line-guide';

let cached: ImportedDocument | undefined;

export function guideDocument(): ImportedDocument {
  cached ??= importPlainText(readFileSync(new URL('../../../content/texts/mass-line-guide.txt', import.meta.url), 'utf8'));
  return cached;
}

export function guideBlock(path: string): ImportedBlock {
  const block = guideDocument().blocks.find((b) => b.path === path);
  if (!block) throw new Error(`no block ${path} in mass-line-guide.txt`);
  return block;
}

/** The headings above a block, outermost first, as the services would compute them. */
export function headingTrailOf(path: string): string[] {
  return guideDocument()
    .blocks.filter((b) => b.kind === 'heading' && (path === b.path || path.startsWith(`${b.path}/`)))
    .map((b) => b.text);
}

/** The n-th sentence (ending in 。！？) of a block, with its code-point range. */
export function sentenceOf(path: string, n: number): { start: number; end: number; exact: string } {
  const text = guideBlock(path).text;
  const sentences = text.match(/[^。！？]+[。！？]?/gu) ?? [];
  if (n >= sentences.length) throw new Error(`block ${path} has only ${sentences.length} sentences`);
  const before = sentences.slice(0, n).join('');
  const start = codePointLength(before);
  return { start, end: start + codePointLength(sentences[n]), exact: sentences[n] };
}

/** The range of the first occurrence of `words` in a block. */
export function phraseOf(path: string, words: string): { start: number; end: number; exact: string } {
  const text = guideBlock(path).text;
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`"${words}" is not in block ${path}`);
  const start = codePointLength(text.slice(0, at));
  return { start, end: start + codePointLength(words), exact: words };
}

let counter = 0;

export function makeAnnotation(
  path: string,
  range: { start: number; end: number },
  fields: Partial<ExportAnnotation> = {},
): ExportAnnotation {
  const block = guideBlock(path);
  const quote = quoteAt(block.text, range.start, range.end);
  const id = fields.id ?? `ann-${++counter}`;
  return {
    id,
    groupId: 'group-1',
    groupName: '机关第一党支部学习小组',
    sessionId: 'session-1',
    sessionTitle: '第三次集中学习：群众路线',
    textId: GUIDE_TEXT_ID,
    textTitle: guideDocument().title,
    version: 1,
    blockId: `block-${path}`,
    blockPath: path,
    headingTrail: headingTrailOf(path),
    start: range.start,
    end: range.end,
    ...quote,
    kind: 'key',
    note: '',
    authorName: '张伟',
    authorId: 'u-zhang',
    visibility: 'group',
    createdAt: '2025-05-10T11:05:00.000Z',
    editedAt: null,
    deleted: false,
    replies: [],
    ...fields,
  };
}

export function makeReply(id: string, fields: Partial<ExportReply> = {}): ExportReply {
  return {
    id,
    authorName: '李娜',
    body: '同意。',
    createdAt: '2025-05-10T11:20:00.000Z',
    editedAt: null,
    deleted: false,
    parentId: null,
    ...fields,
  };
}

/**
 * A group's export with everything an exporter must get right: Chinese quotes from several blocks, notes with
 * non-BMP characters (𠀋, 😀), an English note, hostile text, a thread with a reply to a reply, a deleted reply
 * that still holds a live answer, a deleted annotation that replies still answer, one deleted outright, and a
 * private one that must never come out.
 */
export function sampleExport(): ExportAnnotation[] {
  return [
    makeAnnotation('p1', sentenceOf('p1', 0), {
      id: 'a-intro',
      kind: 'key',
      note: '开篇点题：群众路线是“根本指南”。𠀋字测试，😀 也要原样保留。',
      createdAt: '2025-05-10T11:03:00.000Z',
      editedAt: '2025-05-10T11:09:30.000Z',
      replies: [
        makeReply('r-1', { authorName: '王芳', body: '这一句要背下来。', createdAt: '2025-05-10T11:10:00.000Z' }),
        makeReply('r-2', { authorName: '张伟', body: '同意，@王芳 下次领读。', parentId: 'r-1', createdAt: '2025-05-10T11:12:00.000Z' }),
      ],
    }),
    makeAnnotation('ch1/s1/p1', phraseOf('ch1/s1/p1', '人民是历史的创造者，群众是真正的英雄'), {
      id: 'a-heroes',
      kind: 'insight',
      authorName: '李娜',
      authorId: 'u-li',
      note: '第一行\n# 不是标题\n=HYPERLINK("http://evil.example","点我") <script>alert(1)</script> | 管道 [链接](http://evil.example)',
      createdAt: '2025-05-10T11:15:00.000Z',
    }),
    makeAnnotation('ch1/s2/p1', sentenceOf('ch1/s2/p1', 1), {
      id: 'a-question',
      kind: 'question',
      authorName: '𠀋小明',
      authorId: 'u-xiao',
      note: '“无源之水、无本之木”怎么理解？',
      createdAt: '2025-05-10T11:25:00.000Z',
      replies: [
        makeReply('r-3', { authorName: '李娜', body: '', deleted: true, createdAt: '2025-05-10T11:26:00.000Z' }),
        makeReply('r-4', { authorName: '王芳', body: 'Roots matter: 没有群众就没有根基。', parentId: 'r-3', createdAt: '2025-05-10T11:27:00.000Z' }),
        makeReply('r-5', { authorName: '张伟', body: '', deleted: true, createdAt: '2025-05-10T11:28:00.000Z' }),
      ],
    }),
    makeAnnotation('ch1/s2/p1', sentenceOf('ch1/s2/p1', 1), {
      id: 'a-bare',
      kind: 'key',
      authorName: '王芳',
      authorId: 'u-wang',
      createdAt: '2025-05-10T11:29:00.000Z',
    }),
    makeAnnotation('ch1/s3/p1', sentenceOf('ch1/s3/p1', 0), {
      id: 'a-deleted-held',
      kind: 'insight',
      note: 'withdrawn words that must not leave the server',
      deleted: true,
      replies: [makeReply('r-6', { authorName: '王芳', body: '原批注删了，但这段讨论留着。', createdAt: '2025-05-10T11:40:00.000Z' })],
    }),
    makeAnnotation('ch1/s4/p1', sentenceOf('ch1/s4/p1', 0), {
      id: 'a-deleted-gone',
      note: 'gone for good',
      deleted: true,
      replies: [makeReply('r-7', { body: '', deleted: true })],
    }),
    makeAnnotation('ch1/s5/p1', sentenceOf('ch1/s5/p1', 0), {
      id: 'a-private',
      visibility: 'private',
      note: '私人笔记：不得导出',
    }),
    makeAnnotation('ch1/s5/p1', sentenceOf('ch1/s5/p1', 1), {
      id: 'a-english',
      kind: 'insight',
      authorName: 'Anna',
      authorId: 'u-anna',
      note: 'Innovation in method, continuity in purpose.',
      createdAt: '2025-05-10T11:50:00.000Z',
    }),
  ];
}

/** Code points, for tests that check offsets against a block's text. */
export function blockSlice(path: string, start: number, end: number): string {
  return codePoints(guideBlock(path).text).slice(start, end).join('');
}
