'use client';
/**
 * What the text shows: the blocks on the page (a session reading a range shows only that range, session-range.ts),
 * the table of contents, the threads in panel order, each block's highlights and the heat map. Anchoring is judged
 * against the whole version.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { TextDTO } from '@/lib/services/texts';
import { blocksInRange, sectionIndex } from '@/components/session/session-range';
import type { ViewerSession } from '@/components/session/use-live-session';
import { byPinnedThenReadingOrder, isHighlighted, type ClientAnnotation } from './reader-model';
import { groupBlocks } from './text-body';

export function useBlockView(text: TextDTO, session: ViewerSession | null, annotationMap: ReadonlyMap<string, ClientAnnotation>) {
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
  }, [threads, visibleIds]);

  // The heat map: how much was said on each paragraph (threads and replies), 1–4 relative to the busiest one.
  const heat = useMemo(() => {
    const counts = new Map<string, number>();
    for (const a of threads) {
      if (a.status === 'orphaned' || a.deleted) continue;
      counts.set(a.blockId, (counts.get(a.blockId) ?? 0) + 1 + a.replies.filter((r) => !r.deleted).length);
    }
    const most = Math.max(0, ...counts.values());
    return new Map([...counts].map(([blockId, n]) => [blockId, Math.max(1, Math.ceil((4 * n) / most))]));
  }, [threads]);

  return { units, headings, blockIds, visibleIds, sectionOf, range, threads, anchoredThreads, orphanCount, annotationsByBlock, heat };
}
