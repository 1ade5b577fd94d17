'use client';
/**
 * The reading page's client side: the text with its highlights, the table of contents, the selection toolbar and
 * the threads panel, for one group — or, with `session`, a live study session: the session's own annotations, its
 * reflections (体会), who is present and where each reads, 跟学, and the leader's start/end.
 *
 * Annotations are loaded over HTTP and then kept current by a stream (`group:<id>`, or `session:<id>` in a session),
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
 * resolved-badge, hidden-badge, reply-hidden, pending-label, reply[data-pending], mention-option.
 */
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { TextDTO } from '@/lib/services/texts';
import type { AnnotationKind } from '@/lib/domain/annotation-kinds';
import { canLead, type Role } from '@/lib/domain/permissions';
import { getLiveStatus, getRealtimeClient } from '@/lib/realtime/browser';
import type { RealtimeClient } from '@/lib/realtime/client';
import { useT } from '@/components/i18n/locale-provider';
import { PresenceList } from '@/components/session/presence-list';
import { ReflectionsPanel } from '@/components/session/reflections-panel';
import { SessionBar } from '@/components/session/session-bar';
import { SessionHeader } from '@/components/session/session-header';
import { blocksInRange, sectionIndex } from '@/components/session/session-range';
import { useFollowLeader } from '@/components/session/use-follow-leader';
import { useLiveSession, type ViewerSession } from '@/components/session/use-live-session';
import * as api from './annotations-api';
import { BookInfo } from './book-info';
import { ConnectionBadge } from './connection-badge';
import { GroupPicker } from './group-picker';
import { LiveContext } from './live-context';
import { errorDetail, makeWrites } from './live-writes';
import { byPinnedThenReadingOrder, isAnchoredIn, isHighlighted, type ClientAnnotation, type GroupMember, type ReaderUser } from './reader-model';
import { selectionBounds, selectionInBlock, type BlockSelection } from './selection';
import { SelectionComposer, type Anchor, type ComposerForm } from './selection-composer';
import { groupBlocks, TextBody } from './text-body';
import type { ThreadUpdate } from './thread-card';
import { ThreadPanel } from './thread-panel';
import { TocNav } from './toc-nav';
import { UnanchoredPanel } from '@/components/library/unanchored-panel';
import { useLiveAnnotations } from './use-live-annotations';

interface Props {
  text: TextDTO;
  groups: { id: string; name: string }[];
  /** the group whose annotations are shown; null when reading alone (signed out, or in no group) */
  groupId: string | null;
  viewer: ReaderUser | null;
  /** a study session of the group on this text, with the viewer's role: the page becomes the session's */
  session?: ViewerSession;
}

interface Draft {
  selection: BlockSelection;
  anchor: Anchor | null;
  /** the id the create will carry: kept while the same passage is retried, so a retry cannot store it twice */
  id: string;
}

/** Quiet time after the last selectionchange before the toolbar follows it: drags fire dozens of events. */
const SELECTION_DEBOUNCE_MS = 150;
const TOAST_MS = 1800;

const emptyForm = (kind: AnnotationKind = 'key'): ComposerForm => ({ kind, note: '', isPrivate: false, error: null, isSaving: false });

const isSamePassage = (a: BlockSelection, b: BlockSelection) => a.blockId === b.blockId && a.start === b.start && a.end === b.end;

