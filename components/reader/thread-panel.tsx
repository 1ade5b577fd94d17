'use client';
/**
 * The threads of the text, pinned first and then in reading order. One element serves both layouts: the right
 * column on wide screens, a bottom sheet on phones (opened by tapping a highlight or the "批注 N" button), so each
 * thread exists once in the page. The active thread is scrolled into view inside the panel. In a live session the
 * panel also holds the session's reflections (体会) behind a second tab, and, on wide screens, who is present.
 *
 * A text may carry thousands of threads: the list is virtualised (@tanstack/react-virtual, each card measured as it
 * renders), and reaching its end asks for the threads of the next part of the text (`onNearEnd`).
 *
 * The server draws no card (it has no window to measure), and the first cards are drawn in a transition after the
 * page has hydrated, not in the commit that ends hydration: drawing and measuring them there (each measure a layout)
 * made the longest task of the reading page's load (trace, desktop, 2,000 annotations: hydration's commit, then the
 * cards, their layout and the page's first requests, 221 ms in one task at load ~15).
 */
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useT } from '@/components/i18n/locale-provider';
import { ThreadCard, type ThreadUpdate } from './thread-card';
import type { ClientAnnotation, ReaderUser } from './reader-model';

/** A card with its note and a reply or two: measured once drawn, so only the first scroll is off by this. */
const ESTIMATED_CARD_PX = 220;
/** Cards drawn beyond each edge of the list's window: a quick flick does not show blanks. */
const OVERSCAN = 4;
/** How near the end of the loaded threads the next part of the text is asked for. */
const NEAR_END = 5;

interface Props {
  threads: readonly ClientAnnotation[];
  /** every thread on the text for the viewer, loaded or not */
  count: number;
  /** the list is near its end: load more threads */
  onNearEnd?: () => void;
  viewer: ReaderUser | null;
  canAnnotate: boolean;
  hint: React.ReactNode;
  activeId: string | null;
  isAnchored: (annotation: ClientAnnotation) => boolean;
  isLoading: boolean;
  loadError: string | null;
  onRetry: () => void;
  isOpen: boolean;
  onClose: () => void;
  onLocate: (id: string) => void;
  onUpdate: (id: string, update: Parameters<ThreadUpdate>[0]) => void;
  /** the connection state, shown in the panel's header on wide screens */
  status?: React.ReactNode;
  /** above the threads on wide screens (a live session's presence list) */
  top?: React.ReactNode;
  /** a live session's reflections: a second tab */
  reflections?: { count: number; content: React.ReactNode };
  /** a live session's bar sits under the site header: stick below both */
  isBelowBar?: boolean;
  /** threads new since the viewer's previous visit */
  unreadIds?: ReadonlySet<string>;
  /** below the threads: annotations that a revision of the text could not place */
  bottom?: React.ReactNode;
}

