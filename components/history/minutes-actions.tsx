'use client';
/**
 * The minutes' buttons: print (the page's print stylesheet lays it out on A4), and the Markdown and Word downloads,
 * which the server builds from the same model as the page.
 *
 * Test hooks: minutes-actions, print-button, download-md, download-docx.
 */
import { useT } from '@/components/i18n/locale-provider';

export function MinutesActions({ sessionId }: { sessionId: string }) {
  const { t, locale } = useT();
  const file = (format: 'md' | 'docx') => `/api/sessions/${encodeURIComponent(sessionId)}/minutes?format=${format}&lang=${locale}`;
  const shape = 'inline-flex items-center gap-1.5 rounded-md border px-3 py-2 text-sm';
  const button = `${shape} border-stone-300 bg-white text-stone-800 hover:border-red-300 hover:text-red-800`;
  return (
    <div className="no-print flex flex-wrap gap-2" data-testid="minutes-actions">
      <button type="button" onClick={() => window.print()} className={`${shape} border-red-800 bg-red-800 font-medium text-white hover:bg-red-900`} data-testid="print-button">
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round">
          <path d="M4 6V2h8v4M4 12H2V6h12v6h-2M4 9h8v5H4z" />
        </svg>
        {t('minutes.print')}
      </button>
      <a href={file('md')} download className={button} data-testid="download-md">
        {t('minutes.downloadMd')}
      </a>
      <a href={file('docx')} download className={button} data-testid="download-docx">
        {t('minutes.downloadDocx')}
      </a>
    </div>
  );
}
