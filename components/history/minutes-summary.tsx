'use client';
/**
 * The leader's summary (学习小结) on the minutes page: editable by leaders, saved with PUT /api/sessions/{id}/summary,
 * with a status beside the button (unsaved / saving / saved / failed). Printing shows the text as typed, not the
 * text box; others see the saved text only.
 *
 * Test hooks: summary-input, summary-save, summary-status (data-state), summary-text.
 */
import { useEffect, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { api, ApiError } from '@/lib/client/api';

type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

export function MinutesSummary({ sessionId, initial, canEdit, emptyLabel }: { sessionId: string; initial: string; canEdit: boolean; emptyLabel: string }) {
  const { t } = useT();
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState('');
  const isDirty = text !== saved;

  // Leaving with unsaved words asks first.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const save = async () => {
    const summary = text;
    setState('saving');
    try {
      await api(`/api/sessions/${sessionId}/summary`, { method: 'PUT', body: { summary } });
      setSaved(summary);
      setState('saved');
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('common.error'));
      setState('error');
    }
  };

  const printed = (
    <div className={`whitespace-pre-wrap leading-relaxed ${text.trim() ? '' : 'text-stone-500'}`} data-testid="summary-text">
      {text.trim() ? text : emptyLabel}
    </div>
  );
  if (!canEdit) return printed;

  const status = state === 'saving' ? t('minutes.saving') : isDirty ? t('minutes.unsaved') : state === 'saved' ? t('minutes.saved') : state === 'error' ? t('minutes.saveFailed', { detail: error }) : '';
  return (
    <>
      <div className="print-only">{printed}</div>
      <form
        className="no-print space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <textarea
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (state !== 'saving') setState('dirty');
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save();
            }
          }}
          rows={7}
          maxLength={20000}
          placeholder={t('minutes.summaryPlaceholder')}
          aria-label={t('minutes.edit')}
          className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-serif text-base leading-relaxed outline-none focus:border-red-700 focus:ring-1 focus:ring-red-700"
          data-testid="summary-input"
        />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={state === 'saving' || !isDirty} className="rounded-md bg-red-800 px-4 py-2 font-sans text-sm font-medium text-white hover:bg-red-900 disabled:opacity-50" data-testid="summary-save">
            {state === 'saving' ? t('minutes.saving') : t('minutes.save')}
          </button>
          <span
            className={`font-sans text-sm ${state === 'error' ? 'text-red-700' : isDirty ? 'text-amber-700' : 'text-emerald-700'}`}
            role="status"
            data-testid="summary-status"
            data-state={state === 'saving' ? 'saving' : isDirty ? 'dirty' : state}
          >
            {state === 'saved' && !isDirty ? '✓ ' : ''}
            {status}
          </span>
        </div>
        {isDirty && <p className="font-sans text-xs text-stone-500">{t('minutes.unsavedDownload')}</p>}
      </form>
    </>
  );
}
