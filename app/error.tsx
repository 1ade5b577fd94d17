'use client';
/** A page that failed on the server or in the browser: said in the reader's language (the layout still stands). */
import Link from 'next/link';
import { useT } from '@/components/i18n/locale-provider';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useT();
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center" data-testid="error-page">
      <h1 className="mb-3 text-xl font-semibold">{t('error.serverTitle')}</h1>
      <p className="mb-6 text-stone-600">{t('error.serverBody')}</p>
      <div className="flex justify-center gap-3">
        <button type="button" onClick={reset} className="min-h-11 rounded border border-stone-300 bg-white px-4 hover:border-stone-500">
          {t('reader.retry')}
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center rounded bg-red-800 px-4 text-white hover:bg-red-900">
          {t('error.home')}
        </Link>
      </div>
    </main>
  );
}
