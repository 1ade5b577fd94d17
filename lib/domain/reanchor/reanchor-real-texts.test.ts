/**
 * Acceptance 1: the anchoring core over real passages of the two starting texts. Each test edits the source as a
 * leader would, re-imports it, and checks where the annotation went: by path and offsets, and by the words found.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../code-points';
import { reanchorAnnotations, type ReanchorResult, type StoredAnchor } from './index';
import {
  anchorOn,
  editOnce,
  importTracked,
  insertAfter,
  insertBefore,
  replaceOnce,
  trackSource,
  type TrackedSource,
  type TrackedVersion,
} from './test-support';

const READER = readFileSync(new URL('../../../content/texts/mass-line-study-reader.txt', import.meta.url), 'utf8');
const GUIDE = readFileSync(new URL('../../../content/texts/mass-line-guide.txt', import.meta.url), 'utf8');

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

interface Revision {
  before: TrackedVersion;
  after: TrackedVersion;
}

function revise(text: string, edit: (source: TrackedSource) => TrackedSource): Revision {
  const source = trackSource(text);
  return { before: importTracked(source, 'v1'), after: importTracked(edit(source), 'v2') };
}

/** An anchor on the `occurrence`-th (1-based) `phrase` in the first block of `version` whose text contains `where`. */
function annotate(version: TrackedVersion, where: string, phrase: string, occurrence = 1): StoredAnchor {
  const block = version.blocks.find((candidate) => candidate.text.includes(where));
  if (!block) throw new Error(`no block contains "${where}"`);
  let unit = -1;
  for (let n = 0; n < occurrence; n++) {
    unit = block.text.indexOf(phrase, unit + 1);
    if (unit < 0) throw new Error(`"${phrase}" occurs fewer than ${occurrence} times in ${block.path}`);
  }
  const start = codePointLength(block.text.slice(0, unit));
  return anchorOn(block, start, start + codePointLength(phrase));
}

function reanchorOne(revision: Revision, anchor: StoredAnchor): ReanchorResult {
  return reanchorAnnotations(revision.before.blocks, revision.after.blocks, [anchor])[0];
}

function blockOf(version: TrackedVersion, result: ReanchorResult) {
  if (result.status === 'orphaned') throw new Error(`orphaned: ${result.reason}`);
  return version.blocks.find((block) => block.id === result.blockId)!;
}

/** The words a placed result points at in the new version. */
function wordsAt(version: TrackedVersion, result: ReanchorResult): string {
  if (result.status === 'orphaned') throw new Error(`orphaned: ${result.reason}`);
  return Array.from(blockOf(version, result).text).slice(result.start, result.end).join('');
}

/** Code-point offset of the n-th occurrence of phrase in text. */
function offsetOf(text: string, phrase: string, occurrence = 1): number {
  let unit = -1;
  for (let n = 0; n < occurrence; n++) unit = text.indexOf(phrase, unit + 1);
  return codePointLength(text.slice(0, unit));
}

describe('edits before, inside and after a quote', () => {
  const quote = '启发群众、引导群众，充分认识只有人民群众自己才是历史的主人';

  it('keeps a quote on its words when a fix earlier in its paragraph shortens the text (切记不要充当 → 切忌充当)', () => {
    const revision = revise(READER, (s) => editOnce(s, '切记不要充当', '切忌充当'));
    const anchor = annotate(revision.before, quote, quote);
    const result = reanchorOne(revision, anchor);
    // Same paragraph, same words: it stayed, though its offsets shifted.
    expect(result).toMatchObject({ status: 'stayed', start: anchor.start - 2, end: anchor.end - 2 });
    expect(blockOf(revision.after, result).path).toBe('pt1/ch1/s2/ss2/p1');
    expect(wordsAt(revision.after, result)).toBe(quote);
  });

  it('re-anchors a quote whose own words were corrected (真心想护 → 真心拥护) by a fuzzy match, with the new words', () => {
    const revision = revise(READER, (s) => editOnce(s, '真心想护', '真心拥护'));
    const anchor = annotate(revision.before, '真心想护', '要依靠人民群众的真心想护和全力支持');
    const result = reanchorOne(revision, anchor);
    // Same path and offsets, but the stored quote must change: 'moved', with the corrected words to store.
    expect(result).toMatchObject({
      status: 'moved',
      method: 'fuzzy',
      start: anchor.start,
      end: anchor.end,
      exact: '要依靠人民群众的真心拥护和全力支持',
    });
    expect(result.status === 'moved' && result.score).toBeGreaterThan(0.95);
  });

  it('keeps a quote in place when its paragraph changes after it, and hands back the new suffix', () => {
    const revision = revise(READER, (s) => editOnce(s, '创造性地开拓自己的美好生活', '创造性地开辟自己的美好生活'));
    const anchor = annotate(revision.before, quote, quote);
    const result = reanchorOne(revision, anchor);
    expect(result).toMatchObject({ status: 'stayed', start: anchor.start, end: anchor.end });
    expect(result.status === 'stayed' && result.suffix).toContain('开辟');
  });
});

