/**
 * Page breaks left by the print layout: blank runs (reader lines 63–65, 182–184, 219–221; a single blank line at
 * 201) that cut a sentence, even a word ("社会主义革命与建" / "设的目的…"). The texts' rule (texts/README.md):
 * a paragraph never ends without closing punctuation, so a paragraph piece without it continues in the next
 * paragraph piece. The two are joined with nothing between them (Chinese has no spaces between words). Blank runs
 * after a complete paragraph (reader lines 124–126, 162–164, 192–193, 203–205, 207–209) are paragraph breaks
 * that happen to fall on a page break, and stay.
 */
import { codePointLength } from '../code-points';
import type { Piece } from './collect-pieces';
import { hasClosingPunctuation, isAttributionLine } from './punctuation';

export function mendPageBreaks(pieces: Piece[]): Piece[] {
  const mended: Piece[] = [];
  for (const piece of pieces) {
    const previous = mended[mended.length - 1];
    if (previous && isCutShort(previous) && isContinuation(piece)) {
      previous.joins.push(codePointLength(previous.text));
      previous.text += piece.text;
      continue;
    }
    mended.push({ ...piece, joins: [...piece.joins] });
  }
  return mended;
}

function isCutShort(piece: Piece): boolean {
  return (
    piece.kind === 'paragraph' &&
    piece.role === undefined &&
    !piece.isFixed &&
    !hasClosingPunctuation(piece.text) &&
    !isAttributionLine(piece.text)
  );
}

/** A heading or a numbered point starts something new; only plain text can be the rest of a cut paragraph. */
function isContinuation(piece: Piece): boolean {
  return piece.kind === 'paragraph' && piece.role === undefined && piece.numbering === undefined && !piece.isFixed;
}
