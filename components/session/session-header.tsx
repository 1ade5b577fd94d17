'use client';
/**
 * The session's card at the top of the reading column: its title, leader and range, what state it is in, and for
 * the leader (or a group leader) the start and end controls — ending asks once more in the card itself.
 */
import Link from 'next/link';
import { useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { formatDateTime } from '@/lib/i18n/format';
import { errorDetail } from '@/components/reader/live-writes';
import { StatusPill } from './session-bar';
import type { ViewerSession } from './use-live-session';

interface Props {
  session: ViewerSession;
  groupName: string | null;
  /** the range's first and last heading titles, when the session reads a range */
  range: { from: string; to: string } | null;
  canControl: boolean;
  onStart: () => Promise<void>;
  onEnd: () => Promise<void>;
}

export function SessionHeader({ session, groupName, range, canControl, onStart, onEnd }: Props) {
  const { t, locale, timeZone } = useT();
  const [isConfirming, setConfirming] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setConfirming(false);
    } catch (e) {
      setError(errorDetail(e, t('common.error')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section data-testid="session-header" className="mt-4 rounded-lg border border-red-100 bg-red-50/50 px-4 py-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <StatusPill status={session.status} />
        <h2 className="min-w-0 font-semibold text-stone-900" data-testid="session-title">
          {session.title}
        </h2>
      </div>
      <p className="mt-1.5 text-stone-600">
        {t('sessions.leader')}：{session.leader.name}
        {groupName && (
          <>
            {' · '}
            <Link href={`/groups/${encodeURIComponent(session.groupId)}`} className="underline decoration-stone-300 underline-offset-2 hover:text-red-800">
              {groupName}
            </Link>
          </>
        )}
      </p>
      <p className="mt-1 text-stone-600" data-testid="session-when">
        {t('sessions.when')}：<time dateTime={session.startedAt ?? session.scheduledAt}>{formatDateTime(session.startedAt ?? session.scheduledAt, locale, timeZone)}</time>
      </p>
      {range && (
        <p className="mt-1 text-stone-600" data-testid="session-range">
          {t('sessions.range')}：{range.from === range.to ? range.from : `${range.from} — ${range.to}`}
        </p>
      )}
      {session.status === 'scheduled' && <p className="mt-1.5 text-stone-500">{canControl ? t('live.startHint') : t('live.waitingForStart')}</p>}

      <div className="mt-3 flex flex-wrap items-center gap-3">
        {canControl && session.status === 'scheduled' && (
          <button type="button" data-testid="session-start" disabled={isBusy} onClick={() => run(onStart)} className="rounded bg-red-800 px-4 py-1.5 text-white hover:bg-red-900 disabled:opacity-60">
            {t('sessions.start')}
          </button>
        )}
        {canControl && session.status === 'live' && !isConfirming && (
          <button type="button" data-testid="session-end" onClick={() => setConfirming(true)} className="rounded border border-stone-300 bg-white px-3 py-1.5 text-stone-700 hover:border-red-300 hover:text-red-800">
            {t('sessions.end')}
          </button>
        )}
        {isConfirming && (
          <span className="flex flex-wrap items-center gap-2">
            <span className="text-red-800">{t('sessions.endConfirm')}</span>
            <button type="button" data-testid="session-end-confirm" disabled={isBusy} onClick={() => run(onEnd)} className="rounded bg-red-700 px-3 py-1 text-white disabled:opacity-60">
              {t('sessions.end')}
            </button>
            <button type="button" className="text-stone-600 hover:text-stone-900" onClick={() => setConfirming(false)}>
              {t('reader.cancel')}
            </button>
          </span>
        )}
        {session.status !== 'scheduled' && (
          <Link href={`/sessions/${encodeURIComponent(session.id)}/minutes`} className="text-red-800 underline decoration-red-200 underline-offset-2 hover:decoration-red-800">
            {t('sessions.minutes')}
          </Link>
        )}
        <Link href={`/read/${encodeURIComponent(session.textId)}?group=${encodeURIComponent(session.groupId)}`} className="text-red-800 underline decoration-red-200 underline-offset-2 hover:decoration-red-800">
          {t('live.wholeText')}
        </Link>
      </div>
      {error && (
        <p className="mt-2 text-red-700" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
