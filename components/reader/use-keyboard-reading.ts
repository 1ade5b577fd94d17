'use client';
/**
 * The keyboard path through the text (issue 12, finding 1). Each block of the text is a Tab stop; focusing one by
 * keyboard puts a collapsed caret at its start. From there the arrows move the caret and Shift+arrows extend the
 * selection — Chromium does neither in text that is not editable, so it is done here with Selection.modify. A
 * selection opens the toolbar as a drag does (use-selection-draft.ts); Tab then moves into the toolbar instead of
 * past it (it is portalled to the end of the page, and moving focus anywhere else would drop the selection). A
 * highlight is a Tab stop too: Enter or Space opens its thread. When the toolbar closes, focus goes back to the
 * block the selection was made in, so the next Tab reaches the new highlight.
 */
import { useEffect, useRef, type RefObject } from 'react';

const BLOCK = '[data-block-id]';
const MARK = 'mark[data-annotation-id]';
const FOCUSABLE = 'button:not([disabled]), textarea, input, select, a[href], [tabindex="0"]';

type Direction = 'forward' | 'backward';
const DIRECTION: Record<string, Direction> = { ArrowRight: 'forward', ArrowDown: 'forward', End: 'forward', ArrowLeft: 'backward', ArrowUp: 'backward', Home: 'backward' };

interface Options {
  bodyRef: RefObject<HTMLElement | null>;
  composerRef: RefObject<HTMLDivElement | null>;
  /** a passage is selected and its toolbar is open */
  hasDraft: boolean;
  openThread: (annotationId: string) => void;
}

export function useKeyboardReading({ bodyRef, composerRef, hasDraft, openThread }: Options) {
  const hasDraftRef = useRef(hasDraft);
  const openThreadRef = useRef(openThread);
  /** the block the last keyboard selection was made in: focus returns there when the toolbar closes */
  const lastBlockRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    hasDraftRef.current = hasDraft;
    openThreadRef.current = openThread;
  });

  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;

    const caretIn = (block: HTMLElement, selection: Selection) => {
      if (!selection.anchorNode || !block.contains(selection.anchorNode)) selection.collapse(block, 0);
    };

    // A block reached by Tab (not by a click, which places its own caret) starts with the caret at its beginning.
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      if (!target.matches(BLOCK) || !target.matches(':focus-visible')) return;
      const selection = document.getSelection();
      if (selection) caretIn(target, selection);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const mark = target.closest(MARK);
      if (mark && target === mark && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        openThreadRef.current(mark.getAttribute('data-annotation-id')!);
        return;
      }
      const block = target.closest<HTMLElement>(BLOCK);
      const direction = DIRECTION[event.key];
      if (!block || !body.contains(block) || !direction || event.metaKey) return;
      const selection = document.getSelection();
      if (!selection) return;
      const isLine = event.key === 'ArrowUp' || event.key === 'ArrowDown';
      const isEdge = event.key === 'Home' || event.key === 'End';
      if (event.shiftKey) {
        caretIn(block, selection);
        selection.modify('extend', direction, isEdge ? 'lineboundary' : isLine ? 'line' : event.ctrlKey || event.altKey ? 'word' : 'character');
        lastBlockRef.current = block;
        event.preventDefault();
      } else if (!isLine && !isEdge && !event.ctrlKey && !event.altKey && selection.anchorNode && block.contains(selection.anchorNode)) {
        // Left/Right move the caret; Up/Down keep scrolling the page, as they do without a caret.
        selection.modify('move', direction, 'character');
        event.preventDefault();
      }
    };

    // Tab from the text with the toolbar open goes into the toolbar, wherever the page put it.
    const onDocumentKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.shiftKey || !hasDraftRef.current) return;
      const composer = composerRef.current;
      if (!composer || composer.contains(document.activeElement)) return;
      const first = composer.querySelector<HTMLElement>(FOCUSABLE);
      if (!first) return;
      event.preventDefault();
      const active = document.activeElement as HTMLElement | null;
      if (active && body.contains(active)) lastBlockRef.current = active.closest<HTMLElement>(BLOCK) ?? lastBlockRef.current;
      first.focus();
    };

    body.addEventListener('focusin', onFocusIn);
    body.addEventListener('keydown', onKeyDown);
    document.addEventListener('keydown', onDocumentKeyDown, true);
    return () => {
      body.removeEventListener('focusin', onFocusIn);
      body.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keydown', onDocumentKeyDown, true);
    };
  }, [bodyRef, composerRef]);

  // The toolbar closed (saved or cancelled) while focus was in it: back to the passage's block, not the page's top.
  useEffect(() => {
    if (hasDraft) return;
    const block = lastBlockRef.current;
    lastBlockRef.current = null;
    if (block?.isConnected && (document.activeElement === document.body || document.activeElement === null)) block.focus({ preventScroll: true });
  }, [hasDraft]);
}
