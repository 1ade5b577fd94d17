import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { serverT } from '@/lib/i18n/server';
import { listApiTokens } from '@/lib/services/api-tokens';
import { TokenManager } from '@/components/settings/token-manager';

export const dynamic = 'force-dynamic';

export default async function TokensPage() {
  const user = await currentUser();
  if (!user) redirect('/signin?callbackUrl=/settings/tokens');
  const [{ t }, tokens] = await Promise.all([serverT(), listApiTokens(user.id)]);
  return (
    <main className="mx-auto max-w-2xl space-y-4 px-4 py-8">
      <h1 className="text-xl font-semibold">{t('tokens.title')}</h1>
      <p className="text-sm text-stone-600">{t('tokens.intro')}</p>
      <TokenManager initial={tokens} />
    </main>
  );
}
