'use client';
/**
 * Links into the page and out of it: ?block=<id> (from the history pages) brings a paragraph into view,
 * #annotation-<id> (from notifications) opens a thread, a heading's link is copied with the page's address, and a
 * thread's quote jumps to its highlight.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { WIDE_QUERY } from './use-is-wide';

interface Options {
  /** the annotations are still loading: a link to one of them waits */
  isLoading: boolean;
  /** the block of a loaded annotation; undefined when it is not loaded */
  blockOf: (id: string) => string | undefined;
  /** loads the page a linked annotation is on (it may be in a part of the text not loaded yet) */
  loadAnnotation: (id: string) => Promise<void>;
  setActiveId: (id: string) => void;
  setOpenPanel: (panel: 'toc' | 'threads' | null) => void;
  /** a jump by the reader pauses 跟学 */
  noteManualJump: () => void;
  showToast: (message: string) => void;
}

export function useDeepLinks({ isLoading, blockOf, loadAnnotation, setActiveId, setOpenPanel, noteManualJump, showToast }: Options) {
  const { t } = useT();

  // Links to a paragraph carry ?block=<id>: bring it into view once the text is there.
  useEffect(() => {
    const blockId = new URLSearchParams(window.location.search).get('block');
    const el = blockId ? document.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`) : null;
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.classList.add('block-flash');
  }, []);

  const locate = useCallback(
    (id: string) => {
      setActiveId(id);
      setOpenPanel(null);
      noteManualJump();
      scrollToAnnotation(id, blockOf(id), 'smooth');
    },
    [noteManualJump, setActiveId, setOpenPanel, blockOf],
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
  const askedHash = useRef('');
  useEffect(() => {
    const match = /^#annotation-(.+)$/.exec(hash);
    if (!match || handledHash.current === hash || isLoading) return;
    const id = decodeURIComponent(match[1]);
    const blockId = blockOf(id);
    if (blockId === undefined) {
      // Not loaded: its page is asked for once; this effect runs again when it arrives.
      if (askedHash.current !== hash) {
        askedHash.current = hash;
        void loadAnnotation(id).catch(() => undefined);
      }
      return;
    }
    handledHash.current = hash;
    setActiveId(id);
    noteManualJump();
    if (!window.matchMedia(WIDE_QUERY).matches) setOpenPanel('threads');
    requestAnimationFrame(() => scrollToAnnotation(id, blockId, 'auto'));
  }, [hash, isLoading, blockOf, loadAnnotation, noteManualJump, setActiveId, setOpenPanel]);

  const copyLink = useCallback(
    async (anchor: string) => {
      noteManualJump();
      history.replaceState(null, '', `#${anchor}`);
      document.getElementById(anchor)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      if (await copyToClipboard(window.location.href)) showToast(t('reader.linkCopied'));
    },
    [showToast, t, noteManualJump],
  );

  return { locate, copyLink };
}

/**
 * Brings an annotation's highlight into view; highlights are drawn only for the part of the text in view, so when it
 * is not drawn its block is brought there (and the highlight is then drawn), and the highlight once it is.
 */
function scrollToAnnotation(id: string, blockId: string | undefined, behavior: ScrollBehavior) {
  const markOf = () => document.querySelector(`mark[data-annotation-id="${CSS.escape(id)}"]`);
  const mark = markOf();
  if (mark) return mark.scrollIntoView({ block: 'center', behavior });
  if (!blockId) return;
  document.querySelector(`[data-block-id="${CSS.escape(blockId)}"]`)?.scrollIntoView({ block: 'center', behavior });
  // Drawn once the block is in view: a few frames later.
  let tries = 0;
  const retry = () => {
    const found = markOf();
    if (found) found.scrollIntoView({ block: 'center', behavior });
    else if (++tries < 60) requestAnimationFrame(retry);
  };
  requestAnimationFrame(retry);
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
