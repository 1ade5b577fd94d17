import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource, formatByteLimit, importPlainText } from './index';

const GUIDE = readFileSync(new URL('../../../content/texts/mass-line-guide.txt', import.meta.url), 'utf8');
const LIMIT = { maxBytes: 2 * 1024 * 1024 };

/**
 * A GB18030 encoder for the test, built by inverting node's decoder over the two-byte range (GBK) and computing
 * the four-byte form of supplementary characters (GB18030-2005: U+10000 is 90 30 81 30, counted up linearly).
 */
function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (!table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a character in this code page
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (table.has(ch)) bytes.push(...table.get(ch)!);
    else if (code >= 0x10000) {
      let linear = code - 0x10000;
      const b4 = 0x30 + (linear % 10);
      linear = Math.floor(linear / 10);
      const b3 = 0x81 + (linear % 126);
      linear = Math.floor(linear / 126);
      bytes.push(0x90 + Math.floor(linear / 10), 0x30 + (linear % 10), b3, b4);
    } else throw new Error(`no GBK code for ${ch}`);
  }
  return new Uint8Array(bytes);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('reads UTF-8, drops a BOM and turns CR LF and CR line ends into LF', () => {
    expect(decodeSource(utf8('第一行\r\n第二行\r第三行\n'), LIMIT)).toEqual({
      ok: true,
      text: '第一行\n第二行\n第三行\n',
      encoding: 'utf-8',
    });
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('正文。')]), LIMIT)).toEqual({
      ok: true,
      text: '正文。',
      encoding: 'utf-8',
    });
  });

  it('detects a GBK file (the guide, saved by an older Windows tool) and imports it like the UTF-8 original', () => {
    const bytes = encodeGb18030(GUIDE.replace(/\n/gu, '\r\n'));
    const decoded = decodeSource(bytes, LIMIT);
    expect(decoded).toEqual({ ok: true, text: GUIDE, encoding: 'gb18030' });
    if (decoded.ok) expect(importPlainText(decoded.text)).toEqual(importPlainText(GUIDE));
  });

  it('reads GB18030 four-byte characters (CJK Extension B, emoji)', () => {
    const bytes = encodeGb18030('𠀋字😀在前。');
    expect(Array.from(bytes.slice(0, 4))).toEqual([0x95, 0x32, 0x83, 0x37]);
    expect(decodeSource(bytes, LIMIT)).toEqual({ ok: true, text: '𠀋字😀在前。', encoding: 'gb18030' });
  });

  it('refuses an empty file, and one of blank lines only', () => {
    expect(decodeSource(new Uint8Array(), LIMIT)).toMatchObject({ ok: false, code: 'empty' });
    expect(decodeSource(utf8(' \r\n\u3000\n\t'), LIMIT)).toMatchObject({ ok: false, code: 'empty' });
  });

  it('refuses a file over the limit and says what the limit is', () => {
    const result = decodeSource(new Uint8Array(LIMIT.maxBytes + 1).fill(0x41), LIMIT);
    expect(result).toEqual({ ok: false, code: 'too_large', message: '文件过大（上限 2 MB）' });
    expect(decodeSource(utf8('正文。'), { maxBytes: 4 })).toMatchObject({ code: 'too_large', message: '文件过大（上限 1 KB）' });
  });

  it('refuses binary files: NUL bytes, many control characters, and known formats by name', () => {
    expect(decodeSource(new Uint8Array([0x41, 0x00, 0x42]), LIMIT)).toMatchObject({ ok: false, code: 'binary' });
    const noisy = new Uint8Array(200).fill(0x41);
    for (let i = 0; i < 200; i += 20) noisy[i] = 0x01;
    expect(decodeSource(noisy, LIMIT)).toMatchObject({ ok: false, code: 'binary' });
    const pdf = decodeSource(utf8('%PDF-1.7\n正文'), LIMIT);
    expect(pdf).toMatchObject({ ok: false, code: 'binary' });
    expect(!pdf.ok && pdf.message).toContain('PDF');
    expect(decodeSource(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), LIMIT)).toMatchObject({ code: 'binary' });
  });

  it('accepts a stray form feed or tab, as old text files have', () => {
    expect(decodeSource(utf8('第一页。\f第二页。\t完。'.repeat(20)), LIMIT)).toMatchObject({ ok: true });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, and UTF-16, with a way out', () => {
    expect(decodeSource(new Uint8Array([0x41, 0xff, 0xfe, 0xfd, 0x42]), LIMIT)).toMatchObject({
      ok: false,
      code: 'undecodable',
    });
    const utf16 = decodeSource(new Uint8Array([0xff, 0xfe, 0x63, 0x6b]), LIMIT);
    expect(utf16).toMatchObject({ ok: false, code: 'undecodable' });
    expect(!utf16.ok && utf16.message).toContain('UTF-8');
    // A UTF-8 BOM promises UTF-8: invalid bytes after it are not read as GBK.
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, 0xd6, 0xd0]), LIMIT)).toMatchObject({ code: 'undecodable' });
  });

  it('formats limits as a person reads them', () => {
    expect([formatByteLimit(2 * 1024 * 1024), formatByteLimit(1.5 * 1024 * 1024), formatByteLimit(512 * 1024)]).toEqual([
      '2 MB',
      '1.5 MB',
      '512 KB',
    ]);
  });
});