describe('a repeated phrase', () => {
  // Reader line 196 holds "群众观点和群众路线" five times, line 226 "群众路线" three times.
  const paragraph = '中国共产党之所以成功地走过了90多年的辉煌历程';

  it('lands on the same occurrence after text is inserted before the paragraph and inside it', () => {
    const revision = revise(READER, (s) => {
      let t = insertBefore(s, paragraph, '（本段有修订。）');
      t = editOnce(t, '也会犯“文化大革命”那样的全局性错误', '也犯过“文化大革命”那样的全局性错误');
      return t;
    });
    const anchor = annotate(revision.before, paragraph, '群众观点和群众路线', 3);
    const result = reanchorOne(revision, anchor);
    const text = blockOf(revision.after, result).text;
    expect(result).toMatchObject({ status: 'stayed', start: offsetOf(text, '群众观点和群众路线', 3) });
    expect(wordsAt(revision.after, result)).toBe('群众观点和群众路线');
  });

  it('puts a short phrase (群众路线, 4 characters) on its 3rd occurrence, never the 2nd', () => {
    const opening = '党的群众路线作为根本工作路线';
    const revision = revise(READER, (s) => insertBefore(s, opening, '总之，'));
    const anchor = annotate(revision.before, opening, '群众路线', 3);
    const result = reanchorOne(revision, anchor);
    const text = blockOf(revision.after, result).text;
    expect(result).toMatchObject({ status: 'stayed', start: offsetOf(text, '群众路线', 3) });
  });

  it('orphans the 3rd occurrence when its sentence is deleted, rather than taking another', () => {
    const revision = revise(READER, (s) => replaceOnce(s, '当前，贯彻党的群众路线必须要做好以下几个方面的工作：', ''));
    const short = reanchorOne(revision, annotate(revision.before, '党的群众路线作为根本工作路线', '群众路线', 3));
    const long = reanchorOne(revision, annotate(revision.before, '党的群众路线作为根本工作路线', '贯彻党的群众路线', 2));
    expect(short).toMatchObject({ status: 'orphaned' });
    expect(long).toMatchObject({ status: 'orphaned' });
  });
});

describe('a deleted passage', () => {
  // Reader line 137; its sentence "中国共产党是中国工人阶级的先锋队，同时是中国人民和中华民族的先锋队" is repeated at line 159.
  const deleted = READER.split('\n').find((line) => line.startsWith('一切为了群众，是我们党全部理论'))!;
  const revision = revise(READER, (s) => replaceOnce(s, `${deleted}\n\n`, ''));

  it.each([
    ['its whole first sentence', '一切为了群众，是我们党全部理论和实践的根本出发点和落脚点'],
    ['a sentence repeated word for word in a later paragraph', '中国共产党是中国工人阶级的先锋队，同时是中国人民和中华民族的先锋队'],
    ['the start of that sentence', '中国共产党是中国'],
    ['a short phrase found all over the text', '人民利益'],
  ])('orphans %s', (_, phrase) => {
    expect(reanchorOne(revision, annotate(revision.before, '一切为了群众，是我们党全部理论', phrase))).toMatchObject({
      status: 'orphaned',
    });
  });

  it('orphans a deleted heading’s words rather than put them on its parallel heading', () => {
    const heading = '（2）坚持和实践党的群众路线，是党的根本宗旨的实现途径';
    const without = revise(READER, (s) => replaceOnce(s, `${heading}\n`, ''));
    const anchor = annotate(without.before, heading, '坚持和实践党的群众路线，是党的根本');
    expect(reanchorOne(without, anchor)).toMatchObject({ status: 'orphaned' });
  });

  it('keeps the annotations around it: the paragraphs after it move up one number', () => {
    const next = '一切依靠群众，就是在党的全部工作中';
    const anchor = annotate(revision.before, next, '尊重群众的首创精神');
    const result = reanchorOne(revision, anchor);
    expect(result).toMatchObject({ status: 'stayed', start: anchor.start });
    const previous = annotate(revision.before, '一切为了群众，就是指', '维护、实现和发展人民群众的根本利益');
    expect(reanchorOne(revision, previous)).toMatchObject({ status: 'stayed' });
  });
});

