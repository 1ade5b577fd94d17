import { describe, expect, it } from 'vitest';
import { alignBlocks } from './align-blocks';
import { indexDocument, readAfter, readBefore } from './document-index';
import { measureEditDistance, measurePrefixDistance } from './edit-distance';
import { reanchorAnnotations, summariseReanchoring, type AnchorBlock, type ReanchorResult } from './index';
import { anchorOn, createRandom } from './test-support';

const blocksOf = (version: string, ...texts: string[]): AnchorBlock[] =>
  texts.map((text, at) => ({ id: `${version}:p${at + 1}`, path: `p${at + 1}`, text }));

describe('measureEditDistance', () => {
  function naive(a: string[], b: string[]): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), d[i - 1][j] + 1, d[i][j - 1] + 1);
      }
    }
    return d[a.length][b.length];
  }

  it('agrees with the textbook algorithm, and reports bound + 1 beyond its bound', () => {
    const random = createRandom(42);
    const word = () => Array.from({ length: Math.floor(random() * 12) }, () => '群众路线😀'[Math.floor(random() * 5)]);
    for (let n = 0; n < 500; n++) {
      const a = word();
      const b = word();
      const exact = naive(a, b);
      expect(measureEditDistance(a, b)).toBe(exact);
      const bound = Math.floor(random() * 5);
      expect(measureEditDistance(a, b, bound)).toBe(Math.min(exact, bound + 1));
    }
  });

  it('counts an emoji as one character', () => {
    expect(measureEditDistance(Array.from('人民😀'), Array.from('人民👍'))).toBe(1);
  });

  it('measures the distance to the closest prefix for open-ended context', () => {
    expect(measurePrefixDistance(Array.from('切记不要充当'), Array.from('切忌充当“救世主”'))).toBe(3);
    expect(measurePrefixDistance(Array.from('abc'), Array.from('abcdef'))).toBe(0);
    expect(measurePrefixDistance([], Array.from('abc'))).toBe(0);
  });
});

describe('the document index', () => {
  const index = indexDocument(blocksOf('v', '甲乙😀', '丙', '丁戊'));

  it('reads context across block edges, leaving the edges out', () => {
    expect(readBefore(index, 2, 1, 4).join('')).toBe('乙😀丙丁');
    expect(readAfter(index, 0, 2, 4).join('')).toBe('😀丙丁戊');
    expect(readAfter(index, 2, 2, 4)).toEqual([]);
  });

  it('converts between code points and UTF-16 units, marking the inside of a surrogate pair', () => {
    expect(index.joined).toBe('甲乙😀\n丙\n丁戊');
    expect(Array.from(index.unitOfOffset)).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9]);
    expect(index.offsetOfUnit[3]).toBe(-1);
  });
});

describe('alignBlocks', () => {
  it('pairs blocks whose text occurs once in each version, in order, and their identical neighbours', () => {
    const before = indexDocument(blocksOf('a', '一', '正文。', '二', '三', '正文。', '四'));
    const after = indexDocument(blocksOf('b', '新', '一', '正文。', '二', '四', '三'));
    // 三 and 四 swapped: only one of them keeps its pair; the first 正文。 follows 一 in both, the second nothing.
    expect(Array.from(alignBlocks(before, after))).toEqual([1, 2, 3, -1, -1, 4]);
  });
});

