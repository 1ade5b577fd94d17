import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { serverT } from '@/lib/i18n/server';
import { listGroups } from '@/lib/services/groups';
import { CreateGroupForm, JoinGroupForm } from '@/components/groups/group-forms';

export const dynamic = 'force-dynamic';

export default async function GroupsPage() {
  const user = await currentUser();
  if (!user) redirect('/signin?callbackUrl=/groups');
  const [{ t }, groups] = await Promise.all([serverT(), listGroups(user.id)]);
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
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
