import Link from 'next/link';
import type { RequestUser } from '@/lib/auth/request-user';
import type { Translate } from '@/lib/i18n/messages';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { LanguageToggle } from './language-toggle';
import { SignOutButton } from './sign-out-button';

export function SiteHeader({ user, t }: { user: RequestUser | null; t: Translate }) {
  return (
    <header className="sticky top-0 z-30 border-b border-stone-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-3 px-4 text-sm">
        <Link href="/" className="text-lg font-semibold tracking-wide text-red-800">
          {t('app.name')}
        </Link>
        <nav className="flex flex-1 items-center gap-3 overflow-x-auto whitespace-nowrap">
          <Link href="/" className="hover:text-red-800">{t('nav.library')}</Link>
          {user && <Link href="/groups" className="hover:text-red-800">{t('nav.groups')}</Link>}
          {user && <Link href="/settings" className="hover:text-red-800" data-testid="nav-settings">{t('nav.settings')}</Link>}
        </nav>
        {user && <NotificationBell userId={user.id} />}
        <LanguageToggle label={t('nav.language')} />
        {user ? (
          <>
            <span className="hidden max-w-32 truncate text-stone-500 sm:inline" data-testid="current-user">{user.name}</span>
            <SignOutButton label={t('nav.signout')} />
          </>
        ) : (
          <Link href="/signin" className="rounded bg-red-800 px-3 py-1.5 text-white">{t('nav.signin')}</Link>
        )}
      </div>
    </header>
  );
}
