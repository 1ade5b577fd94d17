'use client';
import { useT } from '@/components/i18n/locale-provider';
import { useLiveStatus } from './live-context';

/** "保存中…" while the connection is up; "待发送" while it is down and the write waits in the outbox. */
export function PendingLabel({ saving }: { saving: string }) {
  const { t } = useT();
  const { state } = useLiveStatus();
  return (
    <span data-testid="pending-label" className="text-amber-700">
      {state === 'online' ? saving : t('live.queued')}
    </span>
  );
}