describe('reanchorAnnotations', () => {
  it('never chooses between two equally good places', () => {
    const sentence = '坚持从群众中来、到群众中去的工作方法，是我们党的传家宝。';
    const before = blocksOf('a', `第一段。${sentence}`, '第二段。');
    const after = blocksOf('b', `第一段。${sentence}`, `第二段。${sentence}`, '第三段。');
    // The old paragraph changed (so neither path nor identical text can place the quote): both copies fit.
    const changedBefore = blocksOf('a', `第一段。${sentence}`);
    const changedAfter = blocksOf('b', `第一段。${sentence}第一段。${sentence}`);
    const anchor = anchorOn(changedBefore[0], 4, 4 + Array.from(sentence).length);
    expect(reanchorAnnotations(changedBefore, changedAfter, [anchor])[0]).toEqual({
      id: anchor.id,
      status: 'orphaned',
      reason: 'ambiguous',
    });
    // With the paragraph unchanged, its path places it.
    const same = anchorOn(before[0], 4, 4 + Array.from(sentence).length);
    expect(reanchorAnnotations(before, after, [same])[0]).toMatchObject({ status: 'stayed', start: 4 });
  });

  it('orphans an anchor on a block the old version does not have, and an empty quote', () => {
    const blocks = blocksOf('a', '正文。');
    const results = reanchorAnnotations(blocks, blocks, [
      { id: 'x', blockId: 'nowhere', start: 0, end: 1, exact: '正', prefix: '', suffix: '文。' },
      { id: 'y', blockId: 'a:p1', start: 1, end: 1, exact: '', prefix: '正', suffix: '文。' },
    ]);
    expect(results).toEqual([
      { id: 'x', status: 'orphaned', reason: 'unknown-block' },
      { id: 'y', status: 'orphaned', reason: 'invalid-anchor' },
    ]);
  });

  it('keeps a whole short heading by its path, its unchanged text or what its block became, never by search alone', () => {
    const before = blocksOf('a', '前言', '正文第一段。', '编者');
    const moved = blocksOf('b', '新的一段。', '前言', '正文第一段。', '编者');
    const anchors = [anchorOn(before[0], 0, 2, 'h'), anchorOn(before[2], 0, 2, 's')];
    expect(reanchorAnnotations(before, moved, anchors).map((result) => result.status)).toEqual(['stayed', 'stayed']);
    // "编者" after the unchanged "前言" can only be the old last block: the one before it is new.
    const added = blocksOf('b', '编者', '前言', '正文第一段有改动。', '编者');
    expect(reanchorAnnotations(before, added, anchors)[1]).toMatchObject({ status: 'stayed', blockId: 'b:p4' });
    // Two whole-block "编者" where the old one may be now: no guess.
    const duplicated = blocksOf('b', '前言', '编者', '正文第一段有改动。', '编者');
    expect(reanchorAnnotations(before, duplicated, anchors)[1]).toMatchObject({ status: 'orphaned' });
  });

  it("reports 'stayed' by passage and words, not by offsets or paths; 'moved' for another passage or other words", () => {
    const moving = '这一句话很长很长，它在修订时将被整句搬到下一段的末尾去，连同它前后的三十多个字一起搬走，所以读者仍会在新的段落里找到它的批注，而不会在原来的段落里找到。';
    const before = blocksOf(
      'a',
      '第一段，将被删除。',
      '第二段不动，群众路线是我们党的生命线和根本工作路线。',
      '第三段，学习要联系实际，学习要持之以恒，学习要学以致用。',
      `${moving}第四段留下的话。`,
      '第五段讲的是怎样把学习成果转化为实际行动。',
      '第六段有一个错字：坚持实事求事的思想路线，一切从实际出发。',
      '第七段将在这里一分为二，前半段讲学习，后半段讲实践。一切从实际出发，这是我们的根本方法。',
    );
    const after = blocksOf(
      'b',
      '第二段不动，群众路线是我们党的生命线和根本工作路线。',
      '开头加了一句话。第三段，学习要联系实际，学习要持之以恒，学习要学以致用。',
      '第四段留下的话。',
      `第五段讲的是怎样把学习成果转化为实际行动。${moving}`,
      '第六段有一个错字：坚持实事求是的思想路线，一切从实际出发。',
      '第七段将在这里一分为二，前半段讲学习，后半段讲实践。',
      '一切从实际出发，这是我们的根本方法。',
    );
    // All BMP: UTF-16 indexes are code-point offsets here.
    const on = (block: AnchorBlock, phrase: string, id: string, from = 0) => {
      const start = block.text.indexOf(phrase, from);
      return anchorOn(block, start, start + phrase.length, id);
    };
    const results = reanchorAnnotations(before, after, [
      on(before[1], '群众路线', 'untouched'),
      on(before[2], '学习', 'prepended', 5),
      on(before[3], '连同它前后的三十多个字', 'carried'),
      on(before[5], '实事求事的思想路线', 'corrected'),
      on(before[6], '一切从实际出发', 'split'),
      on(before[0], '第一段，将被删除', 'deleted'),
    ]);
    expect(results.map((result) => [result.id, result.status])).toEqual([
      ['untouched', 'stayed'],
      ['prepended', 'stayed'],
      ['carried', 'moved'],
      ['corrected', 'moved'],
      ['split', 'stayed'],
      ['deleted', 'orphaned'],
    ]);
    expect(results[0]).toMatchObject({ blockId: 'b:p1', start: 6 });
    expect(results[1]).toMatchObject({ blockId: 'b:p2', start: 20 });
    expect(results[2]).toMatchObject({ blockId: 'b:p4', start: 21 + 28 });
    expect(results[3]).toMatchObject({ blockId: 'b:p5', exact: '实事求是的思想路线' });
    expect(results[4]).toMatchObject({ blockId: 'b:p7', start: 0 });
  });

  it('counts the results for the revision report', () => {
    const results: ReanchorResult[] = [
      { id: 'a', status: 'stayed', blockId: 'b', start: 0, end: 1 },
      { id: 'b', status: 'orphaned', reason: 'not-found' },
      { id: 'c', status: 'orphaned', reason: 'ambiguous' },
    ];
    expect(summariseReanchoring(results)).toEqual({ stayed: 1, moved: 0, orphaned: 2 });
    expect(summariseReanchoring([])).toEqual({ stayed: 0, moved: 0, orphaned: 0 });
  });
});
