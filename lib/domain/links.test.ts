import { describe, expect, it } from 'vitest';
import { splitLinks } from './links';

describe('links in comments', () => {
  it('finds http(s) addresses and ends them where the sentence does', () => {
    expect(splitLinks('参考 https://www.12371.cn/2013/06/18/ARTI.shtml。很好')).toEqual([
      { text: '参考 ' },
      { text: 'https://www.12371.cn/2013/06/18/ARTI.shtml', href: 'https://www.12371.cn/2013/06/18/ARTI.shtml' },
      { text: '。很好' },
    ]);
    expect(splitLinks('(see http://example.com/a).').map((p) => p.href).filter(Boolean)).toEqual(['http://example.com/a']);
  });
  it('links nothing else', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'www.example.com', 'ftp://example.com/x', 'http://']) {
      expect(splitLinks(text).some((p) => p.href), text).toBe(false);
    }
  });
});
