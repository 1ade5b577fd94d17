import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions';

const members = [
  { id: '1', name: '王芳' },
  { id: '2', name: '王芳芳' },
  { id: '3', name: 'Li Ming' },
];

describe('findMentions', () => {
  it('finds CJK names without spaces around them, longest first', () => {
    expect(findMentions('请@王芳芳谈谈，也请@王芳补充', members).map((m) => m.id).sort()).toEqual(['1', '2']);
    expect(findMentions('@王芳芳看看', members).map((m) => m.id)).toEqual(['2']);
  });

  it('finds Latin names with spaces, once each', () => {
    expect(findMentions('@Li Ming and again @Li Ming', members).map((m) => m.id)).toEqual(['3']);
  });

  it('ignores an @ followed by no member', () => {
    expect(findMentions('邮件 a@b.cn 和 @某人', members)).toEqual([]);
  });
});
