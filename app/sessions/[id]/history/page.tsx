/**
 * /sessions/[id]/history[?step=N]: the session looked back on — who joined, every highlight, comment, reply,
 * reaction and resolve, in order — with replay controls (components/history/timeline.tsx).
 *
 * Test hooks: session-history-title, link-minutes, and the timeline's own (see timeline.tsx).
 */
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { serverT } from '@/lib/i18n/server';
import { sessionTimeline } from '@/lib/services/history';
import { getSession } from '@/lib/services/sessions';
import { Crumbs, Notice } from '@/components/history/bits';
import { formatDateTime } from '@/lib/i18n/format';
import { loadOrRefuse } from '@/components/history/load';
import { Timeline } from '@/components/history/timeline';

export const dynamic = 'force-dynamic';

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverT();
  return { title: t('history.timeline') };
}

export default async function SessionHistoryPage({ params, searchParams }: { params: Params; searchParams: Promise<{ step?: string }> }) {
  const [{ id }, query, user, { t, locale, timeZone }] = await Promise.all([params, searchParams, currentUser(), serverT()]);
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/sessions/${id}/history`)}`);
  const session = await loadOrRefuse(getSession(user.id, id));
  if (!session.ok) return <main className="mx-auto max-w-3xl px-4 py-8"><Notice tone="error">{session.message}</Notice></main>;
  const s = session.value;
  const timeline = await loadOrRefuse(sessionTimeline(user.id, id));
  const step = Number(query.step);
  return (
    <main className="mx-auto max-w-3xl px-4 py-6 sm:py-8">
      <Crumbs
        links={[
          { href: `/groups/${s.groupId}`, label: t('history.backToGroup') },
          ...(s.status !== 'scheduled' ? [{ href: `/sessions/${id}/minutes`, label: t('history.minutes'), testId: 'link-minutes' }] : []),
        ]}
      />
      <h1 className="text-xl font-semibold" data-testid="session-history-title">
        {t('history.title')} · {s.title}
      </h1>
      <p className="mt-1 mb-4 text-sm text-stone-500">
        <span lang="zh-CN">《{s.textTitle}》</span> · {formatDateTime(s.startedAt ?? s.scheduledAt, locale, timeZone)} · {t('sessions.leader')} {s.leader.name}
      </p>
      {timeline.ok ? (
        <Timeline items={timeline.value.items} groupId={s.groupId} initialStep={Number.isFinite(step) && query.step ? step : null} />
      ) : (
        <Notice tone="error">{timeline.message}</Notice>
      )}
    </main>
  );
}
