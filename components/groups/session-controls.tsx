'use client';
/** Start / end buttons for a session's leader. */
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { api } from '@/lib/client/api';

export function SessionControls({ sessionId, status }: { sessionId: string; status: 'scheduled' | 'live' | 'ended' }) {
  const { t } = useT();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  if (status === 'ended') return null;
  const action = status === 'scheduled' ? 'start' : 'end';
  return (
    <button
      disabled={busy}
      data-testid={`session-${action}`}
      className={`rounded px-3 py-1 text-sm ${action === 'start' ? 'bg-red-800 text-white' : 'border border-stone-300 text-stone-700'}`}
      onClick={async () => {
        if (action === 'end' && !window.confirm(t('sessions.endConfirm'))) return;
        setBusy(true);
        try {
          await api(`/api/sessions/${sessionId}/${action}`, { method: 'POST' });
          if (action === 'start') router.push(`/sessions/${sessionId}`);
          router.refresh();
        } finally {
          setBusy(false);
        }
      }}
    >
      {action === 'start' ? t('sessions.start') : t('sessions.end')}
    </button>
  );
}
