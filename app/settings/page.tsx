import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { serverT } from '@/lib/i18n/server';
import { getUserSettings } from '@/lib/services/user-settings';
import { TimeZoneSetting } from '@/components/settings/time-zone-setting';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const { t } = await serverT();
  return { title: t('settings.title') };
}

export default async function SettingsPage() {
  const user = await currentUser();
  if (!user) redirect('/signin?callbackUrl=/settings');
  const [{ t }, settings] = await Promise.all([serverT(), getUserSettings(user.id)]);
  const zones = Intl.supportedValuesOf('timeZone');
  // a saved zone this runtime lists under another name (an alias) is still offered as it was saved
  if (settings.timeZone && !zones.includes(settings.timeZone)) zones.unshift(settings.timeZone);
  return (
    <main className="mx-auto max-w-2xl space-y-4 px-4 py-8">
      <h1 className="text-xl font-semibold">{t('settings.title')}</h1>
      <TimeZoneSetting saved={settings.timeZone} zones={zones} />
      <p>
        <Link href="/settings/tokens" className="text-red-800 underline">{t('settings.tokens')}</Link>
      </p>
    </main>
  );
}
