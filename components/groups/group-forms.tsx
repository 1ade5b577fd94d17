'use client';
/** Create a group, or join one by its code. Both land on the group's page. */
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { Field } from '@/components/ui/field';
import { api, ApiError } from '@/lib/client/api';
import type { GroupDTO } from '@/lib/services/groups';

function useSubmit(run: (form: FormData) => Promise<GroupDTO>) {
  const router = useRouter();
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const group = await run(new FormData(event.currentTarget));
      router.push(`/groups/${group.id}`);
      router.refresh();
    } catch (error) {
      setErrors(error instanceof ApiError && Object.keys(error.fields).length ? error.fields : { _: error instanceof ApiError && error.status === 404 ? t('groups.badCode') : t('common.error') });
    } finally {
      setBusy(false);
    }
  }
  return { busy, errors, onSubmit };
}

export function CreateGroupForm() {
  const { t } = useT();
  const { busy, errors, onSubmit } = useSubmit(async (form) => {
    const { group } = await api<{ group: GroupDTO }>('/api/groups', { body: { name: form.get('name'), description: form.get('description') ?? '' } });
    return group;
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="create-group-form">
      <h2 className="font-semibold">{t('groups.create')}</h2>
      <Field label={t('groups.name')} name="name" required maxLength={60} error={errors.name} />
      <Field label={t('groups.description')} name="description" maxLength={500} error={errors.description} />
      {errors._ && <p className="text-sm text-red-700">{errors._}</p>}
      <button disabled={busy} className="rounded-md bg-red-800 px-4 py-2 text-white disabled:opacity-60">{t('groups.create')}</button>
    </form>
  );
}

export function JoinGroupForm({ initialCode = '' }: { initialCode?: string }) {
  const { t } = useT();
  const { busy, errors, onSubmit } = useSubmit(async (form) => {
    const { group } = await api<{ group: GroupDTO }>('/api/groups/join', { body: { code: form.get('code') } });
    return group;
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="join-group-form">
      <h2 className="font-semibold">{t('groups.join')}</h2>
      <Field label={t('groups.joinCode')} name="code" required defaultValue={initialCode} autoCapitalize="characters" className="uppercase" error={errors.code ?? errors._} />
      <button disabled={busy} className="rounded-md border border-red-800 px-4 py-2 text-red-800 disabled:opacity-60">{t('groups.join')}</button>
    </form>
  );
}
