'use client';
/**
 * The reading page's client side: the text with its highlights, the table of contents, the selection toolbar and
 * the threads panel, for one group — or, with `session`, a live study session: the session's own annotations, its
 * reflections (体会), who is present and where each reads, 跟学, and the leader's start/end.
 *
 * Annotations are loaded over HTTP, page by page as the text comes into view, and kept current by a stream (`group:<id>`, or `session:<id>` in a session),
 * so what others write appears without a reload and nothing is missed across a dropped connection
 * (use-live-annotations.ts). Writes go over the socket, whose outbox keeps them while offline; a create is shown
 * at once and then replaced by the server's record (or withdrawn, with the composer reopened on the user's words,
 * if it was refused).
 *
 * Test hooks beyond the reading page's own: connection-state (data-state, data-pending), session-bar,
 * session-header, session-status, session-start, session-end(-confirm), session-ended-banner, presence-list,
 * presence-popover, presence-toggle, presence-member (data-user-id, data-reading-block-id), follow-toggle (aria-pressed),
 * leading, annotations-tab, reflections-tab, reflection(-input/-submit), reaction-agree / reaction-same-question
 * (aria-pressed, data-count), resolve-toggle, pin-toggle, hide-toggle, hide-reply-toggle, pinned-badge,
 * resolved-badge, hidden-badge, reply-hidden, pending-label, reply[data-pending], mention-option; skip-to-text,
 * fold-toggle (aria-expanded), reply-to, replying-to(-cancel), reply-parent, original-author, reply-count,
 * edit-note-count, edit-reply-count; reader-body[data-pages-loading] (pages of threads in view still on their way),
 * thread-list[data-count] (threads loaded; only those near the list's window are drawn).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TextDTO } from '@/lib/services/texts';
import { useT } from '@/components/i18n/locale-provider';
import { UnanchoredPanel } from '@/components/library/unanchored-panel';
import { PresenceList } from '@/components/session/presence-list';
import { ReflectionsPanel } from '@/components/session/reflections-panel';
import { SessionBar } from '@/components/session/session-bar';
import type { ViewerSession } from '@/components/session/use-live-session';
import * as api from './annotations-api';
import { ConnectionBadge } from './connection-badge';
import { LiveContext } from './live-context';
import { annotateHint, ReaderHeader } from './reader-header';
import { isAnchoredIn, isHighlighted, type ReaderUser } from './reader-model';
import { SelectionComposer } from './selection-composer';
import { TextBody } from './text-body';
import type { ThreadUpdate } from './thread-update';
import { ThreadPanel } from './thread-panel';
import { TocNav } from './toc-nav';
import { useBlockView } from './use-block-view';
import { useDeepLinks } from './use-deep-links';
import { useIsWide } from './use-is-wide';
import { useKeyboardReading } from './use-keyboard-reading';
import { useReaderSession } from './use-reader-session';
import { usePagesInView } from './use-pages-in-view';
import { useSelectionDraft } from './use-selection-draft';
import type { FirstThreads } from './use-live-annotations';

interface Props {
  text: TextDTO;
  groups: { id: string; name: string }[];
  /** the group whose annotations are shown; null when reading alone (signed out, or in no group) */
  groupId: string | null;
  viewer: ReaderUser | null;
  /** a study session of the group on this text, with the viewer's role: the page becomes the session's */
  session?: ViewerSession;
  /** the first page's first threads, read by the server: their highlights come with the HTML */
  firstThreads?: FirstThreads;
}

const TOAST_MS = 1800;

