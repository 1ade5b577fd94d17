'use client';
/**
 * From a selection on the text to a saved highlight: the selection toolbar follows the reader's selection, the
 * composer holds the note, and saving shows the highlight at once (replaced by the server's record, or withdrawn
 * with the composer reopened on the user's words if the server refused it).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TextDTO } from '@/lib/services/texts';
import type { AnnotationKind } from '@/lib/domain/annotation-kinds';
import { getLiveStatus } from '@/lib/realtime/browser';
import { useT } from '@/components/i18n/locale-provider';
import * as api from './annotations-api';
import { errorDetail, type Writes } from './live-writes';
import type { ClientAnnotation, ReaderUser } from './reader-model';
import { selectionBounds, selectionInBlock, type BlockSelection } from './selection';
import type { Anchor, ComposerForm } from './selection-composer';

interface Draft {
  selection: BlockSelection;
  anchor: Anchor | null;
  /** the id the create will carry: kept while the same passage is retried, so a retry cannot store it twice */
  id: string;
}

/** Quiet time after the last selectionchange before the toolbar follows it: drags fire dozens of events. */
const SELECTION_DEBOUNCE_MS = 150;

const emptyForm = (kind: AnnotationKind = 'key'): ComposerForm => ({ kind, note: '', isPrivate: false, error: null, isSaving: false });

const isSamePassage = (a: BlockSelection, b: BlockSelection) => a.blockId === b.blockId && a.start === b.start && a.end === b.end;

interface Options {
  canAnnotate: boolean;
  bodyRef: React.RefObject<HTMLElement | null>;
  text: TextDTO;
  groupId: string | null;
  viewer: ReaderUser | null;
  writes: Writes | null;
  sessionId: string | null;
  putAnnotation: (a: ClientAnnotation) => void;
  updateAnnotation: (id: string, update: (a: ClientAnnotation) => ClientAnnotation | null) => void;
  dropAnnotation: (id: string) => void;
  /** the saved highlight becomes the active thread */
  onSaved: (id: string) => void;
  showToast: (message: string) => void;
}

export function useSelectionDraft({ canAnnotate, bodyRef, text, groupId, viewer, writes, sessionId, putAnnotation, updateAnnotation, dropAnnotation, onSaved, showToast }: Options) {
  const { t } = useT();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [form, setForm] = useState<ComposerForm>(emptyForm);
  const [isComposerFocused, setComposerFocused] = useState(false);

  const composerRef = useRef<HTMLDivElement>(null);
  // The selection listener and save read the latest values without re-subscribing on every keystroke.
  const draftRef = useRef(draft);
  const formRef = useRef(form);
  useEffect(() => {
    draftRef.current = draft;
    formRef.current = form;
  });

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
  }, [canAnnotate, bodyRef]);

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
    onSaved(current.id);
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
  }, [groupId, viewer, writes, sessionId, text.id, text.versionId, t, putAnnotation, updateAnnotation, dropAnnotation, onSaved, showToast]);

  // While the composer has focus (or shows a refusal) the passage is drawn by us; once saving, the highlight shows.
  const draftMark = draft && !form.isSaving && (isComposerFocused || form.error) ? { blockId: draft.selection.blockId, start: draft.selection.start, end: draft.selection.end } : null;

  return { draft, form, setForm, composerRef, draftMark, save, cancelDraft };
}
