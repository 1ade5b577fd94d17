'use client';
/**
 * The last resort, when the root layout itself failed: no provider is left, so the language is read from the
 * same cookie the server reads.
 */
import { LOCALE_COOKIE, cookieValue, parseLocale, translator } from '@/lib/i18n/messages';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = parseLocale(typeof document === 'undefined' ? undefined : cookieValue(document.cookie, LOCALE_COOKIE));
  const t = translator(locale);
  return (
    <html lang={locale}>
      <body style={{ fontFamily: 'system-ui, sans-serif', textAlign: 'center', padding: '4rem 1rem' }}>
        <h1>{t('error.serverTitle')}</h1>
        <p>{t('error.serverBody')}</p>
        <button type="button" onClick={reset} style={{ minHeight: 44, padding: '0 1rem' }}>
          {t('reader.retry')}
        </button>
      </body>
    </html>
  );
}
