import type { Metadata } from 'next';
import Link from 'next/link';
import { serverT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverT();
  return { title: t('error.notFoundTitle') };
}

/** Every unknown address and every notFound(): in the reader's language, with a way back. */
export default async function NotFound() {
  const { t } = await serverT();
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center" data-testid="not-found">
      <h1 className="mb-3 text-xl font-semibold">{t('error.notFoundTitle')}</h1>
      <p className="mb-6 text-stone-600">{t('error.notFoundBody')}</p>
      <Link href="/" className="inline-flex min-h-11 items-center rounded bg-red-800 px-4 text-white hover:bg-red-900">
        {t('error.home')}
      </Link>
    </main>
  );
}
