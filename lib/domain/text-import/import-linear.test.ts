/**
 * The importer is linear in its input (issue 9, finding 1): a file of unpunctuated one-character lines is one long
 * run of page-break joins, and once cost N² — 16,000 lines held the server for 5 s, 500,000 for over 12 minutes.
 */
import { describe, expect, it } from 'vitest';
import { importText, type TextFormat } from './index';

function timeImport(source: string, format: TextFormat): number {
  const started = performance.now();
  importText(source, { format, recordLines: true });
  return performance.now() - started;
}

describe.each<TextFormat>(['plain', 'markdown'])('importing %s text', (format) => {
  it('reads 2 MB of one-character lines in bounded time', () => {
    const source = 'a\n'.repeat(1024 * 1024);
    // Quadratic took hours; linear takes ~5–20 s on a busy 2-core machine (in the server it runs in a worker).
    expect(timeImport(source, format)).toBeLessThan(60_000);
  });

  it('grows linearly: four times the lines cost well under sixteen times as long', () => {
    const small = 'a\n'.repeat(25_000);
    const large = 'a\n'.repeat(100_000);
    timeImport(small, format); // warm up the JIT so the first measure is not the slow one
    const ratio = Math.min(...[0, 1, 2].map(() => timeImport(large, format) / timeImport(small, format)));
    expect(ratio).toBeLessThan(8);
  });
});

describe('page-break mending', () => {
  it('joins cut lines and records where, as before', () => {
    const doc = importText('第一章 开头\n\n社会主义革命与建\n\n设的目的。\n', { format: 'plain' });
    const paragraph = doc.blocks.find((b) => b.kind === 'paragraph')!;
    expect(paragraph.text).toBe('社会主义革命与建设的目的。');
    expect(doc.mendedBreaks).toEqual([expect.objectContaining({ offset: 8, before: '革命与建', after: '设的目的' })]);
  });

  it('a piece of closing quotes alone leaves the decision to the text before it', () => {
    // "好" is cut short, so "”" joins it; "好”" still lacks a paragraph end, so the next line joins too.
    const doc = importText('第一章 开头\n\n他说：“好\n\n”\n\n我们走。\n\n下一段。\n', { format: 'plain' });
    expect(doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual(['他说：“好”我们走。', '下一段。']);
  });
});
