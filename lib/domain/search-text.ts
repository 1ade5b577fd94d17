/**
 * Text for search. SQLite's FTS5 `unicode61` tokenizer keeps a run of Han characters as one token, and the
 * `trigram` tokenizer matches nothing under three characters, yet most Chinese searches are one or two characters
 * (学, 群众). So before indexing, every CJK character is set apart by spaces: each becomes a token, and a query of
 * any length is a phrase of adjacent tokens. Latin words stay whole (prefix-matched), so mixed queries work.
 */
import { codePoints } from './code-points';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u3007]/u;

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/** The words FTS5 indexes: CJK characters spaced apart, everything else as is (the tokenizer splits and folds it). */
export function toIndexWords(text: string): string {
  let out = '';
  for (const ch of text) out += isCjk(ch) ? ` ${ch} ` : ch;
  return out;
}

/**
 * The tokens FTS5's `unicode61 remove_diacritics 2` tokenizer makes of `toIndexWords(text)`: runs of letters and
 * digits, case-folded, diacritics removed; so every CJK character is a token. PostgreSQL has no such tokenizer
 * (and its own parser depends on the server's locale), so Gongdu builds the tsvector from these tokens itself.
 */
export function indexTokens(text: string): string[] {
  return toIndexWords(text.normalize('NFKC').toLowerCase())
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** tsvector positions stop at 16383; a lexeme's bytes at 2047 (PostgreSQL limits). */
const MAX_POSITION = 16383;
const MAX_LEXEME = 500;

function lexeme(token: string): string {
  return `'${codePoints(token).slice(0, MAX_LEXEME).join('').replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * A tsvector literal (PostgreSQL's input syntax, which applies no parser or dictionary) for the text's tokens
 * with their positions, so `<->` phrases work as FTS5's phrases do, plus the `extra` lexemes as they are.
 */
export function toTsvector(text: string, extra: string[] = []): string {
  const positions = new Map<string, number[]>();
  indexTokens(text).forEach((token, i) => {
    const list = positions.get(token) ?? positions.set(token, []).get(token)!;
    // PostgreSQL keeps at most 256 positions per lexeme; more add nothing for phrase matching of short queries.
    if (list.length < 256) list.push(Math.min(i + 1, MAX_POSITION));
  });
  const parts = [...positions].map(([token, at]) => `${lexeme(token)}:${[...new Set(at)].join(',')}`);
  for (const e of extra) parts.push(lexeme(e));
  return parts.join(' ');
}

/**
 * The tsquery literal for the query, matching what `toMatchExpression` matches on SQLite: every term must occur,
 * each as a phrase of adjacent tokens, the last prefix-matched when Latin. `scope` (a lexeme) is ANDed in.
 */
export function toTsquery(query: string, scope?: string): string | null {
  const terms = queryTerms(query)
    .map((term) => {
      const tokens = indexTokens(term);
      if (!tokens.length) return null;
      const last = codePoints(term).at(-1) ?? '';
      const prefix = /[\p{L}\p{N}]/u.test(last) && !isCjk(last) ? ':*' : '';
      return `(${tokens.map((t, i) => lexeme(t) + (i === tokens.length - 1 ? prefix : '')).join(' <-> ')})`;
    })
    .filter((t): t is string => t !== null);
  if (!terms.length) return null;
  return [...(scope ? [lexeme(scope)] : []), ...terms].join(' & ');
}

/** The query's terms: whitespace-separated, each either CJK characters, Latin words, or both. */
export function queryTerms(query: string): string[] {
  return query
    .normalize('NFKC')
    .split(/\s+/)
    .map((t) => t.replace(/["*^():{}+\-]/g, ' ').trim())
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/**
 * An FTS5 MATCH expression for the query: every term must occur (AND), each as a phrase of its tokens, the last
 * token prefix-matched when it is Latin (typing "anno" finds "annotation"). Quotes make every character literal.
 */
export function toMatchExpression(query: string): string | null {
  const terms = queryTerms(query);
  if (!terms.length) return null;
  return terms
    .map((term) => {
      const words = toIndexWords(term).trim().replace(/\s+/g, ' ');
      const last = codePoints(term).at(-1) ?? '';
      const prefix = /[\p{L}\p{N}]/u.test(last) && !isCjk(last) ? '*' : '';
      return `"${words.replace(/"/g, '""')}"${prefix}`;
    })
    .join(' AND ');
}

/** Where the query's terms occur in a text: merged [start, end) ranges in code points (case-insensitive for Latin). */
export function matchRanges(text: string, query: string): [number, number][] {
  const chars = codePoints(text.normalize('NFKC').toLowerCase());
  if (chars.length !== codePoints(text).length) return []; // normalisation changed lengths: offsets would not fit
  const ranges: [number, number][] = [];
  for (const term of queryTerms(query)) {
    // A term matches as its tokens in order with separators between them, as FTS5 matched it.
    const tokens = toIndexWords(term.toLowerCase()).trim().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(codePoints);
    if (!tokens.length) continue;
    for (let i = 0; i < chars.length; i++) {
      let at = i;
      let ok = true;
      for (const [k, token] of tokens.entries()) {
        if (k > 0) while (at < chars.length && !/[\p{L}\p{N}]/u.test(chars[at])) at++;
        const isLast = k === tokens.length - 1;
        for (const ch of token) {
          if (chars[at] !== ch) {
            ok = false;
            break;
          }
          at++;
        }
        if (!ok) break;
        // Latin tokens other than the last must end where the word ends (the last may be a prefix).
        if (!isLast && !isCjk(token.at(-1)!) && /[\p{L}\p{N}]/u.test(chars[at] ?? '') && !isCjk(chars[at] ?? '')) ok = false;
        if (!ok) break;
      }
      if (ok) ranges.push([i, at]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** A window of the text around its first match, cut into plain and matched parts (rendered as text, never HTML). */
export function snippet(text: string, query: string, radius = 40): SnippetPart[] {
  const chars = codePoints(text);
  const ranges = matchRanges(text, query);
  if (!ranges.length) return [{ text: chars.slice(0, radius * 2).join('') + (chars.length > radius * 2 ? '…' : ''), hit: false }];
  const from = Math.max(0, ranges[0][0] - radius);
  const to = Math.min(chars.length, ranges[0][1] + radius * 2);
  const parts: SnippetPart[] = [];
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    if (s > at) parts.push({ text: chars.slice(at, s).join(''), hit: false });
    parts.push({ text: chars.slice(Math.max(s, at), Math.min(e, to)).join(''), hit: true });
    at = Math.min(e, to);
  }
  if (at < to) parts.push({ text: chars.slice(at, to).join(''), hit: false });
  if (from > 0) parts.unshift({ text: '…', hit: false });
  if (to < chars.length) parts.push({ text: '…', hit: false });
  return parts;
}
