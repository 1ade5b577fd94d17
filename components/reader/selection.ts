/**
 * From a DOM Selection to an anchor the API accepts: `{ blockId, start, end, exact }` with start/end in code points
 * of the block's text. A block element (`[data-block-id]`) holds nothing but its text, possibly cut into nested
 * <mark>s, so the text of a Range from the block's start to a boundary point is exactly the block text before that
 * point — whatever element or text node the boundary sits in.
 *
 * A selection spanning several blocks is clamped to the block where it starts: an annotation lives in one block
 * (the API anchors to one), and the start is where the reader aimed — a drag that overshoots a paragraph's end, or
 * runs from a run-in heading into its paragraph, still marks what was begun. Refusing would leave a reader who
 * dragged one character too far with no toolbar and no idea why.
 */
import { codePointOffset, sliceCodePoints } from '@/lib/domain/code-points';

export interface BlockSelection {
  blockId: string;
  /** code points */
  start: number;
  end: number;
  exact: string;
}

const BLOCK_SELECTOR = '[data-block-id]';

function blockOf(node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : node?.parentElement;
  return (element?.closest(BLOCK_SELECTOR) as HTMLElement | null) ?? null;
}

/** The block the range starts in; a range starting between blocks (a margin, a heading's link icon) takes the first block it touches. */
function startingBlock(range: Range, root: HTMLElement): HTMLElement | null {
  const own = blockOf(range.startContainer);
  if (own && root.contains(own)) return own;
  for (const element of root.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)) {
    if (range.intersectsNode(element) && (element.textContent ?? '').length > 0) return element;
  }
  return null;
}

/** The UTF-16 offset of a boundary point within the block's text (the point must lie inside the block). */
function utf16OffsetIn(block: HTMLElement, container: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(container, offset);
  return before.toString().length;
}

/**
 * The selection as an anchor inside one block under `root`, or null when nothing usable is selected (collapsed,
 * outside the text, only whitespace).
 */
export function selectionInBlock(selection: Selection | null, root: HTMLElement): BlockSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const block = startingBlock(range, root);
  const blockId = block?.dataset.blockId;
  if (!block || !blockId) return null;

  const whole = document.createRange();
  whole.selectNodeContents(block);
  const startsBefore = range.compareBoundaryPoints(Range.START_TO_START, whole) < 0;
  const endsAfter = range.compareBoundaryPoints(Range.END_TO_END, whole) > 0;
  const text = block.textContent ?? '';
  const from = startsBefore ? 0 : utf16OffsetIn(block, range.startContainer, range.startOffset);
  const to = endsAfter ? text.length : utf16OffsetIn(block, range.endContainer, range.endOffset);
  if (to <= from) return null;

  // A boundary inside a surrogate pair (possible with a programmatic range) widens to take the whole character.
  const start = codePointOffset(text, from);
  const endFloor = codePointOffset(text, to);
  const end = sliceCodePoints(text, 0, endFloor).length < to ? endFloor + 1 : endFloor;
  const exact = sliceCodePoints(text, start, end);
  if (exact.trim() === '') return null;
  return { blockId, start, end, exact };
}

/**
 * Where the selection sits in the viewport: the top of its first line, the bottom of its last, and the left edge of
 * each, so the toolbar can go under the last line or, when there is no room below, over the first.
 */
export function selectionBounds(selection: Selection | null): { top: number; bottom: number; firstLeft: number; lastLeft: number } | null {
  if (!selection || selection.rangeCount === 0) return null;
  const rects = Array.from(selection.getRangeAt(0).getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  if (rects.length === 0) return null;
  const first = rects[0];
  const last = rects[rects.length - 1];
  return { top: first.top, bottom: last.bottom, firstLeft: first.left, lastLeft: last.left };
}
