'use client';
/**
 * The bell in the site header: unread notifications (someone @-mentioned you, replied to your annotation, started
 * a study session), live over the tab's socket and read back from the list after every reconnect, so one that
 * came while the page was away is waiting here. Each links to where it happened — the session page, or the
 * reading page opened on the thread — and opening one marks it read; 全部已读 marks them all.
 */
import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NotificationDTO } from '@/lib/services/notifications';
import { getRealtimeClient } from '@/lib/realtime/browser';
import { useT } from '@/components/i18n/locale-provider';
import { formatTime } from '@/components/reader/reader-model';

interface Payload {
  sessionId?: string | null;
  annotationId?: string;
  commentId?: string;
  textId?: string;
  title?: string;
  textTitle?: string;
  excerpt?: string;
  by?: { id: string; name: string };
}

const q = encodeURIComponent;

/** Where a notification leads: the session page while it is about a session, else the thread on the reading page. */
export function notificationHref(n: NotificationDTO): string | null {
  const p = (n.payload ?? {}) as Payload;
  const thread = p.annotationId ? `#annotation-${q(p.annotationId)}` : '';
  if (p.sessionId) return `/sessions/${q(p.sessionId)}${thread}`;
  if (p.textId) return `/read/${q(p.textId)}?group=${q(n.groupId)}${thread}`;
  return null;
}

async function markRead(ids?: string[]) {
  await fetch('/api/notifications', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ids ? { ids } : {}),
    credentials: 'same-origin',
    // Opening a notification navigates away: the request must outlive the page.
    keepalive: true,
  }).catch(() => undefined);
}

export function NotificationBell({ userId }: { userId: string }) {
  const { locale, t, timeZone } = useT();
  const [items, setItems] = useState<NotificationDTO[]>([]);
  const [isOpen, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    try {
      const response = await fetch('/api/notifications', { credentials: 'same-origin' });
      if (response.ok) setItems(((await response.json()) as { notifications: NotificationDTO[] }).notifications);
    } catch {
      // offline: the next connect loads them
    }
  }, []);

  useEffect(() => {
    const client = getRealtimeClient(userId);
    if (!client) return;
    void load();
    const onCreated = (n: NotificationDTO) => setItems((list) => (list.some((x) => x.id === n.id) ? list : [n, ...list]));
    // After a reconnect, what came while the socket was down is in the list.
    let hasConnected = client.socket.connected;
    const onConnect = () => {
      if (hasConnected) void load();
      hasConnected = true;
    };
    client.socket.on('notification:created', onCreated);
    client.socket.on('connect', onConnect);
    return () => {
      client.socket.off('notification:created', onCreated);
      client.socket.off('connect', onConnect);
    };
  }, [userId, load]);

  useEffect(() => {
    if (!isOpen) return;
    const close = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', onKey);
    };
  }, [isOpen]);

  const unread = items.filter((n) => !n.read).length;

  const open = (n: NotificationDTO) => {
    setOpen(false);
    if (n.read) return;
    setItems((list) => list.map((x) => (x.id === n.id ? { ...x, read: true } : x)));
    void markRead([n.id]);
  };

  const readAll = () => {
    setItems((list) => list.map((x) => ({ ...x, read: true })));
    void markRead();
  };

  const describe = (n: NotificationDTO): string => {
    const p = (n.payload ?? {}) as Payload;
    const name = p.by?.name ?? '';
    if (n.type === 'mention') return t('live.notifyMention', { name });
    if (n.type === 'reply') return t('live.notifyReply', { name });
    if (n.type === 'session-started') return t('live.notifySessionStarted', { name, title: p.title ?? '' });
    return t('live.notifyOther');
  };

  return (
    <div ref={root} className="relative">
      <button
        type="button"
        data-testid="notification-bell"
        aria-label={unread > 0 ? t('live.notificationsUnread', { n: unread }) : t('live.notifications')}
        aria-expanded={isOpen}
        onClick={() => setOpen((v) => !v)}
        className="relative flex h-11 w-11 items-center justify-center rounded-full text-stone-600 hover:bg-stone-100 hover:text-red-800"
      >
        <BellIcon />
        {unread > 0 && (
          <span data-testid="notification-count" aria-hidden="true" className="absolute top-0.5 right-0.5 inline-flex h-4 min-w-4 items-center justify-center rounded-full bg-red-700 px-1 text-[10px] leading-none font-semibold text-white tabular-nums">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {isOpen && (
        <div
          data-testid="notification-list"
          className="fixed inset-x-2 top-14 z-50 max-h-[70vh] overflow-hidden rounded-xl border border-stone-200 bg-white shadow-xl sm:absolute sm:inset-x-auto sm:top-full sm:right-0 sm:mt-2 sm:w-96"
        >
          <div className="flex items-center justify-between border-b border-stone-100 px-4 py-2.5">
            <h2 className="text-sm font-semibold text-stone-700">{t('live.notifications')}</h2>
            {unread > 0 && (
              <button type="button" data-testid="notifications-mark-all" onClick={readAll} className="text-xs text-red-800 hover:underline">
                {t('live.markAllRead')}
              </button>
            )}
          </div>
          {items.length === 0 ? (
            <p className="px-4 py-6 text-center text-sm text-stone-500">{t('live.noNotifications')}</p>
          ) : (
            <ul className="max-h-[calc(70vh-3rem)] divide-y divide-stone-100 overflow-y-auto overscroll-contain">
              {items.map((n) => {
                const href = notificationHref(n);
                const p = (n.payload ?? {}) as Payload;
                const content = (
                  <>
                    <span className="flex items-start gap-2">
                      <span aria-hidden="true" className={`mt-1.5 inline-block h-2 w-2 shrink-0 rounded-full ${n.read ? 'bg-transparent' : 'bg-red-700'}`} />
                      <span className="min-w-0 flex-1">
                        <span className={`block text-sm ${n.read ? 'text-stone-600' : 'font-medium text-stone-900'}`}>{describe(n)}</span>
                        {p.excerpt && <span className="mt-0.5 line-clamp-2 block text-xs text-stone-500">{p.excerpt}</span>}
                        <time dateTime={n.createdAt} className="mt-0.5 block text-[11px] text-stone-500">
                          {formatTime(n.createdAt, locale, t, timeZone)}
                        </time>
                      </span>
                    </span>
                  </>
                );
                return (
                  <li key={n.id} data-testid="notification-item" data-type={n.type} data-read={n.read || undefined}>
                    {href ? (
                      <Link
                        href={href}
                        onClick={(event) => {
                          open(n);
                          // The thread is on this very page: only the fragment changes, and the reader opens it.
                          const target = new URL(href, window.location.href);
                          if (target.pathname === window.location.pathname && target.search === window.location.search && target.hash) {
                            event.preventDefault();
                            window.location.hash = target.hash;
                          }
                        }}
                        className="block px-4 py-2.5 hover:bg-stone-50"
                      >
                        {content}
                      </Link>
                    ) : (
                      <button type="button" onClick={() => open(n)} className="block w-full px-4 py-2.5 text-left hover:bg-stone-50">
                        {content}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function BellIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
      <path d="M10 2.75a4.75 4.75 0 0 0-4.75 4.75v2.6c0 .6-.2 1.2-.57 1.68L3.5 13.25h13l-1.18-1.47a2.7 2.7 0 0 1-.57-1.68V7.5A4.75 4.75 0 0 0 10 2.75Z" />
      <path d="M8 15.75a2 2 0 0 0 4 0" />
    </svg>
  );
}
