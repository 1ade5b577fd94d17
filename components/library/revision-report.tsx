/**
 * A revision's report: how many annotations stayed where they were, moved, or were orphaned, and each orphan's
 * quote with the reason. No hooks — the revise page (client) and the versions page (server) both render it, each
 * passing its own translate function. Quotes are React text.
 *
 * Test hooks: revision-report (data-version), report-stayed, report-moved, report-orphaned (each data-count),
 * report-orphan (data-id, data-reason).
 */
import type { Translate } from '@/lib/i18n/messages';
import type { RevisionReport } from '@/lib/services/library';
import { reasonText } from './labels';

const TONE = {
  stayed: 'border-emerald-200 bg-emerald-50 text-emerald-900',
  moved: 'border-sky-200 bg-sky-50 text-sky-900',
  orphaned: 'border-amber-200 bg-amber-50 text-amber-900',
} as const;

export function RevisionReportView({ report, t, testId = 'revision-report' }: { report: RevisionReport; t: Translate; testId?: string }) {
  const tiles = [
    { key: 'stayed', label: t('library.stayed'), n: report.stayed },
    { key: 'moved', label: t('library.moved'), n: report.moved },
    { key: 'orphaned', label: t('library.orphaned'), n: report.orphaned },
  ] as const;
  return (
    <div className="space-y-3" data-testid={testId} data-version={report.version}>
      <p className="text-sm text-stone-600">{t('library.reportLead')}</p>
      <dl className="grid grid-cols-3 gap-2">
        {tiles.map((tile) => (
          <div key={tile.key} className={`rounded-lg border px-3 py-2 text-center ${TONE[tile.key]} ${tile.key === 'orphaned' && tile.n === 0 ? 'opacity-70' : ''}`}>
            <dt className="text-xs">{tile.label}</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid={`report-${tile.key}`} data-count={tile.n}>
              {tile.n}
            </dd>
          </div>
        ))}
      </dl>
      {report.orphans.length > 0 && (
        <div>
          <h4 className="mb-1 text-sm font-semibold">{t('library.orphansTitle')}</h4>
          <ul className="space-y-2">
            {report.orphans.map((orphan) => (
              <li key={orphan.id} className="rounded-md border border-amber-200 bg-white p-2 text-sm" data-testid="report-orphan" data-id={orphan.id} data-reason={orphan.reason}>
                <blockquote lang="zh-CN" className="border-l-2 border-amber-400 pl-2 font-serif leading-relaxed text-stone-800">{orphan.exact}</blockquote>
                <p className="mt-1 text-xs text-stone-500">{reasonText(orphan.reason, t)}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
