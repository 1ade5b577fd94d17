'use client';
/**
 * The table of contents built from the text's heading blocks, nested by level. One element serves both layouts: a
 * sticky sidebar on wide screens, a drawer on phones (so the e2e tests find exactly one `nav[data-testid=toc]`).
 * The heading being read is marked as the page scrolls.
 */
import { withoutPrintSpacing } from '@/lib/domain/print-spacing';
import { useEffect, useMemo, useState } from 'react';
import type { BlockDTO } from '@/lib/services/texts';
import { HEADING_DEPTH, type HeadingLevel } from '@/lib/domain/text-import/types';
import { useT } from '@/components/i18n/locale-provider';
import { anchorId } from './reader-model';

interface TocNode {
  block: BlockDTO;
  children: TocNode[];
}

/** Headings as a tree: each heading goes under the nearest earlier heading of a higher level. */
export function buildTocTree(headings: readonly BlockDTO[]): TocNode[] {
  const roots: TocNode[] = [];
  const open: { depth: number; node: TocNode }[] = [];
  for (const block of headings) {
    const depth = HEADING_DEPTH[(block.level ?? 'section') as HeadingLevel] ?? 3;
    const node: TocNode = { block, children: [] };
    while (open.length > 0 && open[open.length - 1].depth >= depth) open.pop();
    (open.length > 0 ? open[open.length - 1].node.children : roots).push(node);
    open.push({ depth, node });
  }
  return roots;
}

/** How far below the viewport's top a heading counts as "being read": the sticky header plus a line. */
const READING_LINE_PX = 96;

function useCurrentHeading(anchors: readonly string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      let found: string | null = null;
      for (const anchor of anchors) {
        const element = document.getElementById(anchor);
        if (!element) continue;
        if (element.getBoundingClientRect().top > READING_LINE_PX) break;
        found = anchor;
      }
      setCurrent(found);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [anchors]);
  return current;
}

interface Props {
  headings: readonly BlockDTO[];
  isOpen: boolean;
  onClose: () => void;
  /** a live session's bar sits under the site header: stick below both */
  isBelowBar?: boolean;
}

export function TocNav({ headings, isOpen, onClose, isBelowBar = false }: Props) {
  const { t } = useT();
  const tree = useMemo(() => buildTocTree(headings), [headings]);
  const anchors = useMemo(() => headings.map((h) => anchorId(h.path)), [headings]);
  const current = useCurrentHeading(anchors);

  return (
    <>
      {isOpen && <div className="fixed inset-0 z-40 bg-black/30 lg:hidden" onClick={onClose} aria-hidden="true" />}
      <nav
        data-testid="toc"
        aria-label={t('reader.toc')}
        className={`${isOpen ? 'flex' : 'hidden'} fixed inset-y-0 left-0 z-50 w-[82vw] max-w-xs flex-col bg-white shadow-xl lg:sticky lg:z-auto lg:flex ${isBelowBar ? 'lg:top-[6.25rem] lg:h-[calc(100vh-6.25rem)]' : 'lg:top-14 lg:h-[calc(100vh-3.5rem)]'} lg:w-auto lg:max-w-none lg:bg-transparent lg:shadow-none`}
      >
        <div className="flex items-center justify-between border-b border-stone-200 px-4 py-3 lg:border-0 lg:px-0 lg:pt-8 lg:pb-2">
          <h2 className="text-sm font-semibold tracking-wide text-stone-500">{t('reader.toc')}</h2>
          <button type="button" className="rounded px-2 py-1 text-sm text-stone-500 hover:bg-stone-100 lg:hidden" onClick={onClose}>
            {t('reader.close')}
          </button>
        </div>
        <div lang="zh-CN" className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-2 pb-8 lg:px-0">
          <TocList nodes={tree} current={current} onNavigate={onClose} depth={0} />
        </div>
      </nav>
    </>
  );
}

function TocList({ nodes, current, onNavigate, depth }: { nodes: TocNode[]; current: string | null; onNavigate: () => void; depth: number }) {
  if (nodes.length === 0) return null;
  return (
    <ul className={depth === 0 ? 'space-y-0.5' : 'ml-3 space-y-0.5 border-l border-stone-200 pl-2'}>
      {nodes.map(({ block, children }) => {
        const anchor = anchorId(block.path);
        const isCurrent = anchor === current;
        return (
          <li key={block.id}>
            <a
              href={`#${anchor}`}
              onClick={onNavigate}
              aria-current={isCurrent ? 'location' : undefined}
              className={`block rounded px-2 py-1 text-sm leading-snug hover:bg-stone-100 hover:text-red-800 ${
                isCurrent ? 'bg-red-50 font-medium text-red-800' : depth === 0 ? 'font-medium text-stone-800' : 'text-stone-600'
              }`}
            >
              {withoutPrintSpacing(block.text)}
              {block.subtitle && <span className="block text-xs font-normal text-stone-500">{block.subtitle}</span>}
            </a>
            <TocList nodes={children} current={current} onNavigate={onNavigate} depth={depth + 1} />
          </li>
        );
      })}
    </ul>
  );
}
