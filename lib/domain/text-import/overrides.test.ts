/**
 * The preview's corrections: each block can say which source line it starts on, and a leader can force a line to
 * be a heading of some level or a plain paragraph.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importMarkdown, importPlainText, importText, detectTextFormat, outlineOf } from './index';

const GUIDE = readFileSync(new URL('../../../content/texts/mass-line-guide.txt', import.meta.url), 'utf8');
const READER = readFileSync(new URL('../../../content/texts/mass-line-study-reader.txt', import.meta.url), 'utf8');

describe('source lines', () => {
  it('are recorded only when asked, a run-in heading and its paragraph sharing theirs', () => {
    expect(importPlainText(GUIDE).blocks.some((block) => 'line' in block)).toBe(false);
    const doc = importPlainText(GUIDE, { recordLines: true });
    expect(doc.blocks.slice(0, 5).map((block) => [block.line, block.path])).toEqual([
      [6, 'p1'],
      [7, 'ch1'],
      [8, 'ch1/p1'],
      [10, 'ch1/s1'],
      [10, 'ch1/s1/p1'],
    ]);
  });

  it('give a mended paragraph the line it starts on (reader lines 62–66)', () => {
    const doc = importPlainText(READER, { recordLines: true });
    expect(doc.blocks.find((block) => block.path === 'preface/p4')?.line).toBe(62);
  });
});

describe('overrides of the plain-text import', () => {
  it('demote a run-in point to a paragraph: the whole line, with no heading split off', () => {
    const doc = importPlainText(GUIDE, { overrides: { 10: 'paragraph' } });
    expect(doc.blocks.slice(2, 5).map((block) => [block.path, block.kind])).toEqual([
      ['ch1/p1', 'paragraph'],
      ['ch1/p2', 'paragraph'],
      ['ch1/s1', 'heading'],
    ]);
    expect(doc.blocks[3].text.startsWith('1. 强调始终把人民群众放在心中最高的位置。总书记指出')).toBe(true);
    expect(doc.blocks[4].text).toBe('2. 强调群众路线是我们党的生命线和根本工作路线。');
  });

  it('demote a heading without closing punctuation, and never join it to the next paragraph', () => {
    const doc = importPlainText(READER, { overrides: { 133: 'paragraph' } });
    const at = doc.blocks.findIndex((block) => block.text === '（1）一切为了群众');
    expect(doc.blocks[at]).toEqual({ path: 'pt1/ch1/s2/p2', kind: 'paragraph', text: '（1）一切为了群众' });
    expect(doc.blocks[at + 1].text.startsWith('一切为了群众，就是指')).toBe(true);
    expect(outlineOf(doc).filter((item) => item.path.startsWith('pt1/ch1/s2/')).map((item) => item.text)).toEqual([
      '（2）一切依靠群众',
      '(3) 从群众中来、到群众中去',
    ]);
  });

  it('change a heading’s level, keeping its label, and make a line of text a heading', () => {
    const doc = importPlainText(READER, { overrides: { 145: 'section', 113: 'chapter' } });
    const outline = outlineOf(doc);
    // Line 113 now opens chapter 2, so the sections after it are that chapter's; (3) is its third.
    expect(outline.find((item) => item.text === '(3) 从群众中来、到群众中去')).toEqual({
      path: 'pt1/ch2/s3',
      level: 'section',
      text: '(3) 从群众中来、到群众中去',
    });
    expect(doc.blocks.find((block) => block.text === '(3) 从群众中来、到群众中去')?.label).toBe('(3)');
    expect(outline.find((item) => item.text.startsWith('紧紧依靠群众、密切联系群众是党的三大作风之一'))).toMatchObject({
      path: 'pt1/ch2',
      level: 'chapter',
    });
  });

  it('report the lines they could not apply: the head of the text, blank lines, lines past the end', () => {
    const doc = importPlainText(GUIDE, { overrides: { 1: 'part', 3: 'chapter', 999: 'paragraph', 7: 'part' } });
    expect(doc.ignoredOverrides).toEqual([1, 3, 999]);
    expect(outlineOf(doc)[0]).toMatchObject({ path: 'pt1', level: 'part' });
    expect(importPlainText(GUIDE).ignoredOverrides).toBeUndefined();
  });

  it('leave the document as it was when they agree with the import', () => {
    expect(importPlainText(READER, { overrides: { 109: 'chapter', 115: 'section' } })).toEqual(importPlainText(READER));
  });
});

describe('overrides of the Markdown import', () => {
  const source = ['## 第一部分', '', '一段正文。', '', '### 误作标题的一句话', '', '一段正文。'].join('\n');

  it('demote a heading and promote a paragraph, by the line it starts on', () => {
    const doc = importMarkdown(source, { overrides: { 5: 'paragraph', 3: 'chapter' } });
    expect(doc.blocks.map((block) => [block.path, block.kind, block.text])).toEqual([
      ['pt1', 'heading', '第一部分'],
      ['pt1/ch1', 'heading', '一段正文。'],
      ['pt1/ch1/p1', 'paragraph', '误作标题的一句话'],
      ['pt1/ch1/p2', 'paragraph', '一段正文。'],
    ]);
  });
});

describe('importText', () => {
  it('reads by format, and tells the format from the file name', () => {
    expect(detectTextFormat('读本.MD')).toBe('markdown');
    expect(detectTextFormat('读本.txt')).toBe('plain');
    expect(importText('## 一章\n\n正文。', { format: 'markdown' }).blocks[0]).toMatchObject({ kind: 'heading' });
    expect(importText('## 一章\n\n正文。', { format: 'plain' }).blocks[0]).toMatchObject({ kind: 'paragraph' });
  });
});
