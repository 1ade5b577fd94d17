import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { serverT } from '@/lib/i18n/server';
import { JoinGroupForm } from '@/components/groups/group-forms';

export const dynamic = 'force-dynamic';

/** An invite link: shows the join form with the code filled in (after sign-in, if needed). */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/join/${code}`)}`);
  const { t } = await serverT();
  return (
    <main className="mx-auto max-w-sm px-4 py-10">
      <h1 className="mb-4 text-xl font-semibold">{t('groups.join')}</h1>
      <JoinGroupForm initialCode={code} />
    </main>
  );
}
