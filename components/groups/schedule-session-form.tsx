'use client';
/** Leaders schedule a study session: topic, text, optional range of headings, time. */
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { Field } from '@/components/ui/field';
import { api, ApiError } from '@/lib/client/api';
import { formatStamp, zonedWallTimeToDate } from '@/lib/i18n/format';

export interface ScheduleTextOption {
  id: string;
  title: string;
  headings: { path: string; text: string; depth: number }[];
}

/**
 * A `datetime-local` value for now on the user's clock. The field holds a wall time with no zone: it is read in the
 * user's zone (their setting, else the browser's), the one every list and the minutes show, never in whatever
 * zone the browser happens to be in.
 */
function wallNow(timeZone: string): string {
  return formatStamp(new Date(), timeZone).replace(' ', 'T');
}

export function ScheduleSessionForm({ groupId, texts }: { groupId: string; texts: ScheduleTextOption[] }) {
  const { t, timeZone } = useT();
  const router = useRouter();
  const [textId, setTextId] = useState(texts[0]?.id ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const headings = useMemo(() => texts.find((x) => x.id === textId)?.headings ?? [], [texts, textId]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setErrors({});
    try {
      const when = String(form.get('scheduledAt') || '');
      await api(`/api/groups/${groupId}/sessions`, {
        body: {
          title: form.get('title'),
          textId,
          rangeStart: form.get('rangeStart') || undefined,
          rangeEnd: form.get('rangeEnd') || undefined,
          scheduledAt: when ? zonedWallTimeToDate(when, timeZone).toISOString() : '',
        },
      });
      (event.target as HTMLFormElement).reset();
      router.refresh();
    } catch (error) {
      setErrors(error instanceof ApiError ? { ...error.fields, ...(Object.keys(error.fields).length ? {} : { _: error.message }) } : { _: t('common.error') });
    } finally {
      setBusy(false);
    }
  }

  const select = 'w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base';
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="schedule-session-form">
      <h3 className="font-semibold">{t('sessions.schedule')}</h3>
      <Field label={t('sessions.name')} name="title" required maxLength={80} error={errors.title} />
      <label className="block text-sm">
        <span className="mb-1 block text-stone-700">{t('sessions.text')}</span>
        <select name="textId" className={select} value={textId} onChange={(e) => setTextId(e.target.value)}>
          {texts.map((x) => (
            <option key={x.id} value={x.id}>{x.title}</option>
          ))}
        </select>
      </label>
      <fieldset className="grid grid-cols-2 gap-2 text-sm">
        <legend className="mb-1 text-stone-700">{t('sessions.range')}</legend>
        {(['rangeStart', 'rangeEnd'] as const).map((name) => (
          <label key={name} className="block">
            <span className="text-xs text-stone-500">{name === 'rangeStart' ? t('sessions.from') : t('sessions.to')}</span>
            <select name={name} className={select} defaultValue="">
              <option value="">{t('sessions.rangeAll')}</option>
              {headings.map((h) => (
                <option key={h.path} value={h.path}>{'　'.repeat(h.depth - 1) + h.text}</option>
              ))}
            </select>
            {errors[name] && <span className="text-xs text-red-700">{errors[name]}</span>}
          </label>
        ))}
      </fieldset>
      <Field label={t('sessions.when')} name="scheduledAt" type="datetime-local" required defaultValue={wallNow(timeZone)} hint={t('sessions.whenZone', { zone: timeZone })} error={errors.scheduledAt} />
      {errors._ && <p className="text-sm text-red-700">{errors._}</p>}
      <button disabled={busy} className="rounded-md bg-red-800 px-4 py-2 text-white disabled:opacity-60">{t('sessions.schedule')}</button>
    </form>
  );
}
