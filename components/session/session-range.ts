/**
 * A session may read a range of its text's outline: from the heading `rangeStart` to the end of the section that
 * the heading `rangeEnd` opens (its last heading read). The session page shows only that range — the TOC, the body,
 * what followers can be led to — so the meeting's reading is what is on the screen; the whole text stays one link
 * away on the reading page. Pure, so the server page and the reader compute the same range.
 */
import type { BlockDTO } from '@/lib/services/texts';
import { HEADING_DEPTH, type HeadingLevel } from '@/lib/domain/text-import/types';

const depthOf = (block: BlockDTO) => HEADING_DEPTH[(block.level ?? 'section') as HeadingLevel] ?? 3;

/**
 * The blocks of the range, in order. Only `rangeStart`: that heading's section. Only `rangeEnd`: from the start to
 * the end of its section. A path that is not a heading of this text (a revised version) gives the whole text
 * rather than nothing.
 */
export function blocksInRange(blocks: readonly BlockDTO[], rangeStart: string | null, rangeEnd: string | null): readonly BlockDTO[] {
  if (!rangeStart && !rangeEnd) return blocks;
  const headingAt = (path: string) => blocks.findIndex((b) => b.kind === 'heading' && b.path === path);
  const from = rangeStart ? headingAt(rangeStart) : 0;
  const last = headingAt(rangeEnd ?? rangeStart!);
  if (from === -1 || last === -1 || last < from) return blocks;
  let end = blocks.length;
  for (let i = last + 1; i < blocks.length; i++) {
    if (blocks[i].kind === 'heading' && depthOf(blocks[i]) <= depthOf(blocks[last])) {
      end = i;
      break;
    }
  }
  return blocks.slice(from, end);
}

/** For each block, the heading it sits under (itself for a heading): "where is each member reading". */
export function sectionIndex(blocks: readonly BlockDTO[]): Map<string, BlockDTO> {
  const index = new Map<string, BlockDTO>();
  let heading: BlockDTO | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') heading = block;
    if (heading) index.set(block.id, heading);
  }
  return index;
}
