/**
 * Where sentences and paragraphs end. The texts' own rule (texts/README.md): a paragraph never ends without
 * closing punctuation, so text that stops without it was cut by a print page break.
 */
import { codePoints } from '../code-points';

/** Marks that end a sentence: the run-in heading of "1. 强调…位置。总书记指出…" ends at the first of them. */
const SENTENCE_ENDS = new Set(['。', '！', '？', '!', '?']);

/**
 * Marks a paragraph may end on. Besides sentence ends: the ellipsis, a colon that introduces what follows
 * (reader line 191 "…重大意义：", line 242 "具体如下："), and a semicolon closing a list item.
 */
const PARAGRAPH_ENDS = new Set([...SENTENCE_ENDS, '.', '…', '：', ':', '；', ';']);

/**
 * Closing quotes and brackets are looked through: "…的群众工作的能力。”" ends on "。". A quote closed right after a
 * word ("把“三严三实”") is mid-sentence, so a closer alone does not end a paragraph.
 */
const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', '）', ')', '》', '〉', '】', '］', ']']);

/** True when the text ends the way a paragraph may end (so a break after it is a real paragraph break). */
export function hasClosingPunctuation(text: string): boolean {
  return endingOf(text) === 'closed';
}

/**
 * How a text ends, looking through trailing white space and closers: on paragraph-ending punctuation ('closed'),
 * on anything else ('open'), or with nothing but white space and closers ('undecided': the text before decides).
 * Reads from the end and stops at the first deciding character, so its cost is the length of that tail.
 */
export type Ending = 'closed' | 'open' | 'undecided';

export function endingOf(text: string): Ending {
  // Every mark in the sets is one UTF-16 unit, so a backwards walk over units finds the same deciding character
  // as a walk over code points (a surrogate half matches no mark and decides 'open', as its pair would).
  for (let at = text.length - 1; at >= 0; at--) {
    const ch = text[at];
    if (CLOSERS.has(ch) || /\s/u.test(ch)) continue;
    return PARAGRAPH_ENDS.has(ch) ? 'closed' : 'open';
  }
  return 'undecided';
}

/** An attribution line ("——毛泽东") stands complete though it ends on a name. */
export function isAttributionLine(text: string): boolean {
  return /^\s*(——|－－|--)/.test(text);
}

export function containsSentenceEnd(text: string): boolean {
  for (const ch of text) if (SENTENCE_ENDS.has(ch)) return true;
  return false;
}

/**
 * Code point index just past the first sentence end, closing quotes included ("…放在第一位。”" keeps its "”"), or
 * -1 when the text has none.
 */
export function findFirstSentenceEnd(text: string): number {
  const chars = codePoints(text);
  const at = chars.findIndex((ch) => SENTENCE_ENDS.has(ch));
  if (at < 0) return -1;
  let end = at + 1;
  while (end < chars.length && CLOSERS.has(chars[end])) end++;
  return end;
}
