import { describe, expect, it } from 'vitest';
import { highlightSegments, type HighlightSegment } from './highlight-segments';

/** Segments as [text, ids] pairs: easier to read in a failing assertion than the full records. */
const pairs = (segments: HighlightSegment[]) => segments.map((s) => [s.text, s.ids]);

describe('highlightSegments', () => {
  it('returns the whole text as one plain segment when nothing is highlighted', () => {
    expect(highlightSegments('群众是真正的英雄', [])).toEqual([{ text: '群众是真正的英雄', start: 0, end: 8, ids: [] }]);
  });

  it('gives no segments for an empty block', () => {
    expect(highlightSegments('', [{ id: 'a', start: 0, end: 3 }])).toEqual([]);
  });

  it('cuts a single range out of a sentence', () => {
    expect(pairs(highlightSegments('群众路线是党的生命线', [{ id: 'a', start: 2, end: 4 }]))).toEqual([
      ['群众', []],
      ['路线', ['a']],
      ['是党的生命线', []],
    ]);
  });

  it('counts a CJK Extension B character (𠀋) as one position', () => {
    // '𠀋' is two UTF-16 units; code point 1 is '字', so a UTF-16 slice would cut the surrogate pair in half.
    const text = '𠀋字在此';
    const segments = highlightSegments(text, [{ id: 'a', start: 1, end: 2 }]);
    expect(pairs(segments)).toEqual([
      ['𠀋', []],
      ['字', ['a']],
      ['在此', []],
    ]);
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [0, 1],
      [1, 2],
      [2, 4],
    ]);
  });

  it('highlights an emoji and a 𠀋 as whole characters', () => {
    const text = '读书😀𠀋好';
    expect(pairs(highlightSegments(text, [{ id: 'e', start: 2, end: 4 }]))).toEqual([
      ['读书', []],
      ['😀𠀋', ['e']],
      ['好', []],
    ]);
    expect(pairs(highlightSegments(text, [{ id: 'x', start: 3, end: 4 }]))).toEqual([
      ['读书😀', []],
      ['𠀋', ['x']],
      ['好', []],
    ]);
  });

  it('splits overlapping ranges where the covering set changes, outermost id first', () => {
    // a: 0–6 "一切为了群众", b: 4–11 "群众，一切依靠": they overlap on the first "群众".
    const text = '一切为了群众，一切依靠群众';
    const segments = highlightSegments(text, [
      { id: 'a', start: 0, end: 6 },
      { id: 'b', start: 4, end: 11 },
    ]);
    expect(pairs(segments)).toEqual([
      ['一切为了', ['a']],
      ['群众', ['b', 'a']],
      ['，一切依靠', ['b']],
      ['群众', []],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('nests a range inside another, the shorter one innermost', () => {
    const text = '从群众中来，到群众中去';
    expect(pairs(highlightSegments(text, [{ id: 'inner', start: 1, end: 3 }, { id: 'outer', start: 0, end: 5 }]))).toEqual([
      ['从', ['outer']],
      ['群众', ['outer', 'inner']],
      ['中来', ['outer']],
      ['，到群众中去', []],
    ]);
  });

  it('keeps both ids of identical ranges, in the order given', () => {
    expect(pairs(highlightSegments('实事求是', [{ id: 'x', start: 0, end: 4 }, { id: 'y', start: 0, end: 4 }]))).toEqual([['实事求是', ['x', 'y']]]);
  });

  it('handles overlaps next to non-BMP characters', () => {
    const text = '😀𠀋ab😀';
    const segments = highlightSegments(text, [
      { id: 'p', start: 0, end: 3 },
      { id: 'q', start: 1, end: 5 },
      { id: 'r', start: 4, end: 5 },
    ]);
    expect(pairs(segments)).toEqual([
      ['😀', ['p']],
      ['𠀋a', ['q', 'p']],
      ['b', ['q']],
      ['😀', ['q', 'r']],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    // no segment holds a lone surrogate
    for (const s of segments) expect(s.text).toBe(Array.from(s.text).join(''));
    expect(segments.every((s) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(s.text))).toBe(true);
  });

  it('clamps ranges that run past the text and ignores empty or inverted ones', () => {
    expect(
      pairs(
        highlightSegments('学而时习之', [
          { id: 'past', start: 3, end: 99 },
          { id: 'empty', start: 2, end: 2 },
          { id: 'inverted', start: 4, end: 1 },
          { id: 'before', start: -5, end: 1 },
        ]),
      ),
    ).toEqual([
      ['学', ['before']],
      ['而时', []],
      ['习之', ['past']],
    ]);
  });

  it('reassembles the text exactly with many random overlapping ranges', () => {
    const text = '党的群众路线𠀋是😀根本工作路线，一切为了群众。';
    const length = Array.from(text).length;
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const ranges = Array.from({ length: 30 }, (_, i) => {
      const start = random(length);
      return { id: `r${i}`, start, end: start + 1 + random(length - start) };
    });
    const segments = highlightSegments(text, ranges);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const segment of segments) {
      for (const range of ranges) {
        const covers = range.start <= segment.start && range.end >= segment.end;
        expect(segment.ids.includes(range.id)).toBe(covers);
      }
    }
  });
});
