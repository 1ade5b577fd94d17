/**
 * The printed table of contents: its lines become TocEntry records (never blocks) and each entry is linked to the
 * body heading it names. The printed TOC describes the whole book, and an excerpt holds only part of it
 * (texts/README.md), so entries without a body heading are normal and simply stay unlinked.
 */
import { CLASSIC_LEVELS, classifyLine, compactText, numberingOf, type NumberingLevels } from './classify-line';
import type { HeadingLevel, ImportedBlock, TocEntry } from './types';
import { HEADING_DEPTH } from './types';

/**
 * Reader line 79 "一、群众路线是党的根本路线和生命线\t3": the entry, a tab, the page. Dot leaders ("……3") and runs
 * of spaces are the other ways books set the same thing.
 */
const TOC_LINE = /^(.*?\S)(?:\t+|[ \t]*[.…·．・]{2,}[ \t]*| {2,})(\d{1,4})$/u;

/** "为民篇：扎根群众，情系民生" (reader line 78): a part named in the TOC together with its subtitle. */
const PART_WITH_SUBTITLE = /^(\p{Script=Han}{1,3}篇)[：:]/u;

/** The TOC entry a line holds, or undefined when the line is not a TOC line. */
export function parseTocLine(raw: string, levels: NumberingLevels = CLASSIC_LEVELS): TocEntry | undefined {
  const match = TOC_LINE.exec(raw.trim());
  if (!match) return undefined;
  const text = match[1].trim();
  return { text, page: Number(match[2]), level: levelOfTocText(text, levels) };
}

function levelOfTocText(text: string, levels: NumberingLevels): HeadingLevel {
  if (PART_WITH_SUBTITLE.test(compactText(text))) return 'part';
  const shape = classifyLine(text, levels);
  if (shape.kind === 'part' || shape.kind === 'matter') return 'part';
  return numberingOf(text, levels)?.level ?? 'chapter';
}

/**
 * Links each entry to the body heading it names. Entries nest like the book (chapters under their part), and a
 * chapter is looked for only under its part's heading: every part of the reader has its own "一、…". When the
 * part is not in the body, a chapter still links if exactly one unclaimed heading has its name.
 */
export function linkTocEntries(entries: TocEntry[], blocks: ImportedBlock[]): TocEntry[] {
  const headings = blocks.filter((block) => block.kind === 'heading');
  const claimed = new Set<string>();
  const open: { depth: number; targetPath?: string }[] = [];
  return entries.map((entry) => {
    const depth = HEADING_DEPTH[entry.level];
    while (open.length > 0 && open[open.length - 1].depth >= depth) open.pop();
    const parent = open[open.length - 1];
    const candidates = headings.filter(
      (heading) => heading.level === entry.level && !claimed.has(heading.path) && isNamedBy(entry.text, heading),
    );
    const target = chooseTarget(candidates, parent);
    open.push({ depth, targetPath: target?.path });
    if (!target) return { ...entry };
    claimed.add(target.path);
    return { ...entry, targetPath: target.path };
  });
}

function chooseTarget(
  candidates: ImportedBlock[],
  parent: { targetPath?: string } | undefined,
): ImportedBlock | undefined {
  if (!parent) return candidates[0];
  if (parent.targetPath) return candidates.find((heading) => heading.path.startsWith(`${parent.targetPath}/`));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** The TOC spells a part "为民篇：扎根群众，情系民生" where the body has "为 民 篇" and a "■" subtitle line. */
function isNamedBy(entryText: string, heading: ImportedBlock): boolean {
  const entry = compactText(entryText);
  const name = compactText(heading.text);
  if (entry === name) return true;
  if (!heading.subtitle) return false;
  const subtitle = compactText(heading.subtitle);
  return [':', '', '——', '—'].some((separator) => entry === `${name}${separator}${subtitle}`);
}
