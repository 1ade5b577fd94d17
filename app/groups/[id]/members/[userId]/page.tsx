/**
 * /groups/[id]/members/[userId|me]: everything one member wrote in the group — highlights with their notes and
 * threads, then replies and session reflections — for the member themselves (private items too) and for leaders.
 *
 * Test hooks: member-history (data-user-id), member-annotations, member-replies, history-thread, member-reply,
 * thread-passage-link, member-forbidden, original-author (an imported item's author: the account is the importer).
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { serverT } from '@/lib/i18n/server';
import { getGroup } from '@/lib/services/groups';
import { memberHistory } from '@/lib/services/history';
import { listSessions } from '@/lib/services/sessions';
import { OriginalAuthor } from '@/components/annotations/original-author';
import { Crumbs, Notice, Quote } from '@/components/history/bits';
import { decodeParam, passageHistoryHref, passageHref } from '@/components/history/format';
import { formatDateTime } from '@/lib/i18n/format';
import { loadOrRefuse } from '@/components/history/load';
import { SessionTag, ThreadView } from '@/components/history/thread-view';

export const dynamic = 'force-dynamic';

type Params = Promise<{ id: string; userId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverT();
  return { title: t('history.member') };
}

export default async function MemberHistoryPage({ params }: { params: Params }) {
  const [{ id, userId: rawUserId }, user, { t, locale, timeZone }] = await Promise.all([params, currentUser(), serverT()]);
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/groups/${id}/members/${rawUserId}`)}`);
  const wanted = decodeParam(rawUserId);
  const memberId = wanted === 'me' ? user.id : wanted;
  const group = await loadOrRefuse(getGroup(user.id, id));
  if (!group.ok) return <main className="mx-auto max-w-3xl px-4 py-8"><Notice tone="error">{t('history.notMember')}</Notice></main>;
  const crumbs = [{ href: `/groups/${id}`, label: group.value.name }];
  const history = await loadOrRefuse(memberHistory(user.id, id, memberId));
  if (!history.ok) {
    return (
      <main className="mx-auto max-w-3xl px-4 py-8">
        <Crumbs links={crumbs} />
        <Notice tone="error" testId="member-forbidden">{history.status === 403 ? t('history.forbidden') : history.message}</Notice>
      </main>
    );
  }
  const sessions = await listSessions(user.id, id);
  const sessionTitles = new Map([...sessions.live, ...sessions.past, ...sessions.upcoming].map((s) => [s.id, s.title]));
  const { member, annotations, replies } = history.value;
  const isSelf = member.id === user.id;

  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-6 sm:py-8" data-testid="member-history" data-user-id={member.id}>
      <div>
        <Crumbs links={crumbs} />
        <h1 className="text-xl font-semibold">{isSelf ? t('history.myRecord') : t('history.memberOf', { name: member.name })}</h1>
        <p className="mt-1 text-sm text-stone-500">{t('history.counts', { a: annotations.length, r: replies.length })}</p>
        <div className="mt-3 flex gap-2 text-sm">
          <a href="#annotations" className="rounded-full border border-stone-300 px-3 py-1 hover:border-red-300">
            {t('history.annotations')} {annotations.length}
          </a>
          <a href="#replies" className="rounded-full border border-stone-300 px-3 py-1 hover:border-red-300">
            {t('history.repliesTitle')} {replies.length}
          </a>
        </div>
      </div>

      <section id="annotations" className="scroll-mt-20 space-y-3" data-testid="member-annotations">
        <h2 className="font-semibold">{t('history.annotations')}</h2>
        {annotations.length === 0 ? (
          <p className="text-sm text-stone-500">{t('history.noAnnotations')}</p>
        ) : (
          annotations.map((a) => <ThreadView key={a.id} thread={a} groupId={id} t={t} locale={locale} timeZone={timeZone} sessionTitles={sessionTitles} />)
        )}
      </section>

      <section id="replies" className="scroll-mt-20 space-y-3" data-testid="member-replies">
        <h2 className="font-semibold">{t('history.repliesTitle')}</h2>
        {replies.length === 0 ? (
          <p className="text-sm text-stone-500">{t('history.noReplies')}</p>
        ) : (
          <ul className="space-y-3">
            {replies.map((r) => (
              <li key={r.id} className="rounded-lg border border-stone-200 bg-white p-3 text-sm sm:p-4" data-testid="member-reply">
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span className="text-xs font-medium text-stone-600">{r.annotationId ? t('history.replyOn') : t('history.reflection')}</span>
                  <time className="text-xs text-stone-500" dateTime={r.createdAt}>{formatDateTime(r.createdAt, locale, timeZone)}</time>
                  <OriginalAuthor name={r.originalAuthor} label={(name) => t('import.originalAuthor', { name })} />
                  {r.hidden && <span className="rounded bg-stone-200 px-1.5 text-xs text-stone-600">{t('history.hidden')}</span>}
                  <SessionTag sessionId={r.sessionId} sessionTitles={sessionTitles} t={t} />
                </div>
                {r.quote && <Quote text={r.quote} className="mt-2 text-stone-600" />}
                <p className="mt-2 whitespace-pre-wrap text-stone-800">{r.body}</p>
                {r.textId && r.annotationId && (
                  <div className="mt-2 flex flex-wrap gap-x-4 text-xs">
                    <Link href={passageHref(id, r.textId, { annotationId: r.annotationId })} className="text-red-800 underline" data-testid="thread-passage-link">
                      {t('history.readInText')}
                    </Link>
                    {r.blockId && (
                      <Link href={passageHistoryHref(id, r.blockId)} className="text-stone-600 underline">
                        {t('history.passageThreads')}
                      </Link>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
