'use client';
/**
 * A block's text with its highlights: one <mark> per annotation covering a segment, nested outermost first, so
 * overlapping highlights deepen in colour where they overlap and a click lands on the shortest one. The text is
 * rendered as React text only, and nothing but the text goes inside the block element: selection.ts counts on it.
 */
import { Fragment, memo, type ReactNode } from 'react';
import { KIND_STYLE } from '@/components/annotations/kind-style';
import { highlightSegments, type HighlightRange } from '@/lib/domain/highlight-segments';
import { printSpacingParts } from '@/lib/domain/print-spacing';
import { kindOf, type ClientAnnotation } from './reader-model';

/** The id of the unsaved passage the composer is about; drawn, but it is not an annotation. */
export const DRAFT_ID = '__draft';

export interface DraftRange {
  start: number;
  end: number;
}

interface Props {
  text: string;
  annotations: readonly ClientAnnotation[];
  activeId: string | null;
  draft: DraftRange | null;
  /** a heading: its print spacing ("为 民 篇") is kept in the DOM (offsets count it) but not shown */
  hidePrintSpacing?: boolean;
}

/** Text with its print spacing in hidden spans: still text nodes of the block, so selection offsets stay right. */
function spaced(text: string): ReactNode {
  const parts = printSpacingParts(text);
  if (parts.length === 1) return text;
  return parts.map((p, i) => (p.isSpacing ? <span key={i} className="hidden">{p.text}</span> : <Fragment key={i}>{p.text}</Fragment>));
}

export const HighlightedText = memo(function HighlightedText({ text, annotations, activeId, draft, hidePrintSpacing = false }: Props) {
  const show = hidePrintSpacing ? spaced : (t: string) => t;
  if (annotations.length === 0 && !draft) return <>{show(text)}</>;
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const ranges: HighlightRange[] = annotations.map((a) => ({ id: a.id, start: a.start, end: a.end }));
  if (draft) ranges.push({ id: DRAFT_ID, ...draft });

  return (
    <>
      {highlightSegments(text, ranges).map((segment) => {
        let content: ReactNode = show(segment.text);
        // Wrap from the innermost id outwards. The innermost highlight of a segment is its Tab stop (Enter opens the
        // thread, as a click lands on it): one focusable button per segment, never a button inside a button.
        let isInnermost = true;
        for (const id of [...segment.ids].reverse()) {
          const annotation = byId.get(id);
          if (!annotation) {
            content = <mark className="draft-selection">{content}</mark>;
            continue;
          }
          const classes = [
            'annotation',
            `kind-${kindOf(annotation.kind)}`,
            KIND_STYLE[kindOf(annotation.kind)].mark,
            annotation.visibility === 'private' ? 'annotation-private' : '',
            annotation.pending ? 'annotation-pending' : '',
            // Hidden by a leader: only leaders still have it, drawn faint with a dotted underline.
            annotation.hidden ? 'opacity-50 underline decoration-dotted underline-offset-4' : '',
            annotation.id === activeId ? 'active' : '',
          ];
          const focus = isInnermost ? { tabIndex: 0, role: 'button' } : {};
          isInnermost = false;
          content = (
            <mark className={classes.filter(Boolean).join(' ')} data-annotation-id={annotation.id} {...focus}>
              {content}
            </mark>
          );
        }
        return <Fragment key={segment.start}>{content}</Fragment>;
      })}
    </>
  );
});
