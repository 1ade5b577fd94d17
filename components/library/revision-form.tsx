'use client';
/**
 * The leader's editor for a group text: the current source in a large textarea (a monospace font with CJK
 * fallbacks, so columns of Han characters line up), a note, and 保存为新版本. The server saves the next version and
 * re-anchors every annotation; its report (stayed / moved / orphaned, the orphans with their quotes and reasons)
 * is shown here with a way back to the reader. Leaving with unsaved changes asks first.
 *
 * Test hooks: source-input, revision-note, save-version, revision-unchanged, revision-error (data-code),
 * revision-result, back-to-reader, versions-link; and revision-report.tsx's.
 */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { api, ApiError } from '@/lib/client/api';
import type { RevisionReport } from '@/lib/services/library';
import type { UploadProblem } from './labels';
import { ProblemBox } from './problem-box';
import { RevisionReportView } from './revision-report';

/** Monospace first (for alignment), then CJK faces whose Han glyphs are a fixed two columns wide. */
const SOURCE_FONT = 'ui-monospace, "Noto Sans Mono CJK SC", "Sarasa Mono SC", "Source Han Mono SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", monospace';

export function RevisionForm({ textId, groupId, initialSource, initialVersion, maxBytes }: { textId: string; groupId: string; initialSource: string; initialVersion: number; maxBytes: number }) {
  const { t } = useT();
  const router = useRouter();
  const [source, setSource] = useState(initialSource);
  /** the source as last saved: what "unchanged" and "unsaved" are measured against */
  const [saved, setSaved] = useState(initialSource);
  const [version, setVersion] = useState(initialVersion);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<RevisionReport | null>(null);
  const [problem, setProblem] = useState<(UploadProblem & { fields?: Record<string, string> }) | null>(null);
  const [isUnchanged, setUnchanged] = useState(false);
  const isDirty = source !== saved;
  const resultRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (report) resultRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [report]);

  useEffect(() => {
    if (!isDirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setProblem(null);
    setUnchanged(false);
    if (!isDirty) {
      setUnchanged(true);
      return;
    }
    setBusy(true);
    try {
      const { report } = await api<{ report: RevisionReport }>(`/api/texts/${encodeURIComponent(textId)}/versions`, { body: { source, note } });
      setReport(report);
      setSaved(source);
      setVersion(report.version);
      setNote('');
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) setUnchanged(true);
      else setProblem(error instanceof ApiError ? { status: error.status, code: error.code, message: error.message, fields: error.fields } : { status: 0, code: 'network', message: '' });
    } finally {
      setBusy(false);
    }
  }

  const readerHref = `/read/${encodeURIComponent(textId)}?group=${encodeURIComponent(groupId)}`;
  return (
    <div className="space-y-4">
      {report && (
        <section ref={resultRef} className="scroll-mt-20 space-y-3 rounded-lg border border-emerald-200 bg-white p-4" data-testid="revision-result" aria-live="polite">
          <h2 className="font-semibold text-emerald-900">{t('library.reportTitle', { n: report.version })}</h2>
          <RevisionReportView report={report} t={t} />
          <div className="flex flex-wrap gap-3 text-sm">
            <Link href={readerHref} className="rounded-md bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900" data-testid="back-to-reader">
              {t('library.backToReader')}
            </Link>
            <Link href={`/texts/${encodeURIComponent(textId)}/versions`} className="rounded-md border border-stone-300 px-4 py-2 hover:border-red-300" data-testid="versions-link">
              {t('library.versions')}
            </Link>
          </div>
        </section>
      )}
      <form onSubmit={onSubmit} className="space-y-3">
        <label className="block text-sm">
          <span className="mb-1 flex items-baseline justify-between gap-2 text-stone-700">
            <span>{t('library.source')}</span>
            <span className="text-xs text-stone-500">{t('library.currentVersion', { n: version })}</span>
          </span>
          <textarea
            value={source}
            onChange={(e) => {
              setSource(e.target.value);
              setUnchanged(false);
            }}
            spellCheck={false}
            wrap="soft"
            className="h-[60vh] min-h-64 w-full resize-y rounded-md border border-stone-300 bg-white px-3 py-2 text-[15px] leading-7 outline-none focus:border-red-700 focus:ring-1 focus:ring-red-700"
            style={{ fontFamily: SOURCE_FONT }}
            data-testid="source-input"
          />
        </label>
        <label className="block text-sm">
          <span className="mb-1 block text-stone-700">{t('library.note')}</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} placeholder={t('library.notePlaceholder')} className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base outline-none focus:border-red-700 focus:ring-1 focus:ring-red-700" data-testid="revision-note" />
        </label>
        {isUnchanged && (
          <p className="rounded-md border border-stone-200 bg-stone-50 p-3 text-sm text-stone-700" role="status" data-testid="revision-unchanged">
            {t('library.unchanged')}
          </p>
        )}
        {problem && <ProblemBox problem={problem} maxBytes={maxBytes} testId="revision-error" />}
        <div className="flex flex-wrap items-center gap-3">
          <button disabled={busy} className="w-full rounded-md bg-red-800 px-4 py-2.5 font-medium text-white hover:bg-red-900 disabled:opacity-60 sm:w-auto" data-testid="save-version">
            {busy ? t('library.saving') : t('library.saveVersion')}
          </button>
          {!report && (
            <Link href={readerHref} className="text-sm text-stone-600 hover:text-red-800">
              {t('library.backToReader')}
            </Link>
          )}
        </div>
      </form>
    </div>
  );
}
