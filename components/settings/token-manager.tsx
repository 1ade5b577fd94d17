'use client';
/** Create, list and revoke personal API tokens. A new token's secret is shown once, right after creation. */
import { useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { Field } from '@/components/ui/field';
import { api, ApiError } from '@/lib/client/api';
import { formatDateTime } from '@/lib/i18n/format';
import type { ApiTokenDTO } from '@/lib/services/api-tokens';

export function TokenManager({ initial }: { initial: ApiTokenDTO[] }) {
  const { t, locale, timeZone } = useT();
  const [tokens, setTokens] = useState(initial);
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<string>();

  async function create(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setError(undefined);
    try {
      const { token } = await api<{ token: ApiTokenDTO & { token: string } }>('/api/tokens', { body: { name: new FormData(form).get('name') } });
      setSecret(token.token);
      setTokens((list) => [token, ...list]);
      form.reset();
    } catch (e) {
      setError(e instanceof ApiError ? (e.fields.name ?? e.message) : t('common.error'));
    }
  }

  async function revoke(id: string) {
    await api(`/api/tokens/${id}`, { method: 'DELETE' });
    setTokens((list) => list.filter((tk) => tk.id !== id));
  }

  return (
    <div className="space-y-4">
      <form onSubmit={create} className="flex items-end gap-2">
        <div className="flex-1">
          <Field label={t('tokens.name')} name="name" required maxLength={60} error={error} />
        </div>
        <button className="rounded-md bg-red-800 px-4 py-2 text-white">{t('tokens.create')}</button>
      </form>
      {secret && (
        <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          {t('tokens.shownOnce')}
          <code className="mt-1 block break-all font-mono" data-testid="new-token">{secret}</code>
        </div>
      )}
      {tokens.length === 0 ? (
        <p className="text-sm text-stone-500">{t('tokens.none')}</p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded border border-stone-200 bg-white">
          {tokens.map((tk) => (
            <li key={tk.id} className="flex items-center gap-3 p-3 text-sm">
              <span className="flex-1">
                {tk.name} <code className="text-xs text-stone-500">{tk.prefix}…</code>
              </span>
              <span className="text-xs text-stone-500">
                {t('tokens.lastUsed')}: {tk.lastUsedAt ? formatDateTime(tk.lastUsedAt, locale, timeZone) : t('tokens.never')}
              </span>
              <button className="text-xs text-red-800 underline" onClick={() => revoke(tk.id)}>{t('tokens.revoke')}</button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
