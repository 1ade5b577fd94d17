import Link from 'next/link';
import type { Locale, Translate } from '@/lib/i18n/messages';
import type { SessionDTO } from '@/lib/services/sessions';
import { SessionControls } from './session-controls';
import { formatDateTime } from '@/lib/i18n/format';

/** Live, upcoming and past sessions of a group: join a live one in one click. */
export function SessionList({ sessions, t, locale, timeZone, canLead }: { sessions: { live: SessionDTO[]; upcoming: SessionDTO[]; past: SessionDTO[] }; t: Translate; locale: Locale; timeZone: string; canLead: boolean }) {
  // The user's one clock, as on the minutes and the history pages, whatever zone the server runs in.
  const when = (iso: string) => formatDateTime(iso, locale, timeZone);
  const sections = [
    { key: 'live', label: t('sessions.live'), items: sessions.live },
    { key: 'upcoming', label: t('sessions.upcoming'), items: sessions.upcoming },
    { key: 'past', label: t('sessions.past'), items: sessions.past },
  ].filter((s) => s.items.length);
  if (!sections.length) return <p className="text-sm text-stone-500">{t('sessions.none')}</p>;
  return (
    <div className="space-y-4">
      {sections.map((section) => (
        <div key={section.key}>
          <h3 className="mb-1 text-sm font-medium text-stone-500">{section.label}</h3>
          <ul className="space-y-2">
            {section.items.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-2 rounded border border-stone-200 bg-white p-3 text-sm" data-testid={`session-${section.key}`}>
                {s.status === 'live' && <span className="h-2 w-2 animate-pulse rounded-full bg-red-600" aria-hidden />}
                <Link href={`/sessions/${s.id}`} className="min-w-[14rem] flex-1 font-medium hover:text-red-800">
                  {s.title}
                  <span lang="zh-CN" className="ml-2 font-normal text-stone-500">《{s.textTitle}》</span>
                </Link>
                <span className="text-xs text-stone-500">
                  {when(s.startedAt ?? s.scheduledAt)} · {t('sessions.leader')} {s.leader.name}
                </span>
                {s.status === 'live' && (
                  <Link href={`/sessions/${s.id}`} className="rounded bg-red-800 px-3 py-1 text-white" data-testid="session-join">
                    {t('sessions.join')}
                  </Link>
                )}
                {s.status === 'ended' && (
                  <span className="flex gap-3">
                    <Link href={`/sessions/${s.id}/history`} className="text-red-800 underline" data-testid="session-review">
                      {t('sessions.review')}
                    </Link>
                    <Link href={`/sessions/${s.id}/minutes`} className="text-red-800 underline" data-testid="session-minutes">
                      {t('sessions.minutes')}
                    </Link>
                  </span>
                )}
                {canLead && <SessionControls sessionId={s.id} status={s.status} />}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
