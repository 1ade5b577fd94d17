'use client';
/**
 * The user's one clock (issue 12, finding 4): a saved IANA zone, or "follow the browser". Saving re-renders the
 * page so that the times the server drew follow the new zone at once.
 */
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { api, ApiError } from '@/lib/client/api';

export function TimeZoneSetting({ saved, zones }: { saved: string | null; zones: string[] }) {
  const { t, timeZone } = useT();
  const router = useRouter();
  const [value, setValue] = useState(saved ?? '');
  const [browser, setBrowser] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; message: string }>();
  // read after hydration: the server cannot know the browser's zone before the cookie is written
  useEffect(() => setBrowser(Intl.DateTimeFormat().resolvedOptions().timeZone), []);

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(undefined);
    try {
      await api('/api/settings', { method: 'PATCH', body: { timeZone: value || null } });
      setStatus({ ok: true, message: t('settings.saved') });
      router.refresh();
    } catch (e) {
      setStatus({ ok: false, message: e instanceof ApiError ? (e.fields.timeZone ?? e.message) : t('common.error') });
    }
  }

  return (
    <form onSubmit={save} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4" data-testid="time-zone-setting">
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-stone-800">{t('settings.timeZone')}</span>
        <select name="timeZone" value={value} onChange={(e) => setValue(e.target.value)} className="min-h-11 w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base">
          <option value="">{t('settings.timeZoneBrowser', { zone: browser || '…' })}</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>{zone}</option>
          ))}
        </select>
      </label>
      <p className="text-sm text-stone-600">{t('settings.timeZoneHint')}</p>
      <p className="text-sm text-stone-600" data-testid="time-zone-now">{t('settings.timeZoneNow', { zone: timeZone })}</p>
      <div className="flex items-center gap-3">
        <button className="min-h-11 rounded-md bg-red-800 px-4 py-2 text-white">{t('settings.save')}</button>
        {status && <span role="status" className={status.ok ? 'text-sm text-green-800' : 'text-sm text-red-700'}>{status.message}</span>}
      </div>
    </form>
  );
}
