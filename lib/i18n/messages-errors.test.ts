import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from './messages';
import { SERVICE_MESSAGES_ZH, wordServiceMessage } from './messages-errors';

const HAN = /\p{Script=Han}/u;

/** Every refusal a service or a socket handler throws with a literal sentence (not a template). */
function thrownSentences(): string[] {
  const files = ['lib/services', 'lib/realtime'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => path.join(dir, f)),
  );
  const found = new Set<string>();
  const patterns = [
    /\b(?:forbidden|conflict)\('([^']+)'\)/g,
    /\binvalid\('[^']+', '([^']+)'\)/g,
    /new ServiceError\(\d+, '[^']+', '([^']+)'/g,
  ];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.add(m[1]);
    for (const m of source.matchAll(/\bnotFound\('([a-z ]+)'\)/g)) found.add(`${m[1]} not found`);
  }
  return [...found];
}

describe('service refusals in the asker’s language', () => {
  const sentences = thrownSentences();
  it('finds the refusals it checks', () => {
    expect(sentences.length).toBeGreaterThan(40);
    expect(sentences).toContain('only leaders can pin threads');
  });

  it('has Chinese for every sentence a service throws', () => {
    const untranslated = sentences.filter((s) => !isMessageKey(s) && !HAN.test(s) && !SERVICE_MESSAGES_ZH[s]);
    expect(untranslated).toEqual([]);
  });

  it('has no Chinese left in the English, and no English in the Chinese', () => {
    for (const s of sentences.filter((x) => !isMessageKey(x))) {
      expect(HAN.test(wordServiceMessage(s, 'en')), s).toBe(false);
      expect(/[A-Za-z]{3,}/.test(wordServiceMessage(s, 'zh-CN').replace(/group:<id>|session:<id>/g, '')), s).toBe(false);
    }
  });

  it('splits a 中文 / English pair', () => {
    expect(wordServiceMessage('文件过于复杂 / the file needs too much memory to read', 'zh-CN')).toBe('文件过于复杂');
    expect(wordServiceMessage('文件过于复杂 / the file needs too much memory to read', 'en')).toBe('the file needs too much memory to read');
    expect(wordServiceMessage('the session has not started', 'zh-CN')).toBe('这次学习还没有开始');
    expect(wordServiceMessage('the session has not started', 'en')).toBe('the session has not started');
  });
});
