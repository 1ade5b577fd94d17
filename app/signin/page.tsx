import { Suspense } from 'react';
import { AuthForm } from '@/components/auth/auth-form';
import { serverT } from '@/lib/i18n/server';

export default async function Page() {
  const { t } = await serverT();
  return (
    <main className="mx-auto max-w-sm px-4 py-10">
      <h1 className="mb-6 text-center text-2xl font-semibold">{t('auth.signin')}</h1>
      <Suspense>
        <AuthForm mode="signin" />
      </Suspense>
    </main>
  );
}
