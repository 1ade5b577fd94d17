import { describe, expect, it } from 'vitest';
import { printSpacingParts, withoutPrintSpacing } from './print-spacing';

describe('print spacing in headings', () => {
  it('drops spaces between Chinese characters only', () => {
    expect(withoutPrintSpacing('为 民 篇')).toBe('为民篇');
    expect(withoutPrintSpacing('第一章　总 则')).toBe('第一章总则');
    expect(withoutPrintSpacing('2. 准确把握 MBA 课程')).toBe('2. 准确把握 MBA 课程');
  });
  it('keeps every character in the parts, so offsets still count them', () => {
    const parts = printSpacingParts('为 民 篇');
    expect(parts.map((p) => p.text).join('')).toBe('为 民 篇');
    expect(parts.filter((p) => p.isSpacing).map((p) => p.text)).toEqual([' ', ' ']);
  });
});
