/** The outline around each block: the headings above it, outermost first (for exports, minutes, history). */
const DEPTH: Record<string, number> = { part: 1, chapter: 2, section: 3, subsection: 4 };

export interface OutlineBlock {
  id: string;
  kind: string;
  level: string | null;
  text: string;
}

/** For every block id, the texts of the headings it sits under (a heading's own trail includes itself). */
export function headingTrails(blocks: readonly OutlineBlock[]): Map<string, string[]> {
  const trails = new Map<string, string[]>();
  let stack: { depth: number; text: string }[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading' && b.level) {
      const depth = DEPTH[b.level] ?? 4;
      stack = [...stack.filter((h) => h.depth < depth), { depth, text: b.text }];
    }
    trails.set(b.id, stack.map((h) => h.text));
  }
  return trails;
}
