import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMessageKey, type MessageKey } from './messages';
import { SERVICE_MESSAGES_ZH, wordProblems, wordRefusal, wordServiceMessage } from './messages-errors';

const HAN = /\p{Script=Han}/u;

const sourceFiles = (dirs: string[]) =>
  dirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => path.join(dir, f)),
  );

/** Every refusal a service or a socket handler throws with a literal sentence (not a template). */
function thrownSentences(): string[] {
  const files = sourceFiles(['lib/services', 'lib/realtime']);
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

/** Every catalogue key a service or a worker gives as a refusal's problem (a sentence built around the request's data). */
function problemKeys(): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(['lib/services', 'lib/realtime', 'lib/workers'])) {
    for (const m of readFileSync(file, 'utf8').matchAll(/'(import\.[A-Za-z.]+)'/g)) found.add(m[1]);
  }
  return [...found];
}

describe('refusals built from the request’s data (an imported file’s items)', () => {
  it('words every problem a service or worker gives, in both languages', () => {
    const keys = problemKeys();
    expect(keys).toEqual(expect.arrayContaining(['import.passageMoved', 'import.textMissing', 'import.fieldTooLong', 'import.replyInvalid']));
    for (const key of keys) {
      expect(isMessageKey(key), key).toBe(true);
      const zh = wordProblems([{ key: key as MessageKey, vars: { id: 'x1', text: 't', quote: 'q', path: 'p', field: { key: 'import.field.note' } } }], 'zh-CN');
      const en = wordProblems([{ key: key as MessageKey, vars: { id: 'x1', text: 't', quote: 'q', path: 'p', field: { key: 'import.field.note' } } }], 'en');
      expect(HAN.test(zh), key).toBe(true);
      expect(HAN.test(en), key).toBe(false);
    }
  });

  it('keeps the item’s id, quote and path as they are, and words the rest', () => {
    const moved = { key: 'import.passageMoved' as const, vars: { id: 'urn:uuid:7f3a', quote: '群众路线', path: '/p[3]' } };
    const long = { key: 'import.fieldTooLong' as const, vars: { id: 'urn:uuid:9b21', field: { key: 'import.field.note' as const } } };
    expect(wordProblems([moved, long], 'zh-CN')).toBe('urn:uuid:7f3a：“群众路线”这段话已不在 /p[3]；urn:uuid:9b21：批注超过 5,000 字');
    expect(wordProblems([moved, long], 'en')).toBe('urn:uuid:7f3a: the passage “群众路线” is no longer at /p[3]; urn:uuid:9b21: the note is longer than 5,000 characters');
    expect(wordRefusal({ message: 'ignored', problems: [moved] }, 'en')).toBe('urn:uuid:7f3a: the passage “群众路线” is no longer at /p[3]');
    expect(wordRefusal({ message: 'the session has not started' }, 'zh-CN')).toBe('这次学习还没有开始');
    expect(wordRefusal({ message: 'groups.badCode' }, 'en')).toBe('Invalid join code');
  });

  it('names the first five problems only', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ key: 'import.replyInvalid' as const, vars: { id: `r${i}` } }));
    expect(wordProblems(many, 'en').split('; ')).toHaveLength(5);
  });
});
