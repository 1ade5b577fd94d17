'use client';
/**
 * Import a JSON-LD export into this group (leaders): read the chosen file, send it to POST /api/groups/{id}/import,
 * and show the report (how many notes and replies, the original authors, any warnings) or why it was refused.
 *
 * Test hooks: import-form, import-file, import-submit, import-report, import-error.
 */
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { api, ApiError } from '@/lib/client/api';

interface Report {
  annotations: number;
  replies: number;
  authors: string[];
  warnings: string[];
}

export function ImportForm({ groupId }: { groupId: string }) {
  const { t, locale } = useT();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setReport(null);
    setError(null);
    if (!file) return setError(t('exchange.noFile'));
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      return setError(t('exchange.notJson'));
    }
    setBusy(true);
    try {
      const res = await api<{ report: Report }>(`/api/groups/${groupId}/import`, { method: 'POST', body });
      setReport(res.report);
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? (e.status === 403 ? t('exchange.leadersOnly') : e.message) : t('common.error'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="space-y-3"
      data-testid="import-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <input
        type="file"
        accept=".json,.jsonld,application/ld+json,application/json"
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          setReport(null);
          setError(null);
        }}
        aria-label={t('exchange.file')}
        className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:text-stone-700"
        data-testid="import-file"
      />
      <button type="submit" disabled={busy || !file} className="rounded-md bg-red-800 px-4 py-2 text-sm font-medium text-white hover:bg-red-900 disabled:opacity-50" data-testid="import-submit">
        {busy ? t('exchange.importing') : t('exchange.importButton')}
      </button>
      {report && (
        <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status" data-testid="import-report">
          <p className="font-medium">{t('exchange.importDone', { a: report.annotations, r: report.replies })}</p>
          {report.authors.length > 0 && <p className="mt-1">{t('exchange.authors', { names: report.authors.join(locale === 'en' ? ', ' : '、') })}</p>}
          {report.warnings.length > 0 && (
            <div className="mt-2">
              <p className="font-medium">{t('exchange.warnings')}</p>
              <ul className="list-disc pl-5">
                {report.warnings.map((w, i) => (
                  <li key={i} className="break-words">{w}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      {error && (
        <div className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900" role="alert" data-testid="import-error">
          <p className="font-medium">{t('exchange.importFailed')}</p>
          <p className="mt-1 break-words">{error}</p>
        </div>
      )}
    </form>
  );
}
