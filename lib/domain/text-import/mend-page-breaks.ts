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
import { endingOf, isAttributionLine, type Ending } from './punctuation';

/**
 * Linear in the input: a file of a million unpunctuated one-character lines is one long run of joins, so nothing
 * here may look at the whole joined text per join (that made an upload of 1 MB freeze the server for minutes).
 * The joined text's length and ending are carried along and updated from each appended piece alone; its pieces
 * are joined once at the end.
 */
export function mendPageBreaks(pieces: Piece[]): Piece[] {
  const mended: Piece[] = [];
  let open: { piece: Piece; parts: string[]; length: number; ending: Ending; isAttribution: boolean } | undefined;
  const close = () => {
    if (open && open.parts.length > 1) open.piece.text = open.parts.join('');
    open = undefined;
  };
  for (const piece of pieces) {
    if (open && isCutShort(open.piece, open.ending, open.isAttribution) && isContinuation(piece)) {
      open.piece.joins.push(open.length);
      open.parts.push(piece.text);
      open.length += codePointLength(piece.text);
      const ending = endingOf(piece.text);
      // A piece of closing quotes or brackets alone does not decide the ending: the text before it does.
      if (ending !== 'undecided') open.ending = ending;
      continue;
    }
    close();
    const copy = { ...piece, joins: [...piece.joins] };
    mended.push(copy);
    open = {
      piece: copy,
      parts: [piece.text],
      length: codePointLength(piece.text),
      ending: endingOf(piece.text),
      isAttribution: isAttributionLine(piece.text),
    };
  }
  close();
  return mended;
}

function isCutShort(piece: Piece, ending: Ending, isAttribution: boolean): boolean {
  return piece.kind === 'paragraph' && piece.role === undefined && !piece.isFixed && ending !== 'closed' && !isAttribution;
}

/** A heading or a numbered point starts something new; only plain text can be the rest of a cut paragraph. */
function isContinuation(piece: Piece): boolean {
  return piece.kind === 'paragraph' && piece.role === undefined && piece.numbering === undefined && !piece.isFixed;
}
