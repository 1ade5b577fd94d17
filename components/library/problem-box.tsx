'use client';
/**
 * An upload or revision error, said plainly: a headline in the reader's language chosen by the server's code,
 * the server's own words underneath (they name the limit or the kind of file), the fields it names, and — for
 * uploads — that nothing was saved. Text only: the message is rendered as React text.
 */
import { useT } from '@/components/i18n/locale-provider';
import { problemHeadline, type UploadProblem } from './labels';

export function ProblemBox({ problem, maxBytes, nothingSaved = false, testId = 'upload-error' }: { problem: UploadProblem & { fields?: Record<string, string> }; maxBytes: number; nothingSaved?: boolean; testId?: string }) {
  const { t } = useT();
  const headline = problemHeadline(problem, t, maxBytes);
  const fieldNotes = Object.entries(problem.fields ?? {}).filter(([, note]) => note && note !== problem.message);
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900" data-testid={testId} data-code={problem.code}>
      <p className="font-semibold">
        {t('library.labelled', { label: t('library.errorTitle'), value: headline })}
      </p>
      {problem.message && problem.message !== headline && <p className="mt-1 break-words" data-testid="problem-message">{problem.message}</p>}
      {fieldNotes.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {fieldNotes.map(([field, note]) => (
            <li key={field}>
              <code className="text-xs">{field}</code> {note}
            </li>
          ))}
        </ul>
      )}
      {nothingSaved && <p className="mt-2 text-red-800/80">{t('library.nothingSaved')}</p>}
    </div>
  );
}
