import { describe, expect, it } from 'vitest';
import { zName } from './common';

describe('zName', () => {
  it.each(['\u200b\u200b\u200b', '\u3164', ' \u200d\ufeff ', '\u2800'])('refuses a name of invisible characters %j', (name) => {
    expect(zName(60).safeParse(name).success).toBe(false);
  });
  it('keeps a visible name, trimmed', () => {
    expect(zName(60).parse('  第一学习小组 ')).toBe('第一学习小组');
    expect(zName(60).parse('👩\u200d👩\u200d👧')).toBe('👩\u200d👩\u200d👧');
  });
});
