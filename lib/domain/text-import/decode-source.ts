/**
 * Uploaded bytes → the text the importer reads, or a clear reason why not. Leaders bring files saved by whatever
 * they have: UTF-8 (with or without a BOM), or GB18030/GBK from older Windows tools (GBK is a subset of GB18030,
 * so one decoder reads both). Anything else — a PDF, a Word file, an image, UTF-16, bytes that are neither — is
 * refused before anything is saved.
 *
 * Errors carry a stable `code` for the UI to translate, and a Chinese `message` (the UI's default language) that
 * states the limit where there is one; formatByteLimit gives the limit in the same words for other languages.
 */

export type DecodeErrorCode = 'empty' | 'too_large' | 'binary' | 'undecodable';

export type DecodedSource =
  | { ok: true; text: string; encoding: 'utf-8' | 'gb18030' }
  | { ok: false; code: DecodeErrorCode; message: string };

/**
 * Share of bytes that may be control characters (other than tab, line feed, vertical tab, form feed, carriage
 * return and escape) before a file is taken for binary. Text has none; a stray one or two in a long file is a
 * copy-and-paste accident, not a reason to refuse it. Images and archives run to 10 % and more.
 */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Share of decoded characters that may be private-use code points. GB18030 maps its user-defined byte ranges there,
 * so bytes of some other encoding (Big5, Shift-JIS, Latin-1) can decode "successfully" into them; real text has
 * almost none.
 */
const MAX_PRIVATE_USE_SHARE = 0.01;

/** File signatures worth naming in the message: these are what leaders upload by mistake. */
const KNOWN_BINARIES: { magic: number[]; name: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'PDF' },
  { magic: [0x50, 0x4b, 0x03, 0x04], name: 'Word/EPUB/ZIP' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], name: 'Word (.doc)' },
  { magic: [0x89, 0x50, 0x4e, 0x47], name: 'PNG' },
  { magic: [0xff, 0xd8, 0xff], name: 'JPEG' },
  { magic: [0x47, 0x49, 0x46, 0x38], name: 'GIF' },
];

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const GB18030_BOM = [0x84, 0x31, 0x95, 0x33];

export function decodeSource(bytes: Uint8Array, opts: { maxBytes: number }): DecodedSource {
  if (bytes.length === 0) return refuse('empty', '文件是空的');
  if (bytes.length > opts.maxBytes) {
    return refuse('too_large', `文件过大（上限 ${formatByteLimit(opts.maxBytes)}）`);
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return refuse('undecodable', '这是 UTF-16 编码的文件，请另存为 UTF-8 后再上传');
  }
  const known = KNOWN_BINARIES.find(({ magic }) => startsWith(bytes, magic));
  if (known) {
    return refuse('binary', `这不是纯文本文件（看起来是 ${known.name}），请上传 .txt 或 .md 文件`);
  }
  if (isBinary(bytes)) return refuse('binary', '这不是纯文本文件，请上传 .txt 或 .md 文件');

  const decoded = decodeText(bytes);
  if (!decoded) return refuse('undecodable', '无法识别文件的编码（支持 UTF-8 和 GB18030/GBK）');
  const text = decoded.text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  if (text.trim() === '') return refuse('empty', '文件里没有文字');
  return { ok: true, text, encoding: decoded.encoding };
}

/** "2 MB", "1.5 MB", "512 KB": the limit as a person reads it. */
export function formatByteLimit(maxBytes: number): string {
  const megabytes = maxBytes / (1024 * 1024);
  if (megabytes >= 1) return `${Number(megabytes.toFixed(1))} MB`;
  return `${Math.max(1, Math.round(maxBytes / 1024))} KB`;
}

function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } | undefined {
  const isGbMarked = startsWith(bytes, GB18030_BOM);
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : isGbMarked ? bytes.subarray(4) : bytes;
  if (!isGbMarked) {
    const utf8 = tryDecode('utf-8', body);
    if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
    if (body !== bytes) return undefined;
  }
  const gb = tryDecode('gb18030', body);
  if (gb === undefined || hasManyPrivateUse(gb)) return undefined;
  return { text: gb, encoding: 'gb18030' };
}

function tryDecode(encoding: 'utf-8' | 'gb18030', bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A NUL byte never occurs in UTF-8 or GB18030 text; other control characters only by accident. */
function isBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if (isControlByte(byte)) controls++;
  }
  return controls > bytes.length * MAX_CONTROL_SHARE;
}

function isControlByte(byte: number): boolean {
  if (byte === 0x7f) return true;
  if (byte >= 0x20) return false;
  return !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b;
}

function hasManyPrivateUse(text: string): boolean {
  let count = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    const code = ch.codePointAt(0)!;
    if ((code >= 0xe000 && code <= 0xf8ff) || code >= 0xf0000) count++;
  }
  return count > total * MAX_PRIVATE_USE_SHARE;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, at) => bytes[at] === byte);
}

function refuse(code: DecodeErrorCode, message: string): DecodedSource {
  return { ok: false, code, message };
}
