'use client';
/**
 * The threads of the text, pinned first and then in reading order. One element serves both layouts: the right
 * column on wide screens, a bottom sheet on phones (opened by tapping a highlight or the "批注 N" button), so each
 * thread exists once in the page. The active thread is scrolled into view inside the panel. In a live session the
 * panel also holds the session's reflections (体会) behind a second tab, and, on wide screens, who is present.
 */
import { useEffect, useRef, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { ThreadCard, type ThreadUpdate } from './thread-card';
import type { ClientAnnotation, ReaderUser } from './reader-model';

interface Props {
  threads: readonly ClientAnnotation[];
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

export function ThreadPanel({ threads, viewer, canAnnotate, hint, activeId, isAnchored, isLoading, loadError, onRetry, isOpen, onClose, onLocate, onUpdate, status, top, reflections, isBelowBar = false, unreadIds, bottom }: Props) {
  const { t } = useT();
  const listRef = useRef<HTMLDivElement>(null);
  const [tab, setTab] = useState<'threads' | 'reflections'>('threads');
  const showsReflections = Boolean(reflections) && tab === 'reflections';

  useEffect(() => {
    if (!activeId) return;
    setTab('threads');
    const card = listRef.current?.querySelector<HTMLElement>(`[data-testid="thread"][data-annotation-id="${CSS.escape(activeId)}"]`);
    card?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [activeId, isOpen]);

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
              <TabButton testId="annotations-tab" isSelected={!showsReflections} onClick={() => setTab('threads')} label={t('reader.annotations')} count={threads.length} />
              <TabButton testId="reflections-tab" isSelected={showsReflections} onClick={() => setTab('reflections')} label={t('live.reflections')} count={reflections.count} />
            </div>
          ) : (
            <h2 className="text-sm font-semibold tracking-wide text-stone-500">
              {t('reader.annotations')}
              {threads.length > 0 && <span className="ml-1 tabular-nums">{threads.length}</span>}
            </h2>
          )}
          {status && <div className="hidden lg:block">{status}</div>}
          <button type="button" className="rounded px-2 py-1 text-sm text-stone-500 hover:bg-stone-200 lg:hidden" onClick={onClose}>
            {t('reader.close')}
          </button>
        </div>
        <div ref={listRef} className="min-h-0 flex-1 space-y-3 overflow-y-auto overscroll-contain px-4 pb-[max(1rem,env(safe-area-inset-bottom))] lg:px-0 lg:pb-8">
          {showsReflections ? (
            reflections!.content
          ) : !canAnnotate && threads.length === 0 ? (
            <div className="rounded-lg border border-dashed border-stone-300 p-3 text-sm text-stone-600">{hint}</div>
          ) : (
            <>
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
              {!hint && threads.length === 0 && !isLoading && !loadError && <p className="text-sm text-stone-500">{t('reader.noAnnotations')}</p>}
              {viewer &&
                threads.map((annotation) => (
                  <ThreadCard
                    key={annotation.id}
                    annotation={annotation}
                    viewer={viewer}
                    isActive={annotation.id === activeId}
                    isUnread={unreadIds?.has(annotation.id) ?? false}
                    isAnchored={isAnchored(annotation)}
                    onLocate={onLocate}
                    onUpdate={onUpdate}
                  />
                ))}
              {bottom}
            </>
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
