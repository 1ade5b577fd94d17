import { describe, expect, it } from 'vitest';
import { checkAnchor, quoteAt } from './anchor';
import { codePointLength, codePointOffset, sliceCodePoints, utf16Index } from './code-points';

// A real sentence of mass-line-guide.txt, with a CJK Extension B character and an emoji put in, as users paste them.
const text = '群众路线是党的生命线𠀋和根本工作路线😀，坚持一切为了群众。';

describe('code points', () => {
  it('counts a non-BMP character as one', () => {
    expect(text.length).toBe(31);
    expect(codePointLength(text)).toBe(29);
    expect(sliceCodePoints(text, 10, 11)).toBe('𠀋');
    expect(sliceCodePoints(text, 18, 19)).toBe('😀');
  });

  it('converts between code points and UTF-16 without splitting a pair', () => {
    expect(utf16Index(text, 11)).toBe(12);
    expect(codePointOffset(text, 12)).toBe(11);
    // A UTF-16 index in the middle of 𠀋 rounds down to the character's start.
    expect(codePointOffset(text, 11)).toBe(10);
    expect(utf16Index(text, codePointLength(text))).toBe(text.length);
  });
});

describe('anchors', () => {
  it('quotes with prefix and suffix counted in code points', () => {
    expect(quoteAt(text, 10, 18, 3)).toEqual({ exact: '𠀋和根本工作路线', prefix: '生命线', suffix: '😀，坚' });
  });

  it('accepts a range whose quote matches', () => {
    const check = checkAnchor(text, { start: 11, end: 19 }, '和根本工作路线😀');
    expect(check.ok).toBe(true);
  });

  it('refuses a quote that does not match, naming the field', () => {
    expect(checkAnchor(text, { start: 0, end: 4 }, '群众路綫')).toMatchObject({ ok: false, field: 'exact' });
    // UTF-16 offsets from a careless client select the wrong characters and are refused.
    expect(checkAnchor(text, { start: 12, end: 20 }, '和根本工作路线😀')).toMatchObject({ ok: false, field: 'exact' });
  });

  it('refuses ranges outside the block or empty', () => {
    expect(checkAnchor(text, { start: -1, end: 2 }, '群众')).toMatchObject({ ok: false, field: 'start' });
    expect(checkAnchor(text, { start: 3, end: 3 }, '')).toMatchObject({ ok: false, field: 'end' });
    expect(checkAnchor(text, { start: 0, end: 30 }, text)).toMatchObject({ ok: false, field: 'end' });
  });
});
