'use client';
/**
 * The toolbar that appears for a selected passage: kind (重点 / 疑问 / 体会), a note, 仅自己可见, save. With a mouse
 * it floats just below the selection; on phones and touch screens it is a bottom sheet, because the system's own
 * selection menu (copy, look up…) opens right above the selected words and would cover a floating bar.
 */
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { AnnotationKind } from '@/lib/domain/annotation-kinds';
import { useT } from '@/components/i18n/locale-provider';
import { CharCount, isTooLong as isOverLimit } from './char-count';
import { KindPicker } from './kind-picker';
import { useMediaQuery } from './use-is-wide';

export interface ComposerForm {
  kind: AnnotationKind;
  note: string;
  isPrivate: boolean;
  error: string | null;
  isSaving: boolean;
}

/** Where the selection is, in document coordinates (so the bar stays by the words when the page scrolls). */
export interface Anchor {
  /** top of the first line */
  top: number;
  /** bottom of the last line */
  bottom: number;
  firstLeft: number;
  lastLeft: number;
}

/** Narrow screens and touch screens get the bottom sheet. */
const SHEET_QUERY = '(max-width: 767px), (pointer: coarse)';

const useIsSheet = (): boolean => useMediaQuery(SHEET_QUERY);

const FLOATING_WIDTH = 340;
const MARGIN = 8;

interface Props {
  anchor: Anchor | null;
  quote: string;
  form: ComposerForm;
  onChange: (form: ComposerForm) => void;
  onSave: () => void;
  onCancel: () => void;
  containerRef: RefObject<HTMLDivElement | null>;
}

export function SelectionComposer({ anchor, quote, form, onChange, onSave, onCancel, containerRef }: Props) {
  const { t } = useT();
  const isTooLong = isOverLimit(form.note);
  const isSheet = useIsSheet();
  const [isMounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onCancel]);

  // The bar's own height decides whether it fits below the selection or has to sit above it.
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    if (isMounted) setHeight(containerRef.current?.offsetHeight ?? 0);
  }, [isMounted, isSheet, form.error, containerRef]);

  // The sheet covers the bottom of the screen: a selection low on the page is scrolled up above it (finding 7),
  // with room added under the text when the page is too short to scroll that far.
  const anchorBottom = anchor?.bottom;
  useEffect(() => {
    if (!isSheet || anchorBottom === undefined || height === 0) return;
    const body = document.body;
    const before = body.style.paddingBottom;
    body.style.paddingBottom = `${height}px`;
    const visibleBottom = window.scrollY + window.innerHeight - height - MARGIN * 2;
    if (anchorBottom > visibleBottom) window.scrollBy({ top: anchorBottom - visibleBottom, behavior: 'instant' });
    return () => {
      body.style.paddingBottom = before;
    };
  }, [isSheet, anchorBottom, height]);

  if (!isMounted) return null;

  const fitsBelow = !anchor || anchor.bottom + MARGIN + height <= window.scrollY + window.innerHeight || anchor.top - MARGIN - height < window.scrollY;
  const floatingStyle =
    !isSheet && anchor
      ? {
          top: fitsBelow ? anchor.bottom + MARGIN : anchor.top - MARGIN - height,
          left: Math.max(MARGIN, Math.min((fitsBelow ? anchor.lastLeft : anchor.firstLeft) - 24, document.documentElement.clientWidth - FLOATING_WIDTH - MARGIN)),
          width: FLOATING_WIDTH,
        }
      : undefined;

  return createPortal(
    <div
      ref={containerRef}
      data-testid="selection-toolbar"
      role="dialog"
      aria-label={t('reader.highlight')}
      style={floatingStyle}
      // Pressing a button must not clear the reader's selection: the passage is still being chosen.
      onMouseDown={(event) => {
        if ((event.target as HTMLElement).closest('button')) event.preventDefault();
      }}
      className={
        isSheet
          ? 'fixed inset-x-0 bottom-0 z-[60] rounded-t-2xl border-t border-stone-200 bg-white px-4 pt-3 pb-[max(1rem,env(safe-area-inset-bottom))] shadow-[0_-8px_30px_rgba(0,0,0,0.12)]'
          : 'absolute z-[60] rounded-xl border border-stone-200 bg-white p-3 shadow-xl'
      }
    >
      {isSheet && <p className="mb-2 line-clamp-2 border-l-2 border-stone-300 pl-2 font-serif text-sm text-stone-600">{quote}</p>}
      <KindPicker value={form.kind} onChange={(kind) => onChange({ ...form, kind })} />
      <textarea
        data-testid="note-input"
        value={form.note}
        onChange={(event) => onChange({ ...form, note: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            onSave();
          }
        }}
        rows={isSheet ? 2 : 3}
        // no maxLength: a paste over the limit is kept whole and said so below, not cut silently
        aria-describedby="note-count"
        placeholder={t('reader.notePlaceholder')}
        aria-label={t('reader.comment')}
        className="mt-2 w-full resize-y rounded border border-stone-300 px-2 py-1.5 text-sm focus:border-stone-500 focus:outline-none"
      />
      <CharCount text={form.note} id="note-count" testId="note-count" />
      {/* Right-aligned: the bottom-left corner of a phone screen is where Next's dev badge (and many thumbs) rest. */}
      <div className="mt-2 flex items-center justify-end gap-2">
        <label className="mr-auto flex min-h-11 items-center gap-2 text-sm text-stone-600 max-md:mr-2">
          <input type="checkbox" className="h-5 w-5" data-testid="private-toggle" checked={form.isPrivate} onChange={(event) => onChange({ ...form, isPrivate: event.target.checked })} />
          {t('reader.private')}
        </label>
        <button type="button" disabled={form.isSaving} className="min-h-11 rounded px-3 text-sm text-stone-600 hover:bg-stone-100 disabled:opacity-50" onClick={onCancel}>
          {t('reader.cancel')}
        </button>
        <button
          type="button"
          data-testid="save-annotation"
          disabled={form.isSaving || isTooLong}
          className="min-h-11 rounded bg-red-800 px-4 text-sm text-white hover:bg-red-900 disabled:opacity-60"
          onClick={onSave}
        >
          {form.isSaving ? t('reader.saving') : t('reader.save')}
        </button>
      </div>
      {form.error && (
        <p className="mt-2 text-sm text-red-700" role="alert" data-testid="annotation-error">
          {t('common.error')}: {form.error}
        </p>
      )}
    </div>,
    document.body,
  );
}
