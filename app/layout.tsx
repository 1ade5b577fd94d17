import type { Metadata, Viewport } from 'next';
import './globals.css';
import { currentUser } from '@/lib/auth/request-user';
import { serverT } from '@/lib/i18n/server';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { SiteHeader } from '@/components/layout/site-header';

export const metadata: Metadata = {
  title: { default: '共读 Gongdu', template: '%s · 共读' },
  description: '学习小组共读原文、划重点、谈体会',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [{ locale, t }, user] = await Promise.all([serverT(), currentUser()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <LocaleProvider locale={locale}>
          <SiteHeader user={user} t={t} />
          {children}
        </LocaleProvider>
      </body>
    </html>
  );
}
