import type { Metadata, Viewport } from 'next';
import './globals.css';
import { currentUser } from '@/lib/auth/request-user';
import { serverT } from '@/lib/i18n/server';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { SiteHeader } from '@/components/layout/site-header';
import { TimeZoneSync } from '@/components/layout/time-zone-sync';

export const metadata: Metadata = {
  title: { default: '共读 Gongdu', template: '%s · 共读' },
  description: '学习小组共读原文、划重点、谈体会',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [{ locale, t, timeZone }, user] = await Promise.all([serverT(), currentUser()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <LocaleProvider locale={locale} timeZone={timeZone}>
          {/* the first Tab stop: past the header (and, in the reader, the outline) straight to the content */}
          <a href="#main" className="sr-only z-50 rounded bg-white px-4 py-3 text-red-800 shadow focus:not-sr-only focus:fixed focus:left-2 focus:top-2" data-testid="skip-link">
            {t('skip.toContent')}
          </a>
          <TimeZoneSync />
          <SiteHeader user={user} t={t} />
          <div id="main" tabIndex={-1} className="outline-none">
            {children}
          </div>
        </LocaleProvider>
      </body>
    </html>
  );
}
