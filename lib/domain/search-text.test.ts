import { describe, expect, it } from 'vitest';
import { indexTokens, matchRanges, snippet, toIndexWords, toMatchExpression, toTsquery, toTsvector } from './search-text';

describe('search text', () => {
  it('spaces CJK characters apart and leaves Latin words whole', () => {
    expect(toIndexWords('群众路线是党的生命线')).toBe(' 群  众  路  线  是  党  的  生  命  线 ');
    expect(toIndexWords('AI时代的annotation')).toBe('AI 时  代  的 annotation');
  });

  it('makes one- and two-character queries phrases of single-character tokens', () => {
    expect(toMatchExpression('学')).toBe('"学"');
    expect(toMatchExpression('群众')).toBe('"群 众"');
    expect(toMatchExpression('群众 路线')).toBe('"群 众" AND "路 线"');
  });

  it('prefix-matches a trailing Latin word and neutralises FTS syntax', () => {
    expect(toMatchExpression('anno')).toBe('"anno"*');
    expect(toMatchExpression('AI时代')).toBe('"AI 时 代"');
    expect(toMatchExpression('"a" OR b*')).toBe('"a"* AND "OR"* AND "b"*');
    expect(toMatchExpression('  ')).toBeNull();
    expect(toMatchExpression('""')).toBeNull();
  });

  it('finds every occurrence for marking, in code points', () => {
    const text = '𠀋群众路线，群众观点；Annotation 与 annotate。';
    expect(matchRanges(text, '群众')).toEqual([
      [1, 3],
      [6, 8],
    ]);
    expect(matchRanges(text, 'ANNO')).toEqual([
      [11, 15],
      [24, 28],
    ]);
    expect(matchRanges(text, '路')).toEqual([[3, 4]]);
  });

  it('cuts a snippet around the first match with the hits marked', () => {
    const parts = snippet('一二三四五六党的群众路线是党的生命线和根本工作路线。', '路线', 8);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['路线', '路线']);
    expect(parts[0]).toEqual({ text: '…', hit: false });
  });

  it('makes the tokens FTS5 makes, for PostgreSQL: CJK characters alone, Latin words folded, no diacritics', () => {
    expect(indexTokens('群众路线 Annotation, café！ＡＢＣ')).toEqual(['群', '众', '路', '线', 'annotation', 'cafe', 'abc']);
  });

  it('builds a tsvector literal with positions, and the group lexeme', () => {
    expect(toTsvector('群众，群众路线', ['#g:abc'])).toBe("'群':1,3 '众':2,4 '路':5 '线':6 '#g:abc'");
    expect(toTsvector("it's")).toBe("'it':1 's':2");
  });

  it('builds the tsquery that matches what the FTS5 expression matches', () => {
    expect(toTsquery('学', '#g:1')).toBe("'#g:1' & ('学')");
    expect(toTsquery('群众 anno')).toBe("('群' <-> '众') & ('anno':*)");
    expect(toTsquery('生命线')).toBe("('生' <-> '命' <-> '线')");
    expect(toTsquery('"*()')).toBeNull();
  });
});