describe('paragraphs split and merged', () => {
  const paragraph = '在中国共产党的创建前夕，毛泽东同志就大声疾呼';

  it('finds a quote in the second half of a split paragraph, in the new block', () => {
    const revision = revise(READER, (s) => insertAfter(s, '民众联合的力量最强。', '\n\n'));
    const anchor = annotate(revision.before, paragraph, '深入到广大的农民群众中去');
    const result = reanchorOne(revision, anchor);
    // The block it was split into is the same passage: stayed.
    expect(result).toMatchObject({ status: 'stayed' });
    expect(blockOf(revision.after, result).text.startsWith('在大革命时期')).toBe(true);
    expect(wordsAt(revision.after, result)).toBe('深入到广大的农民群众中去');
    const before = annotate(revision.before, paragraph, '什么力量最强？');
    expect(reanchorOne(revision, before)).toMatchObject({ status: 'stayed', start: before.start });
  });

  it('orphans a quote that spans the split', () => {
    const revision = revise(READER, (s) => insertAfter(s, '民众联合的力量最强。', '\n\n'));
    const anchor = annotate(revision.before, paragraph, '民众联合的力量最强。在大革命时期，我们党');
    expect(reanchorOne(revision, anchor)).toMatchObject({ status: 'orphaned' });
  });

  it('finds a quote of the second paragraph in the merged one, at its offset plus the first one’s length', () => {
    const revision = revise(READER, (s) => editOnce(s, '伟大事业。\n\n一切依靠群众', '伟大事业。一切依靠群众'));
    const first = revision.before.blocks.find((block) => block.text.startsWith('一切依靠群众，就是'))!;
    const anchor = annotate(revision.before, '一切依靠群众，是我们党的力量之源', '力量之源和胜利之本');
    const result = reanchorOne(revision, anchor);
    expect(result).toMatchObject({ status: 'stayed', start: codePointLength(first.text) + anchor.start });
    expect(blockOf(revision.after, result).path).toBe(first.path);
    expect(wordsAt(revision.after, result)).toBe('力量之源和胜利之本');
  });
});

describe('a section inserted before', () => {
  const revision = revise(READER, (s) =>
    insertBefore(
      s,
      '3. 坚持群众路线：党的优良传统和基本经验\n',
      '3. 新时代的群众工作\n\n新形势下，群众工作面临新的情况和问题。\n\n',
    ),
  );

  it('keeps every annotation after it on its own words, under the new paths', () => {
    const later = revision.before.blocks.slice(revision.before.blocks.findIndex((block) => block.path === 'pt1/ch1/s3'));
    const anchors = later.map((block) => anchorOn(block, 0, Math.min(12, codePointLength(block.text))));
    const results = reanchorAnnotations(revision.before.blocks, revision.after.blocks, anchors);
    results.forEach((result, at) => {
      expect(result).toMatchObject({ status: 'stayed', start: 0 });
      expect(wordsAt(revision.after, result)).toBe(anchors[at].exact);
    });
    expect(blockOf(revision.after, results[0]).path).toBe('pt1/ch1/s4');
  });

  it('leaves the annotations before it where they were', () => {
    const anchor = annotate(revision.before, '党的全部工作，都依赖人民群众的实践创造', '人民群众的实践创造');
    expect(reanchorOne(revision, anchor)).toMatchObject({ status: 'stayed', start: anchor.start });
  });
});

describe('emoji and CJK Extension B characters', () => {
  // The guide with an emoji and 𠀋 put into a sentence of line 10, as a leader's own text might have them.
  const marked = GUIDE.replace('人民是历史的创造者', '人民😀是历史的𠀋创造者');

  it('counts offsets in code points when a non-BMP character is inserted before a quote', () => {
    const revision = revise(marked, (s) => insertBefore(s, '他强调，人民😀', '🎉'));
    const anchor = annotate(revision.before, '人民😀是历史的𠀋创造者', '人民😀是历史的𠀋创造者，群众是真正的英雄');
    const result = reanchorOne(revision, anchor);
    expect(result).toMatchObject({ status: 'stayed', start: anchor.start + 1, end: anchor.end + 1 });
    expect(wordsAt(revision.after, result)).toBe('人民😀是历史的𠀋创造者，群众是真正的英雄');
  });

  it('re-anchors a quote whose emoji was replaced by another, without splitting either', () => {
    const revision = revise(marked, (s) => editOnce(s, '人民😀是历史', '人民👍是历史'));
    const anchor = annotate(revision.before, '人民😀是历史的𠀋创造者', '😀是历史的𠀋创造者，群众是');
    const result = reanchorOne(revision, anchor);
    expect(result).toMatchObject({ status: 'moved', method: 'fuzzy', start: anchor.start, end: anchor.end });
    if (result.status !== 'moved') return;
    expect(result.exact).toBe('👍是历史的𠀋创造者，群众是');
    for (const part of [result.exact, result.prefix, result.suffix]) expect(part).not.toMatch(LONE_SURROGATE);
  });

  it('keeps a short quote made of non-BMP characters when only its paragraph number changed', () => {
    const revision = revise(marked, (s) => insertBefore(s, '1. 强调始终把人民群众放在心中最高的位置。', '引言一段。\n\n'));
    const anchor = annotate(revision.before, '人民😀是历史的𠀋创造者', '😀是历史的𠀋');
    const result = reanchorOne(revision, anchor);
    expect(result).toMatchObject({ status: 'stayed', start: anchor.start });
    expect(wordsAt(revision.after, result)).toBe('😀是历史的𠀋');
  });
});

