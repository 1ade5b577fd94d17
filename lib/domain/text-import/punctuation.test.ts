import { describe, expect, it } from 'vitest';
import { findFirstSentenceEnd, hasClosingPunctuation } from './punctuation';

describe('hasClosingPunctuation', () => {
  it.each([
    ['使生活过得更好。', true],
    ['提高做好新形势下群众工作的能力。”', true],
    ['具有以下几方面的重大意义：', true],
    ['什么力量最强？', true],
    ['说到这里……', true],
    ['第一条；', true],
    ['使群众受益、让群众满意。人民群众', false],
    ['社会主义革命与建', false],
    ['要把“三严三实”', false],
    ['学习《党章》', false],
    ['密切联系群众，', false],
    ['编者', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(hasClosingPunctuation(text)).toBe(expected);
  });
});

describe('findFirstSentenceEnd', () => {
  it('counts code points and keeps closing quotes with the sentence', () => {
    expect(findFirstSentenceEnd('1. 强调𠀋。正文')).toBe(7);
    expect(findFirstSentenceEnd('“人民至上！”他说')).toBe(7);
    expect(findFirstSentenceEnd('没有句末标点')).toBe(-1);
  });
});