export function Reader({ text, groups, groupId, viewer, session: initialSession }: Props) {
  const { t } = useT();
  const viewerId = viewer?.id ?? null;

  // One socket per tab, made after mounting (never while rendering on the server).
  const [client, setClient] = useState<RealtimeClient | null>(null);
  useEffect(() => setClient(viewerId ? getRealtimeClient(viewerId) : null), [viewerId]);
  const writes = useMemo(() => (client ? makeWrites(client) : null), [client]);

  const [members, setMembers] = useState<GroupMember[]>([]);
  useEffect(() => {
    if (!viewerId || !groupId) return;
    api.fetchMembers(groupId).then(setMembers, () => undefined);
  }, [viewerId, groupId]);
  const isLeader = initialSession ? canLead(initialSession.role as Role) : members.some((m) => m.userId === viewerId && canLead(m.role as Role));

  // The live session, and 跟学 (which needs to know when the page has joined).
  const bodyRef = useRef<HTMLElement>(null);
  const onJoinedRef = useRef<(s: { currentBlockId: string | null }) => void>(() => undefined);
  const live = useLiveSession({ client, initial: initialSession ?? null, onJoined: (s) => onJoinedRef.current(s) });
  const session = live.session;
  const isLive = session?.status === 'live';
  const isSessionLeader = Boolean(session && viewerId && session.leader.id === viewerId);
  const follow = useFollowLeader({ client, sessionId: session?.id ?? null, isLive, isSessionLeader, bodyRef, readingLine });
  useEffect(() => {
    onJoinedRef.current = follow.onJoined;
  });

  const sessionId = session?.id ?? null;
  const stream = viewerId && groupId ? (sessionId ? `session:${sessionId}` : `group:${groupId}`) : null;
  const load = useCallback(async () => {
    const [annotations, reflections] = await Promise.all([
      api.fetchAnnotations(text.id, groupId!, sessionId ?? undefined),
      sessionId ? api.fetchReflections(sessionId) : Promise.resolve([]),
    ]);
    return { annotations, reflections };
  }, [text.id, groupId, sessionId]);
  const data = useLiveAnnotations({ client, stream, load, isLeader, onEvents: live.onStreamEvents });
  const { putAnnotation, updateAnnotation, dropAnnotation } = data;

  // In a session only a live one takes new highlights (the server refuses them before the start and after the end).
  const canAnnotate = Boolean(viewer && groupId) && (!session || isLive);
  const canSeeThreads = Boolean(viewer && groupId);

  const [activeId, setActiveId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [form, setForm] = useState<ComposerForm>(emptyForm);
  const [isComposerFocused, setComposerFocused] = useState(false);
  const [openPanel, setOpenPanel] = useState<'toc' | 'threads' | null>(null);
  const [toast, setToast] = useState<string | null>(null);

  const composerRef = useRef<HTMLDivElement>(null);
  // The selection listener and save read the latest values without re-subscribing on every keystroke.
  const draftRef = useRef(draft);
  const formRef = useRef(form);
  useEffect(() => {
    draftRef.current = draft;
    formRef.current = form;
  });

  // A session reading a range shows only that range (session-range.ts); anchoring is judged against the whole version.
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

  const annotations = useMemo(() => [...data.state.annotations.values()], [data.state.annotations]);
  const threads = useMemo(() => annotations.sort(byPinnedThenReadingOrder(blockOrder)), [annotations, blockOrder]);
  // Annotations a revision could not place are listed apart (UnanchoredPanel), never as threads on a passage.
  const anchoredThreads = useMemo(() => threads.filter((a) => a.status !== 'orphaned'), [threads]);
  const orphanCount = threads.length - anchoredThreads.length;
  const reflections = useMemo(() => [...data.state.reflections.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)), [data.state.reflections]);

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

  // What is new since my previous visit (outside sessions, which are live anyway); the call records this visit.
  const [unreadIds, setUnreadIds] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!viewerId || !groupId || sessionId) return;
    api.fetchActivity(groupId, text.id).then((a) => setUnreadIds(new Set(a.unread)), () => undefined);
  }, [viewerId, groupId, sessionId, text.id]);

  // Links to a paragraph (from the history pages) carry ?block=<id>: bring it into view once the text is there.
  useEffect(() => {
    const blockId = new URLSearchParams(window.location.search).get('block');
    const el = blockId ? document.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`) : null;
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.classList.add('block-flash');
  }, []);

  const active = useMemo(() => {
    const annotation = activeId ? data.state.annotations.get(activeId) : undefined;
    return annotation && isHighlighted(annotation, visibleIds) ? { id: annotation.id, blockId: annotation.blockId } : null;
  }, [activeId, data.state.annotations, visibleIds]);

  // Follow the reader's selection: selectionchange (debounced) covers drags, keyboard and programmatic ranges;
  // pointerup and keyup answer a finished gesture without waiting.
  useEffect(() => {
    if (!canAnnotate) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      timer = undefined;
      const body = bodyRef.current;
      const composer = composerRef.current;
      if (!body) return;
      // While a save is on its way the composer belongs to that passage.
      if (formRef.current.isSaving) return;
      const selection = document.getSelection();
      // Typing in the composer moves the selection into its textarea: that is not a new passage.
      if (composer && (composer.contains(document.activeElement) || (selection?.anchorNode && composer.contains(selection.anchorNode)))) return;
      const found = selectionInBlock(selection, body);
      if (found) {
        const bounds = selectionBounds(selection);
        const anchor = bounds
          ? { top: bounds.top + window.scrollY, bottom: bounds.bottom + window.scrollY, firstLeft: bounds.firstLeft + window.scrollX, lastLeft: bounds.lastLeft + window.scrollX }
          : null;
        setDraft((previous) => ({ selection: found, anchor, id: previous && isSamePassage(previous.selection, found) ? previous.id : api.newId() }));
        setForm((f) => (f.error ? { ...f, error: null } : f));
        return;
      }
      // The selection went away (a tap elsewhere): close the toolbar, unless a note is being written in it.
      if (draftRef.current && formRef.current.note.trim() === '') setDraft(null);
    };
    const later = (ms: number) => () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(read, ms);
    };
    const onSelectionChange = later(SELECTION_DEBOUNCE_MS);
    const onGestureEnd = later(0);
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('pointerup', onGestureEnd);
    document.addEventListener('keyup', onGestureEnd);
    return () => {
      if (timer) clearTimeout(timer);
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('pointerup', onGestureEnd);
      document.removeEventListener('keyup', onGestureEnd);
    };
  }, [canAnnotate]);

  // Once focus is in the composer the browser no longer paints the selection: draw the passage ourselves.
  useEffect(() => {
    const check = () => setTimeout(() => setComposerFocused(Boolean(composerRef.current?.contains(document.activeElement))), 0);
    document.addEventListener('focusin', check);
    document.addEventListener('focusout', check);
    return () => {
      document.removeEventListener('focusin', check);
      document.removeEventListener('focusout', check);
    };
  }, []);

  const cancelDraft = useCallback(() => {
    if (formRef.current.isSaving) return;
    setDraft(null);
    setForm((f) => emptyForm(f.kind));
    document.getSelection()?.removeAllRanges();
  }, []);

  const showToast = useCallback((message: string) => {
    setToast(message);
    setTimeout(() => setToast((current) => (current === message ? null : current)), TOAST_MS);
  }, []);

  /**
   * Saving shows the highlight at once. Connected, the composer stays open (saving…) until the server answers: on an
   * error the user's note and choices are still in front of them, and no newer selection can be overwritten.
   * Offline, the create waits in the outbox and the composer closes (the highlight shows as waiting); should the
   * server refuse it later, it is withdrawn and a message says why.
   */
  const save = useCallback(async () => {
    const current = draftRef.current;
    const f = formRef.current;
    if (!current || !groupId || !viewer || !writes || f.isSaving) return;
    const input: api.NewAnnotation = {
      id: current.id,
      groupId,
      ...current.selection,
      kind: f.kind,
      note: f.note,
      visibility: f.isPrivate ? 'private' : 'group',
      ...(sessionId ? { sessionId } : {}),
    };
    const now = new Date().toISOString();
    const optimistic: ClientAnnotation = {
      ...input,
      note: f.note.trim(),
      textId: text.id,
      versionId: text.versionId,
      author: { id: viewer.id, name: viewer.name },
      prefix: '',
      suffix: '',
      status: 'anchored',
      sessionId: sessionId,
      createdAt: now,
      updatedAt: now,
      editedAt: null,
      deleted: false,
      resolved: false,
      pinned: false,
      hidden: false,
      movedInVersion: null,
      reactions: [],
      replies: [],
      pending: true,
    };
    const isQueued = getLiveStatus().state !== 'online';
    putAnnotation(optimistic);
    setActiveId(current.id);
    if (isQueued) {
      setDraft(null);
      setForm(emptyForm(f.kind));
    } else {
      setForm({ ...f, isSaving: true, error: null });
    }
    // A live selection left on the text would reopen the toolbar for the passage just saved.
    document.getSelection()?.removeAllRanges();
    try {
      const saved = await writes.createAnnotation(input);
      // The stream may have brought it (and what followed) already: replace only the still-pending copy.
      updateAnnotation(current.id, (a) => (a.pending ? { ...saved, replies: a.replies } : a));
      if (!isQueued) {
        setDraft(null);
        setForm(emptyForm(f.kind));
      }
    } catch (error) {
      dropAnnotation(current.id);
      const detail = errorDetail(error, t('common.error'));
      if (isQueued) showToast(`${t('live.writeRefused')}: ${detail}`);
      else setForm({ ...f, isSaving: false, error: detail });
    }
  }, [groupId, viewer, writes, sessionId, text.id, text.versionId, t, putAnnotation, updateAnnotation, dropAnnotation, showToast]);

  const updateThread = useCallback((id: string, update: Parameters<ThreadUpdate>[0]) => updateAnnotation(id, update), [updateAnnotation]);

  const { noteManualJump } = follow;
  const locate = useCallback(
    (id: string) => {
      setActiveId(id);
      setOpenPanel(null);
      noteManualJump();
      const mark = document.querySelector(`mark[data-annotation-id="${CSS.escape(id)}"]`);
      mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    [noteManualJump],
  );

  // A link to a thread (#annotation-<id>, as notifications give) opens it once the annotations are there — on
  // arrival, and when the fragment changes on this page.
  const [hash, setHash] = useState('');
  useEffect(() => {
    const read = () => setHash(window.location.hash);
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  const handledHash = useRef('');
  useEffect(() => {
    const match = /^#annotation-(.+)$/.exec(hash);
    if (!match || handledHash.current === hash || data.isLoading) return;
    const id = decodeURIComponent(match[1]);
    if (!data.state.annotations.has(id)) return;
    handledHash.current = hash;
    setActiveId(id);
    noteManualJump();
    if (!window.matchMedia(WIDE_QUERY).matches) setOpenPanel('threads');
    requestAnimationFrame(() => document.querySelector(`mark[data-annotation-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'center' }));
  }, [hash, data.isLoading, data.state.annotations, noteManualJump]);

  const copyLink = useCallback(
    async (anchor: string) => {
      noteManualJump();
      history.replaceState(null, '', `#${anchor}`);
      document.getElementById(anchor)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      if (await copyToClipboard(window.location.href)) showToast(t('reader.linkCopied'));
    },
    [showToast, t, noteManualJump],
  );

  const onBodyClick = (event: React.MouseEvent) => {
    const mark = (event.target as Element).closest('mark[data-annotation-id]');
    if (!mark) return;
    // The end of a drag that began on a highlight is a selection, not a tap on it.
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;
    setActiveId(mark.getAttribute('data-annotation-id'));
    setOpenPanel('threads');
  };

  const signInHref = `/signin?callbackUrl=${encodeURIComponent(session ? `/sessions/${session.id}` : `/read/${text.id}`)}`;
  const hint = !viewer ? (
    <>
      {t('reader.signInToAnnotate')}{' '}
      <Link href={signInHref} className="font-medium text-red-800 underline underline-offset-2">
        {t('nav.signin')}
      </Link>
    </>
  ) : !groupId ? (
    <>
      {t('reader.joinGroupToAnnotate')}{' '}
      <Link href="/groups" className="font-medium text-red-800 underline underline-offset-2">
        {t('reader.goToGroups')}
      </Link>
    </>
  ) : session && session.status === 'scheduled' ? (
    t('live.notStartedHint')
  ) : session && session.status === 'ended' ? (
    t('live.endedHint')
  ) : null;

  const showDraftMark = draft && !form.isSaving && (isComposerFocused || form.error) ? { blockId: draft.selection.blockId, start: draft.selection.start, end: draft.selection.end } : null;
  const liveContext = useMemo(() => ({ writes, members, isLeader }), [writes, members, isLeader]);
  const isWide = useIsWide();
  const groupName = groups.find((g) => g.id === groupId)?.name ?? null;

  return (
    <LiveContext.Provider value={liveContext}>
      {session && viewer && (
        <SessionBar
          session={session}
          presence={live.presence}
          sectionOf={sectionOf}
          viewerId={viewer.id}
          isSessionLeader={isSessionLeader}
          isFollowing={follow.isFollowing}
          onFollow={follow.follow}
          onUnfollow={follow.unfollow}
        />
      )}
      <div className="mx-auto max-w-7xl px-4 lg:grid lg:grid-cols-[13rem_minmax(0,1fr)_19rem] lg:gap-10 xl:grid-cols-[15rem_minmax(0,1fr)_22rem]">
        <TocNav headings={headings} isOpen={openPanel === 'toc'} onClose={() => setOpenPanel(null)} isBelowBar={Boolean(session)} />

        <main className="min-w-0 pb-28 lg:pb-20">
          <header className="mx-auto max-w-[40rem] border-b border-stone-200 pt-8 pb-5">
            {/* reading matter is Chinese whatever the UI's language: marked so, for screen readers and fonts */}
            <h1 lang="zh-CN" className="font-serif text-2xl leading-snug font-bold text-stone-900 sm:text-3xl">{text.title}</h1>
            {text.subtitle && <p lang="zh-CN" className="mt-2 font-serif text-base text-stone-600 sm:text-lg">{text.subtitle}</p>}
            <p className="mt-3 text-sm text-stone-500">
              <span lang="zh-CN">{text.byline}</span>
              {text.byline && ' · '}
              {t('reader.version', { n: text.version })}
            </p>
            {session ? (
              <SessionHeader
                session={session}
                groupName={groupName}
                range={range}
                canControl={isSessionLeader || isLeader}
                onStart={live.start}
                onEnd={live.end}
              />
            ) : (
              <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
                {groupId && groups.length > 0 ? (
                  <GroupPicker textId={text.id} groups={groups} groupId={groupId} />
                ) : (
                  <p className="text-sm text-stone-600" data-testid="annotate-hint">
                    {hint}
                  </p>
                )}
                {canAnnotate && <p className="hidden text-xs text-stone-500 sm:block">{t('reader.selectionHint')}</p>}
              </div>
            )}
            <BookInfo metadata={text.metadata} toc={text.toc} />
          </header>

          <article
            ref={bodyRef}
            lang="zh-CN"
            // Below a session's bar, jump targets need more room than the page's usual scroll margin.
            className={`reading mx-auto max-w-[40rem] pt-6 ${session ? '[&_[data-block-id]]:scroll-mt-28! [&_[id]]:scroll-mt-28!' : ''}`}
            onClick={onBodyClick}
            data-testid="reader-body"
          >
            <TextBody units={units} annotationsByBlock={annotationsByBlock} active={active} draft={showDraftMark} onCopyLink={copyLink} heat={heat} />
          </article>
        </main>

        <ThreadPanel
          threads={anchoredThreads}
          unreadIds={unreadIds}
          bottom={groupId && viewer ? <UnanchoredPanel textId={text.id} groupId={groupId} refreshKey={orphanCount} /> : undefined}
          viewer={viewer}
          canAnnotate={canSeeThreads}
          hint={hint}
          activeId={activeId}
          isAnchored={(a) => isAnchoredIn(a, blockIds)}
          isLoading={data.isLoading}
          loadError={data.loadError}
          onRetry={data.reload}
          isOpen={openPanel === 'threads'}
          onClose={() => setOpenPanel(null)}
          onLocate={locate}
          onUpdate={updateThread}
          isBelowBar={Boolean(session)}
          status={!session && canSeeThreads && client && isWide ? <ConnectionBadge /> : undefined}
          top={session && viewer && isLive ? <PresenceList members={live.presence} sectionOf={sectionOf} viewerId={viewer.id} /> : undefined}
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
          {t('reader.showAnnotations', { n: threads.length })}
        </button>
      </div>

      {/* Outside a session the connection sits in the phone's bottom bar (on a desktop, atop the threads panel). */}
      {!session && canSeeThreads && client && !isWide && (
        <div className="fixed bottom-3 left-4 z-[35] rounded-full bg-white/95 px-2.5 py-1 shadow-sm ring-1 ring-stone-200">
          <ConnectionBadge />
        </div>
      )}

      {draft && canAnnotate && (
        <SelectionComposer anchor={draft.anchor} quote={draft.selection.exact} form={form} onChange={setForm} onSave={save} onCancel={cancelDraft} containerRef={composerRef} />
      )}

      {toast && (
        <div role="status" className="fixed top-16 left-1/2 z-[70] -translate-x-1/2 rounded-full bg-stone-900/90 px-4 py-1.5 text-sm text-white shadow">
          {toast}
        </div>
      )}
    </LiveContext.Provider>
  );
}

/** Whether the three-column layout is on (Tailwind's lg): one place for the connection state, not two. */
function useIsWide(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(WIDE_QUERY);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(WIDE_QUERY).matches,
    () => false,
  );
}

const WIDE_QUERY = '(min-width: 1024px)';

/** Where reading happens: just below the sticky header and, in a session, its bar. */
function readingLine(): number {
  const bar = document.querySelector('[data-testid="session-bar"]');
  return (bar ? bar.getBoundingClientRect().bottom : 56) + 8;
}

/** Copies text; on plain-http origins (a LAN address) the Clipboard API is missing, so fall back to execCommand. */
async function copyToClipboard(value: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(value);
      return true;
    }
  } catch {
    // fall through to the old way
  }
  const field = document.createElement('textarea');
  field.value = value;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.appendChild(field);
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
