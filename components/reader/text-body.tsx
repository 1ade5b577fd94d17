'use client';
/**
 * The text itself: headings and paragraphs in order, each block's text in its own `data-block-id` element (the
 * selection code and the e2e tests find blocks by it). A run-in heading is drawn bold at the start of the paragraph
 * that follows it, as the book prints it, yet stays a block of its own. Each heading carries its fragment id
 * (path with "-") and a link icon that copies the link. Every block is a Tab stop: the keyboard's way into the
 * text, where use-keyboard-reading.ts gives it a caret and Shift+arrows select.
 */
import { memo } from 'react';
import type { BlockDTO } from '@/lib/services/texts';
import { useT } from '@/components/i18n/locale-provider';
import { HighlightedText, type DraftRange } from './highlighted-text';
import { anchorId, type ClientAnnotation } from './reader-model';

const NO_ANNOTATIONS: readonly ClientAnnotation[] = [];
/** Characters to a line of the text on a phone (358 px of 18 px characters): the estimate of a paragraph's height. */
const CHARS_PER_LINE = 19;

/** A heading, a paragraph, or a run-in heading with the paragraph it opens: what is laid out as one unit. */
export type BlockUnit = { kind: 'heading'; heading: BlockDTO } | { kind: 'paragraph'; runIn: BlockDTO | null; paragraph: BlockDTO | null };

export function groupBlocks(blocks: readonly BlockDTO[]): BlockUnit[] {
  const units: BlockUnit[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'heading' && block.runIn) {
      const next = blocks[i + 1];
      const opens = next && next.kind === 'paragraph' ? next : null;
      units.push({ kind: 'paragraph', runIn: block, paragraph: opens });
      if (opens) i++;
    } else if (block.kind === 'heading') {
      units.push({ kind: 'heading', heading: block });
    } else {
      units.push({ kind: 'paragraph', runIn: null, paragraph: block });
    }
  }
  return units;
}

interface BodyProps {
  units: BlockUnit[];
  annotationsByBlock: ReadonlyMap<string, readonly ClientAnnotation[]>;
  /** the active annotation and the block it is in: only that block re-renders when it changes */
  active: { id: string; blockId: string } | null;
  draft: (DraftRange & { blockId: string }) | null;
  onCopyLink: (anchor: string) => void;
  /** discussion density per block, 0–4, drawn as a bar in the margin (the heat map) */
  heat?: ReadonlyMap<string, number>;
}

export function TextBody({ units, annotationsByBlock, active, draft, onCopyLink, heat }: BodyProps) {
  const annotationsOf = (block: BlockDTO | null) => (block ? annotationsByBlock.get(block.id) ?? NO_ANNOTATIONS : NO_ANNOTATIONS);
  // Props stay identical for blocks that nothing touched, so memo skips them: a page may carry hundreds of highlights.
  const activeIn = (...blocks: (BlockDTO | null)[]) => (active && blocks.some((b) => b?.id === active.blockId) ? active.id : null);
  const draftIn = (...blocks: (BlockDTO | null)[]) => (draft && blocks.some((b) => b?.id === draft.blockId) ? draft : null);
  return (
    <>
      {units.map((unit) =>
        unit.kind === 'heading' ? (
          <HeadingView
            key={unit.heading.id}
            block={unit.heading}
            annotations={annotationsOf(unit.heading)}
            activeId={activeIn(unit.heading)}
            draft={draftIn(unit.heading)}
            onCopyLink={onCopyLink}
          />
        ) : (
          <ParagraphView
            key={(unit.runIn ?? unit.paragraph)!.id}
            runIn={unit.runIn}
            paragraph={unit.paragraph}
            runInAnnotations={annotationsOf(unit.runIn)}
            paragraphAnnotations={annotationsOf(unit.paragraph)}
            activeId={activeIn(unit.runIn, unit.paragraph)}
            draft={draftIn(unit.runIn, unit.paragraph)}
            heat={Math.max(heat?.get(unit.runIn?.id ?? '') ?? 0, heat?.get(unit.paragraph?.id ?? '') ?? 0)}
            onCopyLink={onCopyLink}
          />
        ),
      )}
    </>
  );
}

interface BlockProps {
  block: BlockDTO;
  annotations: readonly ClientAnnotation[];
  activeId: string | null;
  draft: DraftRange | null;
}

const HEADING_STYLE: Record<string, string> = {
  part: 'mt-14 mb-2 text-center text-2xl font-bold tracking-widest',
  chapter: 'mt-12 mb-5 text-xl font-bold',
  section: 'mt-9 mb-3 text-lg font-semibold',
  subsection: 'mt-7 mb-2 text-base font-semibold',
};