export function ThreadPanel({ threads, count, onNearEnd, viewer, canAnnotate, hint, activeId, isAnchored, isLoading, loadError, onRetry, isOpen, onClose, onLocate, onUpdate, status, top, reflections, isBelowBar = false, unreadIds, bottom }: Props) {
  const { t } = useT();
  const listRef = useRef<HTMLDivElement>(null);
  const [tab, setTab] = useState<'threads' | 'reflections'>('threads');
  const showsReflections = Boolean(reflections) && tab === 'reflections';

  // The virtual list starts below the banners above it: its offset in the scrolling element.
  const startRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const offset = startRef.current?.offsetTop ?? 0;
    if (offset !== scrollMargin) setScrollMargin(offset);
  });
  const shown = viewer && !showsReflections ? threads : [];
  const [isDrawn, setDrawn] = useState(false);
  useEffect(() => startTransition(() => setDrawn(true)), []);

  // The active card and the one being typed in stay drawn wherever the list scrolls, and in view when threads
  // loaded for another part of the text move them: a reply half written is never unmounted.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const keptIndexes = useMemo(() => [...new Set([activeId, focusedId])].map((id) => (id ? shown.findIndex((a) => a.id === id) : -1)).filter((i) => i >= 0), [shown, activeId, focusedId]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const extra = keptIndexes.filter((i) => !indexes.includes(i));
      return extra.length === 0 ? indexes : [...indexes, ...extra].sort((a, b) => a - b);
    },
    [keptIndexes],
  );
  const onFocusIn = (event: React.FocusEvent) => setFocusedId((event.target as Element).closest('[data-testid="thread"]')?.getAttribute('data-annotation-id') ?? null);
  const onFocusOut = (event: React.FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedId(null);
  };

  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ESTIMATED_CARD_PX,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey: (index) => shown[index].id,
    rangeExtractor,
  });
  // A closed bottom sheet has no height, so no window: the kept cards are still drawn (hidden), as a link or a new
  // highlight expects its card to be there when the sheet opens.
  const windowed = virtualizer.getVirtualItems();
  const items = !isDrawn ? [] : windowed.length > 0 ? windowed : keptIndexes.map((i) => virtualizer.measurementsCache[i]).filter((item) => item !== undefined);

  const lastIndex = items.length > 0 ? items[items.length - 1].index : -1;
  useEffect(() => {
    if (onNearEnd && !isLoading && lastIndex >= shown.length - NEAR_END) onNearEnd();
  }, [lastIndex, shown.length, isLoading, onNearEnd]);

  const focusedIndex = focusedId ? shown.findIndex((a) => a.id === focusedId) : -1;
  const activeIndex = activeId ? shown.findIndex((a) => a.id === activeId) : -1;
  const anchorIndex = focusedIndex >= 0 ? focusedIndex : activeIndex;
  useEffect(() => {
    if (activeId) setTab('threads');
  }, [activeId, isOpen]);
  useEffect(() => {
    // Measured cards make smooth scrolling land short: jump, as the virtualiser advises. Again when threads loaded
    // for another part of the text move the card in the list.
    if (anchorIndex >= 0) virtualizer.scrollToIndex(anchorIndex, { align: 'auto' });
  }, [activeId, isOpen, anchorIndex, virtualizer]);

  return (
    <>
      {isOpen && <div className="fixed inset-0 z-40 bg-black/20 lg:hidden" onClick={onClose} aria-hidden="true" />}
      <aside
        data-testid="thread-panel"
        aria-label={t('reader.annotations')}
        className={`${isOpen ? 'flex' : 'hidden'} fixed inset-x-0 bottom-0 z-50 max-h-[75vh] flex-col rounded-t-2xl border-t border-stone-200 bg-stone-50 shadow-2xl lg:sticky lg:z-auto lg:flex ${isBelowBar ? 'lg:top-[6.25rem] lg:h-[calc(100vh-6.25rem)]' : 'lg:top-14 lg:h-[calc(100vh-3.5rem)]'} lg:max-h-none lg:self-start lg:rounded-none lg:border-0 lg:bg-transparent lg:shadow-none`}
      >
        {top && <div className="hidden shrink-0 lg:block lg:pt-6">{top}</div>}
        <div className={`flex items-center justify-between gap-2 px-4 pt-3 pb-2 lg:px-0 ${top ? 'lg:pt-4' : 'lg:pt-8'}`}>
          {reflections ? (
            <div role="tablist" className="flex gap-1 text-sm font-semibold tracking-wide">
              <TabButton testId="annotations-tab" isSelected={!showsReflections} onClick={() => setTab('threads')} label={t('reader.annotations')} count={count} />
              <TabButton testId="reflections-tab" isSelected={showsReflections} onClick={() => setTab('reflections')} label={t('live.reflections')} count={reflections.count} />
            </div>
          ) : (
            <h2 className="text-sm font-semibold tracking-wide text-stone-500">
              {t('reader.annotations')}
              {count > 0 && <span className="ml-1 tabular-nums">{count}</span>}
            </h2>
          )}
          {status && <div className="hidden lg:block">{status}</div>}
          <button type="button" className="rounded px-2 py-1 text-sm text-stone-500 hover:bg-stone-200 lg:hidden" onClick={onClose}>
            {t('reader.close')}
          </button>
        </div>
        <div ref={listRef} onFocus={onFocusIn} onBlur={onFocusOut} className="relative min-h-0 flex-1 overflow-y-auto overscroll-contain px-4 pb-[max(1rem,env(safe-area-inset-bottom))] lg:px-0 lg:pb-8">
          {showsReflections ? (
            <div className="space-y-3">{reflections!.content}</div>
          ) : !canAnnotate && count === 0 ? (
            <div className="rounded-lg border border-dashed border-stone-300 p-3 text-sm text-stone-600">{hint}</div>
          ) : (
            <div className="space-y-3">
              {/* A failed refresh keeps what is already shown: the banner only offers to try again. */}
              {loadError && (
                <div className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800" role="alert">
                  {t('reader.loadFailed')}: {loadError}{' '}
                  <button type="button" className="underline" onClick={onRetry}>
                    {t('reader.retry')}
                  </button>
                </div>
              )}
              {/* Threads can be read but no new highlight made (a session not live): say why. */}
              {hint && <div className="rounded-lg border border-dashed border-stone-300 p-3 text-sm text-stone-600">{hint}</div>}
              {!hint && count === 0 && threads.length === 0 && !isLoading && !loadError && <p className="text-sm text-stone-500">{t('reader.noAnnotations')}</p>}
              <div ref={startRef} data-testid="thread-list" data-count={shown.length} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
                {viewer &&
                  items.map((item) => {
                    const annotation = shown[item.index];
                    return (
                      <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="absolute inset-x-0 top-0 pb-3" style={{ transform: `translateY(${item.start - scrollMargin}px)` }}>
                        <ThreadCard
                          annotation={annotation}
                          viewer={viewer}
                          isActive={annotation.id === activeId}
                          isUnread={unreadIds?.has(annotation.id) ?? false}
                          isAnchored={isAnchored(annotation)}
                          onLocate={onLocate}
                          onUpdate={onUpdate}
                        />
                      </div>
                    );
                  })}
              </div>
              {bottom}
            </div>
          )}
        </div>
      </aside>
    </>
  );
}

function TabButton({ testId, isSelected, onClick, label, count }: { testId: string; isSelected: boolean; onClick: () => void; label: string; count: number }) {
  return (
    <button
      type="button"
      role="tab"
      data-testid={testId}
      aria-selected={isSelected}
      onClick={onClick}
      className={`rounded-full px-3 py-1 ${isSelected ? 'bg-stone-800 text-white' : 'text-stone-500 hover:bg-stone-200'}`}
    >
      {label}
      {count > 0 && <span className="ml-1 tabular-nums">{count}</span>}
    </button>
  );
}
