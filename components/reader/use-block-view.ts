'use client';
/**
 * What the text shows: the blocks on the page (a session reading a range shows only that range, session-range.ts),
 * the table of contents, the threads in panel order, each block's highlights (for the pages in view), and the heat
 * map and counts (loaded pages counted here, the others from the server's summary). Anchoring is judged against the
 * whole version.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { ReadingPage } from '@/lib/domain/reading-pages';
import type { TextDTO } from '@/lib/services/texts';
import { blocksInRange, sectionIndex } from '@/components/session/session-range';
import type { ViewerSession } from '@/components/session/use-live-session';
import { byPinnedThenReadingOrder, isHighlighted, type ClientAnnotation } from './reader-model';
import { groupBlocks } from './text-body';
import type { BlockSummary } from './use-live-annotations';

interface Paging {
  /** per block, `[threads, heat weight]` from the server, for the pages not loaded */
  summary: BlockSummary;
  loadedPages: ReadonlySet<string>;
  /** pages in view or about to be: only their highlights are drawn */
  drawnPages: ReadonlySet<string>;
  pageOf: (blockId: string) => ReadingPage | null;
}

export function useBlockView(text: TextDTO, session: ViewerSession | null, annotationMap: ReadonlyMap<string, ClientAnnotation>, { summary, loadedPages, drawnPages, pageOf }: Paging) {
  const hasSession = Boolean(session);
  const rangeStart = session?.rangeStart ?? null;
  const rangeEnd = session?.rangeEnd ?? null;
  const visibleBlocks = useMemo(() => (hasSession ? blocksInRange(text.blocks, rangeStart, rangeEnd) : text.blocks), [text.blocks, hasSession, rangeStart, rangeEnd]);
  const units = useMemo(() => groupBlocks(visibleBlocks), [visibleBlocks]);
  const headings = useMemo(() => visibleBlocks.filter((b) => b.kind === 'heading'), [visibleBlocks]);
  const blockOrder = useMemo(() => new Map(text.blocks.map((b, i) => [b.id, i])), [text.blocks]);
  const blockIds = useMemo(() => new Set(blockOrder.keys()), [blockOrder]);
  const visibleIds = useMemo(() => new Set(visibleBlocks.map((b) => b.id)), [visibleBlocks]);
  const sections = useMemo(() => sectionIndex(text.blocks), [text.blocks]);
  // Before the first heading (a preface, an opening paragraph) a reader is in the text itself.
  const sectionOf = useCallback((blockId: string) => sections.get(blockId)?.text ?? (blockOrder.has(blockId) ? text.title : null), [sections, blockOrder, text.title]);
  const range = useMemo(() => {
    if (!session || (!session.rangeStart && !session.rangeEnd) || visibleBlocks === text.blocks) return null;
    const titleOf = (path: string | null) => text.blocks.find((b) => b.kind === 'heading' && b.path === path)?.text;
    const from = titleOf(session.rangeStart) ?? visibleBlocks[0]?.text ?? '';
    return { from, to: titleOf(session.rangeEnd) ?? titleOf(session.rangeStart) ?? from };
  }, [session, text.blocks, visibleBlocks]);

  const annotations = useMemo(() => [...annotationMap.values()], [annotationMap]);
  const threads = useMemo(() => annotations.sort(byPinnedThenReadingOrder(blockOrder)), [annotations, blockOrder]);
  // Annotations a revision could not place are listed apart (UnanchoredPanel), never as threads on a passage.
  const anchoredThreads = useMemo(() => threads.filter((a) => a.status !== 'orphaned'), [threads]);
  const orphanCount = threads.length - anchoredThreads.length;

  // Per-block lists keep their identity while their contents do not change, so untouched blocks skip rendering.
  const byBlockCache = useRef(new Map<string, ClientAnnotation[]>());
  const annotationsByBlock = useMemo(() => {
    const next = new Map<string, ClientAnnotation[]>();
    for (const annotation of threads) {
      if (!isHighlighted(annotation, visibleIds)) continue;
      const page = pageOf(annotation.blockId);
      if (page && !drawnPages.has(page.key)) continue;
      const list = next.get(annotation.blockId);
      if (list) list.push(annotation);
      else next.set(annotation.blockId, [annotation]);
    }
    for (const [blockId, list] of next) {
      const previous = byBlockCache.current.get(blockId);
      if (previous && previous.length === list.length && previous.every((a, i) => a === list[i])) next.set(blockId, previous);
    }
    byBlockCache.current = next;
    return next;
  }, [threads, visibleIds, drawnPages, pageOf]);

  // What each block carries, `[threads, heat weight]`: counted from the threads on loaded pages, from the server's
  // summary elsewhere (kept current by the stream, use-live-annotations.ts).
  const perBlock = useMemo(() => {
    const counts = new Map<string, [number, number]>();
    for (const [blockId, entry] of Object.entries(summary)) {
      const page = pageOf(blockId);
      if (!page || !loadedPages.has(page.key)) counts.set(blockId, entry);
    }
    for (const a of threads) {
      if (a.status === 'orphaned') continue;
      const page = pageOf(a.blockId);
      if (!page || !loadedPages.has(page.key)) continue;
      const weight = a.deleted ? 0 : 1 + a.replies.filter((r) => !r.deleted).length;
      const entry = counts.get(a.blockId) ?? [0, 0];
      counts.set(a.blockId, [entry[0] + 1, entry[1] + weight]);
    }
    return counts;
  }, [summary, threads, loadedPages, pageOf]);
  const threadCount = useMemo(() => [...perBlock.values()].reduce((n, [count]) => n + count, 0), [perBlock]);

  // The heat map: how much was said on each paragraph, 1–4 relative to the busiest one.
  const heat = useMemo(() => {
    const weights = [...perBlock].map(([blockId, [, weight]]) => [blockId, weight] as const).filter(([, weight]) => weight > 0);
    const most = Math.max(0, ...weights.map(([, weight]) => weight));
    return new Map(weights.map(([blockId, n]) => [blockId, Math.max(1, Math.ceil((4 * n) / most))]));
  }, [perBlock]);

  return { units, headings, blockIds, visibleIds, sectionOf, range, threads, anchoredThreads, orphanCount, annotationsByBlock, heat, threadCount };
}