const HeadingView = memo(function HeadingView({ block, annotations, activeId, draft, onCopyLink }: BlockProps & { onCopyLink: (anchor: string) => void }) {
  const id = anchorId(block.path);
  const level = block.level ?? 'section';
  const Tag = level === 'part' ? 'h2' : level === 'chapter' ? 'h3' : level === 'section' ? 'h4' : 'h5';
  return (
    <>
      <Tag id={id} className={`group font-sans leading-snug text-stone-900 ${HEADING_STYLE[level] ?? HEADING_STYLE.section}`}>
        <span data-block-id={block.id} tabIndex={0}>
          <HighlightedText text={block.text} annotations={annotations} activeId={activeId} draft={draft} hidePrintSpacing />
        </span>
        <HeadingAnchor anchor={id} onCopyLink={onCopyLink} />
      </Tag>
      {block.subtitle && <p className="mb-10 text-center font-sans text-base tracking-wide text-stone-600">{block.subtitle}</p>}
      {level === 'part' && !block.subtitle && <div className="mb-8" />}
    </>
  );
});

const ParagraphView = memo(function ParagraphView({
  runIn,
  paragraph,
  runInAnnotations,
  paragraphAnnotations,
  activeId,
  draft,
  heat,
  onCopyLink,
}: {
  heat: number;
  runIn: BlockDTO | null;
  paragraph: BlockDTO | null;
  runInAnnotations: readonly ClientAnnotation[];
  paragraphAnnotations: readonly ClientAnnotation[];
  activeId: string | null;
  draft: (DraftRange & { blockId: string }) | null;
  onCopyLink: (anchor: string) => void;
}) {
  const className = `para${paragraph?.role === 'signature' ? ' signature' : ''}`;
  // its height until the browser lays it out (globals.css, .reading p.para): lines of 19 characters, the indent's two included
  const lines = { '--lines': Math.ceil(((runIn?.text.length ?? 0) + (paragraph?.text.length ?? 0) + 2) / CHARS_PER_LINE) } as React.CSSProperties;
  const text = (block: BlockDTO, annotations: readonly ClientAnnotation[]) => (
    <HighlightedText text={block.text} annotations={annotations} activeId={activeId} draft={draft?.blockId === block.id ? draft : null} />
  );
  if (!runIn) {
    return paragraph ? (
      <p className={className} style={lines} data-block-id={paragraph.id} data-heat={heat || undefined} tabIndex={0}>
        {text(paragraph, paragraphAnnotations)}
      </p>
    ) : null;
  }
  const id = anchorId(runIn.path);
  return (
    <p className={`${className} relative`} style={lines} data-heat={heat || undefined}>
      {/* The icon sits in the paragraph's two-character indent, out of the line of text. */}
      <HeadingAnchor anchor={id} onCopyLink={onCopyLink} inIndent />
      <strong id={id} className="run-in" data-block-id={runIn.id} tabIndex={0}>
        {text(runIn, runInAnnotations)}
      </strong>
      {paragraph && <span data-block-id={paragraph.id} tabIndex={0}>{text(paragraph, paragraphAnnotations)}</span>}
    </p>
  );
});

/** The small link icon beside a heading: follows the fragment and copies the section's address. */
function HeadingAnchor({ anchor, onCopyLink, inIndent = false }: { anchor: string; onCopyLink: (anchor: string) => void; inIndent?: boolean }) {
  const { t } = useT();
  return (
    <a
      href={`#${anchor}`}
      className={`heading-anchor select-none text-stone-500 no-underline hover:text-red-700 focus-visible:text-red-700 ${
        inIndent ? 'absolute left-0 top-[0.55em] opacity-50 hover:opacity-100 focus-visible:opacity-100' : 'ml-2 inline-block align-middle opacity-40 group-hover:opacity-100 focus-visible:opacity-100'
      }`}
      aria-label={t('reader.copyLink')}
      title={t('reader.copyLink')}
      onClick={(event) => {
        event.preventDefault();
        onCopyLink(anchor);
      }}
    >
      <LinkIcon />
    </a>
  );
}

function LinkIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="currentColor" className="inline-block">
      <path d="M7.78 3.22a3.25 3.25 0 0 1 4.6 4.6l-1.5 1.5a.75.75 0 1 1-1.06-1.06l1.5-1.5a1.75 1.75 0 0 0-2.48-2.48l-2.5 2.5a1.75 1.75 0 0 0 0 2.48.75.75 0 1 1-1.06 1.06 3.25 3.25 0 0 1 0-4.6l2.5-2.5Zm-1.56 9.56a3.25 3.25 0 0 1-4.6-4.6l1.5-1.5a.75.75 0 0 1 1.06 1.06l-1.5 1.5a1.75 1.75 0 0 0 2.48 2.48l2.5-2.5a1.75 1.75 0 0 0 0-2.48.75.75 0 0 1 1.06-1.06 3.25 3.25 0 0 1 0 4.6l-2.5 2.5Z" />
    </svg>
  );
}
