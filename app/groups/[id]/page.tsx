import Link from 'next/link';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { canLead, canManageMembers } from '@/lib/domain/permissions';
import { serverT } from '@/lib/i18n/server';
import { getGroup, listMembers } from '@/lib/services/groups';
import { ServiceError } from '@/lib/services/errors';
import { listSessions } from '@/lib/services/sessions';
import { getText, listTexts } from '@/lib/services/texts';
import { HEADING_DEPTH, type HeadingLevel } from '@/lib/domain/text-import';
import { ScheduleSessionForm } from '@/components/groups/schedule-session-form';
import { SessionList } from '@/components/groups/session-list';
import { CopyButton } from '@/components/ui/copy-button';
import { GroupActions, MemberList } from '@/components/groups/member-list';

export const dynamic = 'force-dynamic';

export default async function GroupPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=/groups/${id}`);
  const group = await getGroup(user.id, id).catch((e) => {
    if (e instanceof ServiceError && e.status === 404) notFound();
    throw e;
  });
  const [{ t, locale, timeZone }, members, texts, sessions, h] = await Promise.all([serverT(), listMembers(user.id, id), listTexts(user.id), listSessions(user.id, id), headers()]);
  const scheduleTexts = canLead(group.role)
    ? await Promise.all(
        texts.map(async (x) => ({
          id: x.id,
          title: x.title,
          headings: (await getText(user.id, x.id)).blocks
            .filter((b) => b.kind === 'heading' && b.level)
            .map((b) => ({ path: b.path, text: b.text, depth: HEADING_DEPTH[b.level as HeadingLevel] })),
        })),
      )
    : [];
  const origin = `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host')}`;
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-xl font-semibold" data-testid="group-name">{group.name}</h1>
        {group.description && <p className="mt-1 text-stone-600">{group.description}</p>}
        <nav className="mt-3 flex flex-wrap gap-2 text-sm" aria-label={t('history.tools')} data-testid="group-tools">
          <Link href={`/groups/${group.id}/search`} className="rounded-full border border-stone-300 bg-white px-3 py-1 hover:border-red-300 hover:text-red-800" data-testid="link-search">
            {t('search.title')}
          </Link>
          <Link href={`/groups/${group.id}/exchange`} className="rounded-full border border-stone-300 bg-white px-3 py-1 hover:border-red-300 hover:text-red-800" data-testid="link-exchange">
            {t('exchange.title')}
          </Link>
          <Link href={`/groups/${group.id}/members/me`} className="rounded-full border border-stone-300 bg-white px-3 py-1 hover:border-red-300 hover:text-red-800" data-testid="link-my-record">
            {t('history.myRecord')}
          </Link>
        </nav>
      </div>
      {group.joinCode && (
        <section className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            {t('groups.joinCode')}：<code className="font-mono text-lg tracking-widest" data-testid="join-code">{group.joinCode}</code>
            <CopyButton value={group.joinCode} label={t('groups.joinCode')} testId="copy-join-code" />
          </div>
          <div className="mt-1 flex flex-wrap items-center gap-2 break-all text-stone-600">
            {t('groups.joinLink')}：<span data-testid="join-link">{`${origin}/join/${group.joinCode}`}</span>
            <CopyButton value={`${origin}/join/${group.joinCode}`} label={t('groups.joinLink')} testId="copy-join-link" />
          </div>
        </section>
      )}
      <section className="space-y-3">
        <h2 className="font-semibold">{t('sessions.title')}</h2>
        <SessionList sessions={sessions} t={t} locale={locale} timeZone={timeZone} canLead={canLead(group.role)} />
        {canLead(group.role) && <ScheduleSessionForm groupId={group.id} texts={scheduleTexts} />}
      </section>
      <section>
        <div className="mb-2 flex items-baseline justify-between gap-3">
          <h2 className="font-semibold">{t('groups.texts')}</h2>
          <Link href={`/groups/${group.id}/library`} className="text-sm text-red-800 hover:underline" data-testid="group-library-link">{t('library.groupLibrary')} ›</Link>
        </div>
        <ul className="space-y-2">
          {texts.map((text) => (
            <li key={text.id}>
              <Link href={`/read/${text.id}?group=${group.id}`} className="block rounded border border-stone-200 bg-white p-3 hover:border-red-300" data-testid="group-text">
                <span lang="zh-CN" className="font-serif font-medium">{text.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2 className="mb-2 font-semibold">
          {t('groups.members')} <span className="text-sm font-normal text-stone-500">{t('groups.memberCount', { n: members.length })}</span>
        </h2>
        <MemberList groupId={group.id} members={members} viewerId={user.id} isOwner={canManageMembers(group.role)} />
        {canLead(group.role) && members.some((m) => m.userId !== user.id) && (
          <p className="mt-2 text-sm leading-7" data-testid="member-records">
            <span className="text-stone-500">{t('history.memberRecords')}：</span>
            {members
              .filter((m) => m.userId !== user.id)
              .map((m) => (
                <Link key={m.userId} href={`/groups/${group.id}/members/${m.userId}`} className="mr-3 text-red-800 underline" data-testid="member-record-link">
                  {m.name}
                </Link>
              ))}
          </p>
        )}
      </section>
      <GroupActions groupId={group.id} canRotate={canLead(group.role)} canLeave={group.role !== 'owner'} />
    </main>
  );
}
