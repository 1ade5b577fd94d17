'use client';
/**
 * The search form: words, then filters (session, member, kind chips, what to search, date range). Submitting puts
 * the query in the address (empty filters left out), so results are linkable and the server page renders them.
 *
 * Test hooks: search-form, search-input, search-submit, search-session, search-member, kind-chip (data-kind,
 * aria-pressed), search-type, search-from, search-to, search-clear.
 */
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { ANNOTATION_KINDS, isAnnotationKind } from '@/lib/domain/annotation-kinds';
import { KIND_STYLE } from '@/components/annotations/kind-style';
import { kindLabel } from '@/lib/i18n/messages';

export interface SearchValues {
  q: string;
  sessionId: string;
  authorId: string;
  kind: string;
  type: string;
  from: string;
  to: string;
}

interface Props {
  initial: SearchValues;
  sessions: { id: string; title: string; date: string }[];
  members: { id: string; name: string }[];
}

export function SearchForm({ initial, sessions, members }: Props) {
  const { t, locale } = useT();
  const router = useRouter();
  const [v, setV] = useState(initial);
  const set = (key: keyof SearchValues, value: string) => setV((old) => ({ ...old, [key]: value }));
  const go = (values: SearchValues) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) if (value.trim() && !(key === 'type' && value === 'all')) params.set(key, value.trim());
    router.push(`?${params}`);
  };
  const hasFilters = Boolean(v.sessionId || v.authorId || v.kind || (v.type && v.type !== 'all') || v.from || v.to);
  const control = 'w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm outline-none focus:border-red-700';

  return (
    <form
      role="search"
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-3 sm:p-4"
      data-testid="search-form"
      onSubmit={(e) => {
        e.preventDefault();
        go(v);
      }}
    >
      <div className="flex gap-2">
        <input
          type="search"
          name="q"
          value={v.q}
          onChange={(e) => set('q', e.target.value)}
          placeholder={t('search.placeholder')}
          aria-label={t('search.title')}
          maxLength={100}
          className="min-w-0 flex-1 rounded-md border border-stone-300 px-3 py-2 text-base outline-none focus:border-red-700 focus:ring-1 focus:ring-red-700"
          data-testid="search-input"
        />
        <button type="submit" className="shrink-0 rounded-md bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900" data-testid="search-submit">
          {t('search.submit')}
        </button>
      </div>

      <fieldset className="flex flex-wrap items-center gap-2 text-sm">
        <legend className="sr-only">{t('search.kind')}</legend>
        <span className="text-stone-500">{t('search.kind')}</span>
        {['', ...ANNOTATION_KINDS].map((kind) => {
          const isOn = v.kind === kind;
          return (
            <button
              key={kind || 'any'}
              type="button"
              aria-pressed={isOn}
              onClick={() => set('kind', kind)}
              className={`inline-flex items-center gap-1 rounded-full border px-3 py-1 ${isOn ? 'border-red-800 bg-red-50 text-red-900' : 'border-stone-300 text-stone-700 hover:border-red-300'}`}
              data-testid="kind-chip"
              data-kind={kind || 'any'}
            >
              {kind && isAnnotationKind(kind) && <span className={`h-2 w-2 rounded-full ${KIND_STYLE[kind].swatch}`} aria-hidden />}
              {kind ? kindLabel(kind, locale) : t('search.anyKind')}
            </button>
          );
        })}
      </fieldset>

      <div className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
        <label className="block">
          <span className="mb-0.5 block text-xs text-stone-500">{t('search.session')}</span>
          <select value={v.sessionId} onChange={(e) => set('sessionId', e.target.value)} className={control} data-testid="search-session">
            <option value="">{t('search.anySession')}</option>
            {sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} · {s.date}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="mb-0.5 block text-xs text-stone-500">{t('search.member')}</span>
          <select value={v.authorId} onChange={(e) => set('authorId', e.target.value)} className={control} data-testid="search-member">
            <option value="">{t('search.anyMember')}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label className="col-span-2 block sm:col-span-1">
          <span className="mb-0.5 block text-xs text-stone-500">{t('search.type')}</span>
          <select value={v.type || 'all'} onChange={(e) => set('type', e.target.value)} className={control} data-testid="search-type">
            <option value="all">{t('search.type.all')}</option>
            <option value="annotation">{t('search.type.annotation')}</option>
            <option value="comment">{t('search.type.comment')}</option>
          </select>
        </label>
        <label className="block">
          <span className="mb-0.5 block text-xs text-stone-500">{t('search.from')}</span>
          <input type="date" value={v.from} max={v.to || undefined} onChange={(e) => set('from', e.target.value)} className={control} data-testid="search-from" />
        </label>
        <label className="block">
          <span className="mb-0.5 block text-xs text-stone-500">{t('search.to')}</span>
          <input type="date" value={v.to} min={v.from || undefined} onChange={(e) => set('to', e.target.value)} className={control} data-testid="search-to" />
        </label>
        {hasFilters && (
          <div className="col-span-2 flex items-end sm:col-span-1">
            <button
              type="button"
              className="py-1.5 text-sm text-stone-600 underline hover:text-red-800"
              onClick={() => {
                const cleared = { ...v, sessionId: '', authorId: '', kind: '', type: 'all', from: '', to: '' };
                setV(cleared);
                if (cleared.q.trim()) go(cleared);
              }}
              data-testid="search-clear"
            >
              {t('search.clear')}
            </button>
          </div>
        )}
      </div>
    </form>
  );
}
