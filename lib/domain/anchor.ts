/**
 * Anchors: where an annotation sits in a block. Stored as W3C TextPosition (start/end in code points) plus
 * TextQuote (exact text with a short prefix and suffix), so a later revision of the text can find the passage
 * again by its words when its offsets no longer fit (see the revision issue).
 */
import { codePoints } from './code-points';

/** Characters of context kept on each side of a quote: enough to tell apart a phrase repeated in a paragraph. */
export const QUOTE_CONTEXT = 32;

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPosition {
  start: number;
  end: number;
}

export type AnchorCheck = { ok: true; quote: TextQuote } | { ok: false; field: 'start' | 'end' | 'exact'; message: string };

/** The quote (with context) that a range of a block's text selects. */
export function quoteAt(blockText: string, start: number, end: number, context = QUOTE_CONTEXT): TextQuote {
  const chars = codePoints(blockText);
  return {
    exact: chars.slice(start, end).join(''),
    prefix: chars.slice(Math.max(0, start - context), start).join(''),
    suffix: chars.slice(end, end + context).join(''),
  };
}

/**
 * Checks a proposed anchor against the block it names: the range must lie inside the block and select exactly
 * the quoted text. A mismatch means the client's copy of the text differs from the server's: refuse it rather than
 * store an annotation that points at the wrong words.
 */
export function checkAnchor(blockText: string, position: TextPosition, exact: string): AnchorCheck {
  const length = codePoints(blockText).length;
  if (!Number.isInteger(position.start) || position.start < 0 || position.start >= length) {
    return { ok: false, field: 'start', message: `start must be between 0 and ${length - 1}` };
  }
  if (!Number.isInteger(position.end) || position.end <= position.start || position.end > length) {
    return { ok: false, field: 'end', message: `end must be greater than start and at most ${length}` };
  }
  const quote = quoteAt(blockText, position.start, position.end);
  if (quote.exact !== exact) {
    return { ok: false, field: 'exact', message: 'the quoted text does not match the block at these offsets' };
  }
  return { ok: true, quote };
}
