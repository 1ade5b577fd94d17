import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZId, safeParseInput, zName } from './common';

describe('zName', () => {
  it.each(['\u200b\u200b\u200b', '\u3164', ' \u200d\ufeff ', '\u2800'])('refuses a name of invisible characters %j', (name) => {
    expect(zName(60).safeParse(name).success).toBe(false);
  });
  it('keeps a visible name, trimmed', () => {
    expect(zName(60).parse('  第一学习小组 ')).toBe('第一学习小组');
    expect(zName(60).parse('👩\u200d👩\u200d👧')).toBe('👩\u200d👩\u200d👧');
  });
});

describe('safeParseInput', () => {
  const schema = z.object({ name: z.string(), tags: z.array(z.string()) });
  it('refuses a string holding U+0000 as that field, which PostgreSQL cannot store', () => {
    const result = safeParseInput(schema, { name: 'ok', tags: ['a', 'b\u0000c'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['tags', 1]);
  });
  it('passes everything else through as safeParse does', () => {
    expect(safeParseInput(schema, { name: '名字', tags: [] })).toEqual({ success: true, data: { name: '名字', tags: [] } });
    expect(safeParseInput(schema, { name: 1, tags: [] }).success).toBe(false);
  });
});

describe('ZId', () => {
  it.each(['__proto__', 'constructor', 'hasOwnProperty', '__defineGetter__'])('refuses %j, a member of every plain object', (id) => {
    expect(ZId.safeParse(id).success).toBe(false);
  });
  it('keeps our ids: cuid, uuid, block ids', () => {
    for (const id of ['cmx5puyce0008n47doo6pmqcg', 'ca447809-95f5-4a95-be43-9e2e82110411', 'b_08698ceb013748957101e044']) expect(ZId.parse(id)).toBe(id);
  });
});
