'use client';
/**
 * The connection, said plainly: 已连接 / 重新连接中… / 离线，N 条待发送. Writes made while the connection is down
 * wait in the socket's outbox and go when it is back; this is where the reader learns that they are waiting.
 */
import { useT } from '@/components/i18n/locale-provider';
import type { MessageKey } from '@/lib/i18n/messages';
import { useLiveStatus } from './live-context';

const DOT: Record<string, string> = {
  online: 'bg-emerald-500',
  connecting: 'bg-stone-400',
  reconnecting: 'bg-amber-500 animate-pulse',
  offline: 'bg-red-600',
};

const LABEL: Record<string, { plain: MessageKey; waiting: MessageKey }> = {
  online: { plain: 'live.online', waiting: 'live.onlineSending' },
  connecting: { plain: 'live.connecting', waiting: 'live.connecting' },
  reconnecting: { plain: 'live.reconnecting', waiting: 'live.reconnectingWaiting' },
  offline: { plain: 'live.offline', waiting: 'live.offlineWaiting' },
};

export function ConnectionBadge({ className = '' }: { className?: string }) {
  const { t } = useT();
  const { state, pending } = useLiveStatus();
  const label = LABEL[state];
  return (
    <span
      data-testid="connection-state"
      data-state={state}
      data-pending={pending}
      role="status"
      aria-live="polite"
      className={`inline-flex items-center gap-1.5 whitespace-nowrap text-xs ${state === 'offline' ? 'font-medium text-red-800' : state === 'online' ? 'text-stone-600' : 'text-amber-800'} ${className}`}
    >
      <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-full ${DOT[state]}`} />
      {t(pending > 0 ? label.waiting : label.plain, { n: pending })}
    </span>
  );
}
