import { describe, expect, it } from 'vitest';
import { ZRegister } from '../validations/auth';
import { ZSearch } from '../validations/search';
import { fieldErrors } from '../http/field-errors';
import { en, kindFromLabel, kindLabel, zhCN } from './messages';
import { formatDateTime, formatStamp, zonedWallTimeToDate } from './format';
import { resolveTimeZone } from './locale';

const HAN = /\p{Script=Han}/u;

describe('the message catalogue', () => {
  // the language switch names 中文; the paste hint quotes how Chinese texts number their headings (reading matter)
  const QUOTES_CHINESE = new Set(['nav.language', 'library.pastePlaceholder']);
  it('has English with no Chinese in it, except where it names or quotes Chinese', () => {
    const chinese = Object.entries(en).filter(([key, text]) => !QUOTES_CHINESE.has(key) && HAN.test(text));
    expect(chinese).toEqual([]);
  });

  it('has Chinese for every key, and words every kind once', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    expect([kindLabel('question', 'zh-CN'), kindLabel('question', 'en'), kindLabel('newkind', 'en')]).toEqual(['疑问', 'Question', 'newkind']);
    expect([kindFromLabel('体会'), kindFromLabel('key point'), kindFromLabel('x')]).toEqual(['insight', 'key', undefined]);
  });
});

describe('validation messages in the asker’s language', () => {
  const bad = ZRegister.safeParse({ email: 'not-an-email', name: '  ', password: 'short' });
  it('are Chinese by default', () => {
    expect(bad.success).toBe(false);
    expect(fieldErrors(bad.error!)).toEqual({ email: '邮箱格式不正确', name: '必填', password: '至少 8 个字符' });
  });
  it('are English on request', () => {
    expect(fieldErrors(bad.error!, 'en')).toEqual({ email: 'not a valid email address', name: 'required', password: 'at least 8 characters' });
  });
  it('word a missing field and a schema’s own key', () => {
    const r = ZSearch.safeParse({ from: 'soon' });
    expect(fieldErrors(r.error!, 'zh-CN')).toEqual({ q: '必填', from: '日期格式不正确' });
  });
});

describe('one clock', () => {
  it('prefers the setting, then the browser, then the server', () => {
    expect(resolveTimeZone('Europe/Berlin', 'America/New_York')).toBe('Europe/Berlin');
    expect(resolveTimeZone(null, 'America/New_York')).toBe('America/New_York');
    expect(resolveTimeZone('Mars/Olympus', 'nope')).toBe(process.env.DISPLAY_TIME_ZONE || 'Asia/Shanghai');
  });
  it('reads a wall time in a zone, across summer time', () => {
    expect(zonedWallTimeToDate('2026-07-01T20:00', 'Europe/Berlin').toISOString()).toBe('2026-07-01T18:00:00.000Z');
    expect(zonedWallTimeToDate('2026-12-01T20:00', 'Europe/Berlin').toISOString()).toBe('2026-12-01T19:00:00.000Z');
    expect(formatStamp('2026-12-01T19:00:00.000Z', 'Europe/Berlin')).toBe('2026-12-01 20:00');
    expect(formatDateTime('2026-12-01T19:00:00.000Z', 'zh-CN', 'Asia/Shanghai')).toContain('03:00');
  });
  it('takes a search day as the whole day in the asker’s zone', () => {
    const r = ZSearch.parse({ q: '群众', from: '2026-11-23', to: '2026-11-23', timeZone: 'Asia/Shanghai' });
    expect([r.from?.toISOString(), r.to?.toISOString()]).toEqual(['2026-11-22T16:00:00.000Z', '2026-11-23T15:59:59.999Z']);
  });
});