describe('short quotes', () => {
  it('keep their words when a sentence is put before them, their 32 characters of context unchanged (issue 13)', () => {
    // The preface's "学习" occurs three times in its paragraph; the second is annotated, the paragraph gains a
    // sentence of 8 characters at its start.
    const paragraph = '党的十八大报告和习近平、刘云山同志的重要讲话';
    const revision = revise(READER, (s) => insertBefore(s, paragraph, '本段已经重新修订。'));
    const anchor = annotate(revision.before, paragraph, '学习', 2);
    expect(anchor.prefix).toHaveLength(32);
    const result = reanchorOne(revision, anchor);
    expect(result).toMatchObject({ status: 'stayed', start: anchor.start + 9, end: anchor.end + 9 });
    const text = blockOf(revision.after, result).text;
    expect(result.status === 'stayed' && result.start).toBe(offsetOf(text, '学习', 2));
  });

  it('keep their words when a sentence is put before them and their prefix reaches back to the paragraph start', () => {
    // "群众" twice in the paragraph's first 14 characters; the stored prefix of the second is the 12 before it.
    const paragraph = '另一方面，党的群众观点和群众路线体现了';
    const revision = revise(READER, (s) => insertBefore(s, paragraph, '本段已经重新修订。'));
    const anchor = annotate(revision.before, paragraph, '群众', 2);
    expect(anchor.prefix).toBe('另一方面，党的群众观点和');
    const result = reanchorOne(revision, anchor);
    expect(result).toMatchObject({ status: 'stayed', start: anchor.start + 9, end: anchor.end + 9 });
    expect(wordsAt(revision.after, result)).toBe('群众');
  });


  it('need their context: a fix right next to a 4-character quote orphans it', () => {
    const revision = revise(READER, (s) => editOnce(s, '全心全意为人民服务是我们党的根本宗旨', '全心全意为人民服务始终是我们党的根本宗旨和价值追求'));
    const anchor = annotate(revision.before, '全心全意为人民服务是我们党的根本宗旨', '根本宗旨');
    expect(reanchorOne(revision, anchor)).toMatchObject({ status: 'orphaned', reason: 'context-changed' });
  });

  it('survive a one-character fix in their context', () => {
    const revision = revise(READER, (s) => editOnce(s, '6. 风云变幻', '7. 风云变幻'));
    const anchor = annotate(revision.before, '6. 风云变幻', '风云变幻');
    const result = reanchorOne(revision, anchor);
    expect(result).toMatchObject({ status: 'stayed', start: anchor.start });
  });

  it('are found by their unchanged context after a section was inserted before them', () => {
    const revision = revise(READER, (s) => insertBefore(s, '4. 密切联系群众：党的最大政治优势', '4. 新增一节\n\n新增正文。\n\n'));
    const anchor = annotate(revision.before, '密切联系群众是事关党和人民事业成败', '成败');
    const result = reanchorOne(revision, anchor);
    expect(result).toMatchObject({ status: 'stayed', start: anchor.start });
    expect(wordsAt(revision.after, result)).toBe('成败');
  });
});

describe('a revision that touches every paragraph', () => {
  it('still finds each quote by its context in what its paragraph became, without scanning the whole book for each', () => {
    // Every block gains words at its end: nothing is left unchanged to pair, so every paragraph is a successor
    // candidate of every other; the search is kept to the window around each quote.
    const before = revise(READER, (s) => s).before;
    const after = before.blocks.map((block) => ({ ...block, id: `v2:${block.path}`, text: `${block.text}（已修订）` }));
    const anchors = before.blocks
      .filter((block) => codePointLength(block.text) >= 60)
      .flatMap((block) => [anchorOn(block, 0, 2), anchorOn(block, 30, 34)]);
    const began = performance.now();
    const results = reanchorAnnotations(before.blocks, after, anchors);
    const elapsed = performance.now() - began;
    results.forEach((result, at) => {
      expect(result).toMatchObject({ status: 'stayed', blockId: `v2:${anchors[at].blockId.slice(3)}`, start: anchors[at].start });
    });
    expect(anchors.length).toBeGreaterThanOrEqual(100);
    expect(elapsed).toBeLessThan(5000);
  });
});
