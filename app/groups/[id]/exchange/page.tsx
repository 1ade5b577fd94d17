/**
 * /groups/[id]/exchange: export the group's annotations (all of them, or one finished session's) as W3C Web
 * Annotation JSON-LD, CSV or Markdown; leaders import a JSON-LD export from another group.
 *
 * Test hooks: export-group (links export-jsonld / export-csv / export-md), export-session (data-session-id, same
 * links), import-form (components/history/import-form.tsx).
 */
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { canLead } from '@/lib/domain/permissions';
import { serverT } from '@/lib/i18n/server';
import type { Translate } from '@/lib/i18n/messages';
import { getGroup } from '@/lib/services/groups';
import { listSessions } from '@/lib/services/sessions';
import { Crumbs, Notice } from '@/components/history/bits';
import { formatDate } from '@/lib/i18n/format';
import { ImportForm } from '@/components/history/import-form';
import { loadOrRefuse } from '@/components/history/load';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverT();
  return { title: t('exchange.title') };
}

const FORMATS = [
  { format: 'jsonld', label: 'exchange.jsonld' },
  { format: 'csv', label: 'exchange.csv' },
  { format: 'md', label: 'exchange.md' },
] as const;

function ExportLinks({ groupId, sessionId, locale, t }: { groupId: string; sessionId?: string; locale: string; t: Translate }) {
  return (
    <div className="flex flex-wrap gap-2">
      {FORMATS.map(({ format, label }) => (
        <a
          key={format}
          href={`/api/groups/${encodeURIComponent(groupId)}/export?format=${format}&lang=${locale}${sessionId ? `&sessionId=${encodeURIComponent(sessionId)}` : ''}`}
          download
          className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-800 hover:border-red-300 hover:text-red-800"
          data-testid={`export-${format}`}
        >
          {t(label)}
        </a>
      ))}
    </div>
  );
}

export default async function ExchangePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user, { t, locale, timeZone }] = await Promise.all([params, currentUser(), serverT()]);
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/groups/${id}/exchange`)}`);
  const group = await loadOrRefuse(getGroup(user.id, id));
  if (!group.ok) return <main className="mx-auto max-w-3xl px-4 py-8"><Notice tone="error">{t('history.notMember')}</Notice></main>;
  const sessions = await listSessions(user.id, id);
  const finished = sessions.past;
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-6 sm:py-8">
      <div>
        <Crumbs links={[{ href: `/groups/${id}`, label: group.value.name }]} />
        <h1 className="text-xl font-semibold">{t('exchange.title')}</h1>
        <p className="mt-1 text-sm text-stone-600">{t('exchange.intro')}</p>
      </div>

      <section className="space-y-2 rounded-lg border border-stone-200 bg-white p-4" data-testid="export-group">
        <h2 className="font-semibold">{t('exchange.exportGroup')}</h2>
        <ExportLinks groupId={id} locale={locale} t={t} />
        <p className="text-xs text-stone-500">{t('exchange.formatsHint')}</p>
      </section>

      <section className="space-y-2">
        <h2 className="font-semibold">{t('exchange.exportSessions')}</h2>
        {finished.length === 0 ? (
          <p className="text-sm text-stone-500">{t('exchange.noSessions')}</p>
        ) : (
          <ul className="space-y-2">
            {finished.map((s) => (
              <li key={s.id} className="space-y-2 rounded-lg border border-stone-200 bg-white p-3" data-testid="export-session" data-session-id={s.id}>
                <div className="text-sm">
                  <span className="font-medium">{s.title}</span>
                  <span className="ml-2 text-stone-500">
                    <span lang="zh-CN">《{s.textTitle}》</span> · {formatDate(s.startedAt ?? s.scheduledAt, locale, timeZone)}
                  </span>
                </div>
                <ExportLinks groupId={id} sessionId={s.id} locale={locale} t={t} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {canLead(group.value.role) && (
        <section className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
          <h2 className="font-semibold">{t('exchange.import')}</h2>
          <p className="text-sm text-stone-600">{t('exchange.importHint')}</p>
          <ImportForm groupId={id} />
        </section>
      )}
    </main>
  );
}
