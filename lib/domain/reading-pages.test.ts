import { describe, expect, it } from 'vitest';
import { readingPages } from './reading-pages';

describe('readingPages', () => {
  it('covers every block once, in order, the last run shorter', () => {
    const ids = Array.from({ length: 7 }, (_, i) => `b${i}`);
    const pages = readingPages(ids, 3);
    expect(pages.map((p) => [p.key, p.from, p.to, [...p.blockIds]])).toEqual([
      ['0-2', 0, 2, ['b0', 'b1', 'b2']],
      ['3-5', 3, 5, ['b3', 'b4', 'b5']],
      ['6-6', 6, 6, ['b6']],
    ]);
  });

  it('has no page for no blocks and refuses a size below one', () => {
    expect(readingPages([], 4)).toEqual([]);
    expect(() => readingPages(['b0'], 0)).toThrow(RangeError);
  });
});
