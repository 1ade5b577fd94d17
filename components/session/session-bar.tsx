'use client';
/**
 * The live session's strip under the site header, on phones and desktops alike: whether the session is on, the
 * connection (writes waiting, if any), who is here (tap for where each is reading) and 跟学 / 取消跟学. When the
 * session ends the strip says so, wherever the reader has scrolled to, with the way to its minutes.
 */
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { PresenceMember } from '@/lib/realtime/events';
import { useT } from '@/components/i18n/locale-provider';
import { ConnectionBadge } from '@/components/reader/connection-badge';
import { PresenceAvatars, PresenceList } from './presence-list';
import type { ViewerSession } from './use-live-session';

interface Props {
  session: ViewerSession;
  presence: readonly PresenceMember[];
  sectionOf: (blockId: string) => string | null;
  viewerId: string;
  isSessionLeader: boolean;
  isFollowing: boolean;
  onFollow: () => void;
  onUnfollow: () => void;
}

/** The strip's height: the reader keeps its reading line and jump targets below it. */
export const SESSION_BAR_CLASS = 'h-11';

export function SessionBar({ session, presence, sectionOf, viewerId, isSessionLeader, isFollowing, onFollow, onUnfollow }: Props) {
  const { t } = useT();
  const [isListOpen, setListOpen] = useState(false);
  const popover = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!isListOpen) return;
    const close = (event: PointerEvent) => {
      if (!popover.current?.contains(event.target as Node)) setListOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [isListOpen]);

  return (
    <div data-testid="session-bar" data-status={session.status} className={`sticky top-14 z-20 border-b border-stone-200 bg-white/95 backdrop-blur ${SESSION_BAR_CLASS}`}>
      <div className="mx-auto flex h-full max-w-7xl items-center gap-2 px-4 text-sm sm:gap-3">
        {session.status === 'ended' ? (
          <p data-testid="session-ended-banner" role="status" className="flex min-w-0 flex-1 items-center gap-3 text-amber-900">
            <span className="truncate font-medium">{t('live.sessionEnded')}</span>
            <Link href={`/sessions/${encodeURIComponent(session.id)}/minutes`} data-testid="session-minutes-link" className="shrink-0 text-red-800 underline underline-offset-2">
              {t('sessions.minutes')}
            </Link>
            <Link href={`/read/${encodeURIComponent(session.textId)}?group=${encodeURIComponent(session.groupId)}`} className="hidden shrink-0 text-red-800 underline underline-offset-2 sm:inline">
              {t('live.continueReading')}
            </Link>
            <Link href={`/groups/${encodeURIComponent(session.groupId)}`} className="hidden shrink-0 text-red-800 underline underline-offset-2 md:inline">
              {t('live.backToGroup')}
            </Link>
          </p>
        ) : (
          <>
            <StatusPill status={session.status} />
            <ConnectionBadge />
            {session.status === 'live' && (
              // On a phone the list hangs from the whole strip (the sticky bar positions it), on wider screens from the avatars.
              <div ref={popover} className="sm:relative">
                <button
                  type="button"
                  data-testid="presence-toggle"
                  aria-expanded={isListOpen}
                  onClick={() => setListOpen((open) => !open)}
                  aria-label={t('live.presentCount', { n: presence.length })}
                  className="flex shrink-0 items-center gap-1.5 rounded-full px-1.5 py-1 hover:bg-stone-100"
                >
                  <PresenceAvatars members={presence} max={4} />
                  {/* A phone's strip has room for the avatars and the connection, not for this line too. */}
                  <span className="hidden text-xs whitespace-nowrap text-stone-600 tabular-nums sm:inline">{t('live.presentCount', { n: presence.length })}</span>
                </button>
                {isListOpen && (
                  <div className="absolute inset-x-2 top-full z-50 mt-1 rounded-xl border border-stone-200 bg-white p-3 shadow-xl sm:inset-x-auto sm:left-0 sm:mt-2 sm:w-72">
                    <PresenceList members={presence} sectionOf={sectionOf} viewerId={viewerId} testId="presence-popover" />
                  </div>
                )}
              </div>
            )}
            <span className="flex-1" />
            {session.status === 'live' &&
              (isSessionLeader ? (
                <span data-testid="leading" className="hidden rounded-full bg-red-50 px-3 py-1 text-xs text-red-800 sm:inline">
                  {t('live.leading')}
                </span>
              ) : (
                <button
                  type="button"
                  data-testid="follow-toggle"
                  aria-pressed={isFollowing}
                  onClick={isFollowing ? onUnfollow : onFollow}
                  title={isFollowing ? t('live.followingHint') : t('live.followHint')}
                  className={`shrink-0 rounded-full px-3 py-1 text-xs font-medium ${isFollowing ? 'bg-red-800 text-white hover:bg-red-900' : 'border border-red-800 text-red-800 hover:bg-red-50'}`}
                >
                  {isFollowing ? t('live.unfollow') : t('live.follow')}
                </button>
              ))}
          </>
        )}
      </div>
    </div>
  );
}

export function StatusPill({ status }: { status: ViewerSession['status'] }) {
  const { t } = useT();
  const style = status === 'live' ? 'bg-red-700 text-white' : status === 'scheduled' ? 'bg-stone-200 text-stone-700' : 'bg-stone-100 text-stone-500';
  const label = status === 'live' ? t('live.statusLive') : status === 'scheduled' ? t('live.statusScheduled') : t('live.statusEnded');
  return (
    <span data-testid="session-status" data-status={status} className={`inline-flex shrink-0 items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ${style}`}>
      {status === 'live' && <span aria-hidden="true" className="inline-block h-1.5 w-1.5 animate-pulse rounded-full bg-white" />}
      {label}
    </span>
  );
}
