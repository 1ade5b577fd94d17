/**
 * /groups/[id]/passages/[blockId]?order=newest|oldest: every thread on one paragraph across all of the group's
 * sessions (and the same paragraph in the text's other versions), with the paragraph itself, its highlights
 * shaded by how many overlap there.
 *
 * Test hooks: passage-text, passage-order-newest / passage-order-oldest (aria-current), history-thread
 * (data-annotation-id), history-reply, thread-passage-link, passage-read-link.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { highlightSegments } from '@/lib/domain/highlight-segments';
import { serverT } from '@/lib/i18n/server';
import { getGroup } from '@/lib/services/groups';
import { passageHistory } from '@/lib/services/history';
import { listSessions } from '@/lib/services/sessions';
import { Crumbs, Notice } from '@/components/history/bits';
import { decodeParam, passageHref } from '@/components/history/format';
import { loadOrRefuse } from '@/components/history/load';
import { ThreadView } from '@/components/history/thread-view';

export const dynamic = 'force-dynamic';

type Params = Promise<{ id: string; blockId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverT();
  return { title: t('history.passage') };
}

const SHADE = ['', 'bg-amber-100', 'bg-amber-200', 'bg-amber-300'];

export default async function PassagePage({ params, searchParams }: { params: Params; searchParams: Promise<{ order?: string }> }) {
  const [{ id, blockId: rawBlockId }, query, user, { t, locale, timeZone }] = await Promise.all([params, searchParams, currentUser(), serverT()]);
  const blockId = decodeParam(rawBlockId);
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/groups/${id}/passages/${rawBlockId}`)}`);
  const order = query.order === 'oldest' ? 'oldest' : 'newest';
  const group = await loadOrRefuse(getGroup(user.id, id));
  if (!group.ok) return <main className="mx-auto max-w-3xl px-4 py-8"><Notice tone="error">{t('history.notMember')}</Notice></main>;
  const [passage, sessions] = await Promise.all([loadOrRefuse(passageHistory(user.id, id, blockId, order)), listSessions(user.id, id)]);
  const crumbs = [{ href: `/groups/${id}`, label: group.value.name }];
  if (!passage.ok) {
    return (
      <main className="mx-auto max-w-3xl px-4 py-8">
        <Crumbs links={crumbs} />
        <Notice tone="error">{passage.message}</Notice>
      </main>
    );
  }
  const { text, threads } = passage.value;
  const sessionTitles = new Map([...sessions.live, ...sessions.past, ...sessions.upcoming].map((s) => [s.id, s.title]));
  const here = threads.filter((a) => a.blockId === blockId && !a.deleted);
  const segments = highlightSegments(text, here.map((a) => ({ id: a.id, start: a.start, end: a.end })));
  const textId = threads[0]?.textId;
  const orderLink = (o: 'newest' | 'oldest') => (
    <Link
      href={`?order=${o}`}
      replace
      aria-current={order === o ? 'true' : undefined}
      className={`rounded-full px-3 py-1 ${order === o ? 'bg-red-800 text-white' : 'border border-stone-300 text-stone-700 hover:border-red-300'}`}
      data-testid={`passage-order-${o}`}
    >
      {t(o === 'newest' ? 'history.newest' : 'history.oldest')}
    </Link>
  );

  return (
    <main className="mx-auto max-w-3xl space-y-5 px-4 py-6 sm:py-8">
      <div>
        <Crumbs links={crumbs} />
        <h1 className="text-xl font-semibold">{t('history.passage')}</h1>
        <p className="mt-1 text-sm text-stone-500">{t('history.passageHint')}</p>
      </div>
      <section className="rounded-lg border border-stone-200 bg-white p-4">
        <p className="reading text-base! sm:text-lg!" data-testid="passage-text">
          {segments.map((s) => {
            const shade = SHADE[Math.min(s.ids.length, 3)];
            return shade ? (
              <mark key={s.start} className={`${shade} rounded-sm text-inherit`}>
                {s.text}
              </mark>
            ) : (
              <span key={s.start}>{s.text}</span>
            );
          })}
        </p>
        {textId && (
          <Link href={passageHref(id, textId, { blockId })} className="mt-2 inline-block text-sm text-red-800 underline" data-testid="passage-read-link">
            {t('history.readInText')}
          </Link>
        )}
      </section>
      <section className="space-y-3">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <h2 className="mr-auto font-semibold">{t('history.threadCount', { n: threads.length })}</h2>
          {orderLink('newest')}
          {orderLink('oldest')}
        </div>
        {threads.length === 0 ? (
          <p className="text-sm text-stone-500">{t('history.noThreads')}</p>
        ) : (
          threads.map((thread) => <ThreadView key={thread.id} thread={thread} groupId={id} t={t} locale={locale} timeZone={timeZone} sessionTitles={sessionTitles} linkPassageHistory={false} />)
        )}
      </section>
    </main>
  );
}
