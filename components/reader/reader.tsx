'use client';
/**
 * The reading page's client side: the text with its highlights, the table of contents, the selection toolbar and
 * the threads panel, for one group. Annotations are fetched from the HTTP API; a create is shown at once and then
 * replaced by the server's record (or withdrawn, with the composer reopened on the user's words, if it failed).
 */
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TextDTO } from '@/lib/services/texts';
import type { AnnotationKind } from '@/lib/domain/annotation-kinds';
import { useT } from '@/components/i18n/locale-provider';
import * as api from './annotations-api';
import { BookInfo } from './book-info';
import { GroupPicker } from './group-picker';
import { byReadingOrder, isAnchoredIn, isHighlighted, mergeFetched, type ClientAnnotation, type ReaderUser } from './reader-model';
import { selectionBounds, selectionInBlock, type BlockSelection } from './selection';
import { SelectionComposer, type Anchor, type ComposerForm } from './selection-composer';
import { groupBlocks, TextBody } from './text-body';
import type { ThreadUpdate } from './thread-card';
import { ThreadPanel } from './thread-panel';
import { TocNav } from './toc-nav';

interface Props {
  text: TextDTO;
  groups: { id: string; name: string }[];
  /** the group whose annotations are shown; null when reading alone (signed out, or in no group) */
  groupId: string | null;
  viewer: ReaderUser | null;
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

export function Reader({ text, groups, groupId, viewer }: Props) {
  const { t } = useT();
  const canAnnotate = Boolean(viewer && groupId);

  const [annotations, setAnnotations] = useState<ClientAnnotation[]>([]);
  const [isLoading, setLoading] = useState(canAnnotate);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [form, setForm] = useState<ComposerForm>(emptyForm);
  const [isComposerFocused, setComposerFocused] = useState(false);
  const [openPanel, setOpenPanel] = useState<'toc' | 'threads' | null>(null);
  const [toast, setToast] = useState<string | null>(null);

  const bodyRef = useRef<HTMLElement>(null);
  const composerRef = useRef<HTMLDivElement>(null);
  // The selection listener and save read the latest values without re-subscribing on every keystroke.
  const draftRef = useRef(draft);
  const formRef = useRef(form);
  useEffect(() => {
    draftRef.current = draft;
    formRef.current = form;
  });

  const units = useMemo(() => groupBlocks(text.blocks), [text.blocks]);
  const headings = useMemo(() => text.blocks.filter((b) => b.kind === 'heading'), [text.blocks]);
  const blockOrder = useMemo(() => new Map(text.blocks.map((b, i) => [b.id, i])), [text.blocks]);
  const blockIds = useMemo(() => new Set(blockOrder.keys()), [blockOrder]);
  const threads = useMemo(() => [...annotations].sort(byReadingOrder(blockOrder)), [annotations, blockOrder]);

  // Per-block lists keep their identity while their contents do not change, so untouched blocks skip rendering.
  const byBlockCache = useRef(new Map<string, ClientAnnotation[]>());
  const annotationsByBlock = useMemo(() => {
    const next = new Map<string, ClientAnnotation[]>();
    for (const annotation of threads) {
      if (!isHighlighted(annotation, blockIds)) continue;
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
  }, [threads, blockIds]);

  const active = useMemo(() => {
    const annotation = activeId ? annotations.find((a) => a.id === activeId) : undefined;
    return annotation && isHighlighted(annotation, blockIds) ? { id: annotation.id, blockId: annotation.blockId } : null;
  }, [activeId, annotations, blockIds]);

  const load = useCallback(async () => {
    if (!groupId || !viewer) return;
    setLoading(true);
    try {
      const fetched = await api.fetchAnnotations(text.id, groupId);
      setAnnotations((local) => mergeFetched(fetched, local));
      setLoadError(null);
    } catch (error) {
      setLoadError(error instanceof api.ApiError ? error.detail : t('common.error'));
    } finally {
      setLoading(false);
    }
  }, [groupId, viewer, text.id, t]);

  useEffect(() => {
    void load();
    // Coming back to the tab (a phone unlocked mid-meeting) shows what the group wrote meanwhile.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load]);

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

  /**
   * Saving shows the highlight at once, but the composer stays open (saving…) until the server answers: on an
   * error the user's note and choices are still in front of them, and no newer selection can be overwritten.
   */
  const save = useCallback(async () => {
    const current = draftRef.current;
    const f = formRef.current;
    if (!current || !groupId || !viewer || f.isSaving) return;
    const input: api.NewAnnotation = {
      id: current.id,
      groupId,
      ...current.selection,
      kind: f.kind,
      note: f.note,
      visibility: f.isPrivate ? 'private' : 'group',
    };
    const now = new Date().toISOString();
    // Cast: the server's DTO grows fields (reactions, moderation…) that a not-yet-saved highlight does not need.
    const optimistic = {
      ...input,
      note: f.note.trim(),
      textId: text.id,
      versionId: text.versionId,
      author: { id: viewer.id, name: viewer.name },
      prefix: '',
      suffix: '',
      status: 'anchored',
      sessionId: null,
      createdAt: now,
      updatedAt: now,
      editedAt: null,
      deleted: false,
      replies: [],
      pending: true,
    } as unknown as ClientAnnotation;
    setAnnotations((list) => [...list.filter((a) => a.id !== current.id), optimistic]);
    setActiveId(current.id);
    setForm({ ...f, isSaving: true, error: null });
    // A live selection left on the text would reopen the toolbar for the passage just saved.
    document.getSelection()?.removeAllRanges();
    try {
      const saved = await api.createAnnotation(input);
      setAnnotations((list) => list.map((a) => (a.id === current.id ? saved : a)));
      setDraft(null);
      setForm(emptyForm(f.kind));
    } catch (error) {
      setAnnotations((list) => list.filter((a) => a.id !== current.id));
      setForm({ ...f, isSaving: false, error: error instanceof api.ApiError ? error.detail : t('common.error') });
    }
  }, [groupId, viewer, text.id, text.versionId, t]);

  const updateThread = useCallback((id: string, update: Parameters<ThreadUpdate>[0]) => {
    setAnnotations((list) => list.flatMap((a) => (a.id === id ? (update(a) ?? []) : [a])));
  }, []);

  const locate = useCallback((id: string) => {
    setActiveId(id);
    setOpenPanel(null);
    const mark = document.querySelector(`mark[data-annotation-id="${CSS.escape(id)}"]`);
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, []);

  const showToast = useCallback((message: string) => {
    setToast(message);
    setTimeout(() => setToast((current) => (current === message ? null : current)), TOAST_MS);
  }, []);

  const copyLink = useCallback(
    async (anchor: string) => {
      history.replaceState(null, '', `#${anchor}`);
      document.getElementById(anchor)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      if (await copyToClipboard(window.location.href)) showToast(t('reader.linkCopied'));
    },
    [showToast, t],
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

  const signInHref = `/signin?callbackUrl=${encodeURIComponent(`/read/${text.id}`)}`;
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
  ) : null;

  const showDraftMark = draft && !form.isSaving && (isComposerFocused || form.error) ? { blockId: draft.selection.blockId, start: draft.selection.start, end: draft.selection.end } : null;

  return (
    <>
      <div className="mx-auto max-w-7xl px-4 lg:grid lg:grid-cols-[13rem_minmax(0,1fr)_19rem] lg:gap-10 xl:grid-cols-[15rem_minmax(0,1fr)_22rem]">
        <TocNav headings={headings} isOpen={openPanel === 'toc'} onClose={() => setOpenPanel(null)} />

        <main className="min-w-0 pb-28 lg:pb-20">
          <header className="mx-auto max-w-[40rem] border-b border-stone-200 pt-8 pb-5">
            <h1 className="font-serif text-2xl leading-snug font-bold text-stone-900 sm:text-3xl">{text.title}</h1>
            {text.subtitle && <p className="mt-2 font-serif text-base text-stone-600 sm:text-lg">{text.subtitle}</p>}
            <p className="mt-3 text-sm text-stone-500">
              {text.byline}
              {text.byline && ' · '}
              {t('reader.version', { n: text.version })}
            </p>
            <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
              {groupId && groups.length > 0 ? (
                <GroupPicker textId={text.id} groups={groups} groupId={groupId} />
              ) : (
                <p className="text-sm text-stone-600" data-testid="annotate-hint">
                  {hint}
                </p>
              )}
              {canAnnotate && <p className="hidden text-xs text-stone-400 sm:block">{t('reader.selectionHint')}</p>}
            </div>
            <BookInfo metadata={text.metadata} toc={text.toc} />
          </header>

          <article ref={bodyRef} className="reading mx-auto max-w-[40rem] pt-6" onClick={onBodyClick} data-testid="reader-body">
            <TextBody units={units} annotationsByBlock={annotationsByBlock} active={active} draft={showDraftMark} onCopyLink={copyLink} />
          </article>
        </main>

        <ThreadPanel
          threads={threads}
          viewer={viewer}
          canAnnotate={canAnnotate}
          hint={hint}
          activeId={activeId}
          isAnchored={(a) => isAnchoredIn(a, blockIds)}
          isLoading={isLoading}
          loadError={loadError}
          onRetry={load}
          isOpen={openPanel === 'threads'}
          onClose={() => setOpenPanel(null)}
          onLocate={locate}
          onUpdate={updateThread}
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

      {draft && canAnnotate && (
        <SelectionComposer anchor={draft.anchor} quote={draft.selection.exact} form={form} onChange={setForm} onSave={save} onCancel={cancelDraft} containerRef={composerRef} />
      )}

      {toast && (
        <div role="status" className="fixed top-16 left-1/2 z-[70] -translate-x-1/2 rounded-full bg-stone-900/90 px-4 py-1.5 text-sm text-white shadow">
          {toast}
        </div>
      )}
    </>
  );
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
