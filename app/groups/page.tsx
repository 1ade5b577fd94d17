import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { serverT } from '@/lib/i18n/server';
import { listGroups } from '@/lib/services/groups';
import { listSessions } from '@/lib/services/sessions';
import { CreateGroupForm, JoinGroupForm } from '@/components/groups/group-forms';

export const dynamic = 'force-dynamic';

export default async function GroupsPage() {
  const user = await currentUser();
  if (!user) redirect('/signin?callbackUrl=/groups');
  const [{ t }, groups] = await Promise.all([serverT(), listGroups(user.id)]);
  // Live sessions of all my groups first: joining one is the most likely reason to open this page.
  const live = (await Promise.all(groups.map(async (g) => (await listSessions(user.id, g.id)).live.map((s) => ({ ...s, groupName: g.name }))))).flat();
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      {live.length > 0 && (
        <section className="space-y-2 rounded-lg border border-red-200 bg-red-50 p-4" data-testid="live-sessions">
          <h2 className="flex items-center gap-2 font-semibold text-red-900">
            <span className="h-2 w-2 animate-pulse rounded-full bg-red-600" aria-hidden />
            {t('sessions.live')}
          </h2>
          <ul className="space-y-2">
            {live.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-2 text-sm">
                <span className="flex-1">
                  <span className="font-medium">{s.title}</span>
                  <span className="ml-2 text-stone-600">{s.groupName} · <span lang="zh-CN">《{s.textTitle}》</span></span>
                </span>
                <Link href={`/sessions/${s.id}`} className="rounded bg-red-800 px-3 py-1 text-white" data-testid="live-session-join">
                  {t('sessions.join')}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h1 className="text-xl font-semibold">{t('groups.title')}</h1>
      {groups.length === 0 ? (
        <p className="text-stone-500">{t('groups.none')}</p>
      ) : (
        <ul className="space-y-2">
          {groups.map((g) => (
            <li key={g.id}>
              <Link href={`/groups/${g.id}`} className="flex items-center gap-3 rounded-lg border border-stone-200 bg-white p-4 hover:border-red-300" data-testid="group-link">
                <span className="flex-1 font-medium">{g.name}</span>
                <span className="text-xs text-stone-500">{t(`role.${g.role}`)} · {t('groups.memberCount', { n: g.memberCount })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <CreateGroupForm />
        <JoinGroupForm />
      </div>
    </main>
  );
}