export function Reader({ text, groups, groupId, viewer, session: initialSession, firstThreads }: Props) {
  const { t } = useT();
  const viewerId = viewer?.id ?? null;
  const bodyRef = useRef<HTMLElement>(null);
  const { client, writes, members, isLeader, live, session, sessionId, isLive, isSessionLeader, follow, data, pageList, pageOf } = useReaderSession({ text, groupId, viewerId, initialSession, bodyRef, firstThreads });
  const { putAnnotation, updateAnnotation, dropAnnotation } = data;

  // In a session only a live one takes new highlights (the server refuses them before the start and after the end).
  const canAnnotate = Boolean(viewer && groupId) && (!session || isLive);
  const canSeeThreads = Boolean(viewer && groupId);

  const [activeId, setActiveId] = useState<string | null>(null);
  const [openPanel, setOpenPanel] = useState<'toc' | 'threads' | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const showToast = useCallback((message: string) => {
    setToast(message);
    setTimeout(() => setToast((current) => (current === message ? null : current)), TOAST_MS);
  }, []);

  // Threads are loaded, and highlights drawn, for the part of the text in view (and a screen either side).
  // Until the window is observed, the page the server loaded counts as in view: its highlights are in the HTML.
  const pagesInView = usePagesInView(bodyRef, pageOf, text.blocks, firstThreads?.page);
  const { requestPages, loadedPages } = data;
  useEffect(() => requestPages(pagesInView), [pagesInView, requestPages]);
  const view = useBlockView(text, session, data.state.annotations, { summary: data.summary, loadedPages, drawnPages: pagesInView, pageOf });
  // The end of the thread list asks for the next part of the text not loaded (after the last one loaded).
  const onListEnd = useCallback(() => {
    const visible = pageList.filter((p) => [...p.blockIds].some((id) => view.visibleIds.has(id)));
    const lastLoaded = visible.findLastIndex((p) => loadedPages.has(p.key));
    const next = visible.slice(lastLoaded + 1).find((p) => !loadedPages.has(p.key)) ?? visible.find((p) => !loadedPages.has(p.key));
    if (next) requestPages([next.key]);
  }, [pageList, view.visibleIds, loadedPages, requestPages]);
  const reflections = useMemo(() => [...data.state.reflections.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)), [data.state.reflections]);

  // What is new since my previous visit (outside sessions, which are live anyway); the call records this visit.
  const [unreadIds, setUnreadIds] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!viewerId || !groupId || sessionId) return;
    api.fetchActivity(groupId, text.id).then((a) => setUnreadIds(new Set(a.unread)), () => undefined);
  }, [viewerId, groupId, sessionId, text.id]);

  const { visibleIds } = view;
  const active = useMemo(() => {
    const annotation = activeId ? data.state.annotations.get(activeId) : undefined;
    return annotation && isHighlighted(annotation, visibleIds) ? { id: annotation.id, blockId: annotation.blockId } : null;
  }, [activeId, data.state.annotations, visibleIds]);

  const composer = useSelectionDraft({ canAnnotate, bodyRef, text, groupId, viewer, writes, sessionId, putAnnotation, updateAnnotation, dropAnnotation, onSaved: setActiveId, showToast });

  const updateThread = useCallback((id: string, update: Parameters<ThreadUpdate>[0]) => updateAnnotation(id, update), [updateAnnotation]);

  const annotationMap = data.state.annotations;
  const blockOf = useCallback((id: string) => annotationMap.get(id)?.blockId, [annotationMap]);
  const loadAnnotation = useCallback(
    async (id: string) => {
      const { blockId } = await api.fetchAnnotation(id);
      const page = pageOf(blockId);
      if (page) requestPages([page.key]);
    },
    [pageOf, requestPages],
  );
  const { locate, copyLink } = useDeepLinks({ isLoading: data.isLoading, blockOf, loadAnnotation, setActiveId, setOpenPanel, noteManualJump: follow.noteManualJump, showToast });

  // Enter on a highlight: its thread opens and focus goes to its reply box (or the card), the keyboard's next step.
  const openThread = useCallback((id: string) => {
    setActiveId(id);
    setOpenPanel('threads');
    // The panel draws (on a phone, slides in) after this render: try until the card takes focus, for up to a second.
    let tries = 0;
    const focusCard = () => {
      const card = document.querySelector<HTMLElement>(`[data-testid="thread"][data-annotation-id="${CSS.escape(id)}"]`);
      const target = card?.querySelector<HTMLElement>('[data-testid="reply-input"]') ?? card;
      target?.focus();
      if ((!target || document.activeElement !== target) && ++tries < 20) setTimeout(focusCard, 50);
    };
    setTimeout(focusCard, 0);
  }, []);
  useKeyboardReading({ bodyRef, composerRef: composer.composerRef, hasDraft: Boolean(composer.draft && canAnnotate), openThread });

  const onBodyClick = (event: React.MouseEvent) => {
    const mark = (event.target as Element).closest('mark[data-annotation-id]');
    if (!mark) return;
    // The end of a drag that began on a highlight is a selection, not a tap on it.
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;
    setActiveId(mark.getAttribute('data-annotation-id'));
    setOpenPanel('threads');
  };

  const hint = annotateHint(t, text, session, Boolean(viewer), groupId);
  const liveContext = useMemo(() => ({ writes, members, isLeader }), [writes, members, isLeader]);
  const isWide = useIsWide();

  return (
    <LiveContext.Provider value={liveContext}>
      {session && viewer && (
        <SessionBar
          session={session}
          presence={live.presence}
          sectionOf={view.sectionOf}
          viewerId={viewer.id}
          isSessionLeader={isSessionLeader}
          isFollowing={follow.isFollowing}
          onFollow={follow.follow}
          onUnfollow={follow.unfollow}
        />
      )}
      {/* Past the outline, straight to the text: the reader's own skip link, the next Tab after the page's one. */}
      <a href="#reader-text" data-testid="skip-to-text" className="sr-only z-50 rounded bg-white px-4 py-3 text-red-800 shadow focus:not-sr-only focus:fixed focus:left-2 focus:top-2">
        {t('reader.skipToText')}
      </a>
      <div className="mx-auto max-w-7xl px-4 lg:grid lg:grid-cols-[13rem_minmax(0,1fr)_19rem] lg:gap-10 xl:grid-cols-[15rem_minmax(0,1fr)_22rem]">
        <TocNav headings={view.headings} isOpen={openPanel === 'toc'} onClose={() => setOpenPanel(null)} isBelowBar={Boolean(session)} />

        <main className="min-w-0 pb-28 lg:pb-20">
          <ReaderHeader
            text={text}
            groups={groups}
            groupId={groupId}
            session={session}
            range={view.range}
            canControl={isSessionLeader || isLeader}
            onStart={live.start}
            onEnd={live.end}
            canAnnotate={canAnnotate}
            hint={hint}
          />

          <article
            ref={bodyRef}
            id="reader-text"
            tabIndex={-1}
            lang="zh-CN"
            // Below a session's bar, jump targets need more room than the page's usual scroll margin.
            className={`reading mx-auto max-w-[40rem] pt-6 outline-none ${session ? '[&_[data-block-id]]:scroll-mt-28! [&_[id]]:scroll-mt-28!' : ''}`}
            onClick={onBodyClick}
            data-testid="reader-body"
            // how many pages of threads in view are still on their way (0: every highlight in view is drawn)
            data-pages-loading={[...pagesInView].filter((key) => !loadedPages.has(key)).length}
          >
            <TextBody units={view.units} annotationsByBlock={view.annotationsByBlock} active={active} draft={composer.draftMark} onCopyLink={copyLink} heat={view.heat} />
          </article>
        </main>

        <ThreadPanel
          threads={view.anchoredThreads}
          count={view.threadCount}
          onNearEnd={onListEnd}
          unreadIds={unreadIds}
          bottom={groupId && viewer ? <UnanchoredPanel textId={text.id} groupId={groupId} refreshKey={view.orphanCount} /> : undefined}
          viewer={viewer}
          canAnnotate={canSeeThreads}
          hint={hint}
          activeId={activeId}
          isAnchored={(a) => isAnchoredIn(a, view.blockIds)}
          isLoading={data.isLoading}
          loadError={data.loadError}
          onRetry={data.reload}
          isOpen={openPanel === 'threads'}
          onClose={() => setOpenPanel(null)}
          onLocate={locate}
          onUpdate={updateThread}
          isBelowBar={Boolean(session)}
          status={!session && canSeeThreads && client && isWide ? <ConnectionBadge /> : undefined}
          top={session && viewer && isLive ? <PresenceList members={live.presence} sectionOf={view.sectionOf} viewerId={viewer.id} /> : undefined}
          reflections={
            session && viewer
              ? {
                  count: reflections.filter((r) => !r.deleted && (!r.hidden || isLeader)).length,
                  content: (
                    <ReflectionsPanel
                      sessionId={session.id}
                      reflections={reflections}
                      viewer={viewer}
                      canWrite={session.status !== 'scheduled'}
                      onPut={data.putReflection}
                      onDrop={data.dropReflection}
                    />
                  ),
                }
              : undefined
          }
        />
      </div>

      {/* Both buttons sit on the right: in reach of the thumb, and clear of Next's dev badge at bottom left. */}
      <div className="fixed inset-x-0 bottom-0 z-30 flex items-center justify-end gap-2 border-t border-stone-200 bg-white/95 px-4 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] backdrop-blur lg:hidden">
        <button type="button" data-testid="open-toc" className="rounded-full border border-stone-300 px-4 py-1.5 text-sm text-stone-700" onClick={() => setOpenPanel('toc')}>
          {t('reader.toc')}
        </button>
        <button type="button" data-testid="open-threads" className="rounded-full bg-stone-800 px-4 py-1.5 text-sm text-white" onClick={() => setOpenPanel('threads')}>
          {t('reader.showAnnotations', { n: view.threadCount })}
        </button>
      </div>

      {/* Outside a session the connection sits in the phone's bottom bar (on a desktop, atop the threads panel). */}
      {!session && canSeeThreads && client && !isWide && (
        <div className="fixed bottom-3 left-4 z-[35] rounded-full bg-white/95 px-2.5 py-1 shadow-sm ring-1 ring-stone-200">
          <ConnectionBadge />
        </div>
      )}

      {composer.draft && canAnnotate && (
        <SelectionComposer
          anchor={composer.draft.anchor}
          quote={composer.draft.selection.exact}
          form={composer.form}
          onChange={composer.setForm}
          onSave={composer.save}
          onCancel={composer.cancelDraft}
          containerRef={composer.composerRef}
        />
      )}

      {toast && (
        <div role="status" className="fixed top-16 left-1/2 z-[70] -translate-x-1/2 rounded-full bg-stone-900/90 px-4 py-1.5 text-sm text-white shadow">
          {toast}
        </div>
      )}
    </LiveContext.Provider>
  );
}
