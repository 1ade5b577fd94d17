'use client';
import { useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';

/** Delete with a confirmation step in place, which a phone shows better than a dialog. */
export function ConfirmDelete({ testId, onConfirm }: { testId: string; onConfirm: () => Promise<void> }) {
  const { t } = useT();
  const [isAsking, setAsking] = useState(false);
  const [isBusy, setBusy] = useState(false);
  if (!isAsking) {
    return (
      <button type="button" data-testid={testId} className="text-stone-500 hover:text-red-700" onClick={() => setAsking(true)}>
        {t('reader.delete')}
      </button>
    );
  }
  return (
    <span className="flex items-center gap-2">
      <span className="text-red-700">{t('reader.confirmDelete')}</span>
      <button
        type="button"
        data-testid="confirm-delete"
        disabled={isBusy}
        className="rounded bg-red-700 px-2 py-0.5 text-white disabled:opacity-60"
        onClick={async () => {
          setBusy(true);
          await onConfirm();
          setBusy(false);
          setAsking(false);
        }}
      >
        {t('reader.delete')}
      </button>
      <button type="button" className="text-stone-500 hover:text-stone-900" onClick={() => setAsking(false)}>
        {t('reader.cancel')}
      </button>
    </span>
  );
}
