/**
 * /texts/[id]/versions: every version of a text, newest first — who made it, when, why (the note), how many
 * blocks — with each revision's report (stayed / moved / orphaned, the orphans and why); under them the group's
 * annotations that a revision could not place. The group is the one that owns the text; for a text of the shared
 * starting library, `?group=` (one of the viewer's groups) picks whose annotations to list.
 *
 * Test hooks: version-item (data-number), version-author, version-note, version-report, version-first,
 * versions-revise; and revision-report.tsx's (with testId version-report) and unanchored-panel.tsx's.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { canLead } from '@/lib/domain/permissions';
import { formatDateTime } from '@/lib/i18n/format';
import { serverT } from '@/lib/i18n/server';
import { ServiceError } from '@/lib/services/errors';
import { listGroups } from '@/lib/services/groups';
import { listVersions } from '@/lib/services/library';
import { getText } from '@/lib/services/texts';
import { BackLinks } from '@/components/library/bits';
import { RevisionReportView } from '@/components/library/revision-report';
import { UnanchoredPanel } from '@/components/library/unanchored-panel';

export const dynamic = 'force-dynamic';

/** Dates as the group reads them: its members meet in China, whatever zone the server runs in. */

type Params = Promise<{ id: string }>;
type Query = Promise<{ group?: string | string[] }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverT();
  return { title: t('library.versionsTitle') };
}

function orNotFound(e: unknown): never {
  if (e instanceof ServiceError && e.status === 404) notFound();
  throw e;
}

export default async function VersionsPage({ params, searchParams }: { params: Params; searchParams: Query }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/texts/${id}/versions`)}`);
  const [{ t, locale, timeZone }, text, groups] = await Promise.all([serverT(), getText(user.id, id).catch(orNotFound), listGroups(user.id)]);
  const versions = await listVersions(user.id, text.id).catch(orNotFound);
  const wanted = Array.isArray(query.group) ? query.group[0] : query.group;
  const group = groups.find((g) => g.id === (text.ownerGroupId ?? wanted)) ?? null;
  const textHref = encodeURIComponent(text.id);
  const readerHref = `/read/${textHref}${group ? `?group=${encodeURIComponent(group.id)}` : ''}`;
  const isLeader = !!text.ownerGroupId && !!group && canLead(group.role);
  const when = (iso: string) => formatDateTime(iso, locale, timeZone);

  return (
    <main className="mx-auto max-w-3xl space-y-5 px-4 py-8">
      <div>
        <BackLinks
          links={[
            { href: readerHref, label: t('library.backToReader') },
            ...(group ? [{ href: `/groups/${encodeURIComponent(group.id)}/library`, label: t('library.groupLibrary') }] : []),
          ]}
        />
        <h1 className="text-xl font-semibold">{t('library.versionsTitle')}</h1>
        <p lang="zh-CN" className="mt-1 font-serif text-lg break-words text-stone-800">{text.title}</p>
        {isLeader && (
          <Link href={`/texts/${textHref}/edit`} className="mt-3 inline-block rounded-md bg-red-800 px-4 py-2 text-sm font-medium text-white hover:bg-red-900" data-testid="versions-revise">
            {t('library.revise')}
          </Link>
        )}
      </div>

      <ol className="space-y-4">
        {versions.map((v, i) => (
          <li key={v.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="version-item" data-number={v.number}>
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <h2 className="font-semibold">{t('library.versionN', { n: v.number })}</h2>
              {i === 0 && <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs text-red-800">{t('library.latest')}</span>}
              <span className="text-sm text-stone-500" data-testid="version-author">
                {t(v.number === 1 ? 'library.uploadedBy' : 'library.revisedBy', { name: v.createdBy?.name ?? t('library.someone') })}
              </span>
              <time className="text-sm text-stone-500" dateTime={v.createdAt}>
                {when(v.createdAt)}
              </time>
              <span className="text-xs text-stone-500">{t('library.countBlocks', { n: v.blockCount })}</span>
            </div>
            {v.note && (
              <p className="mt-2 whitespace-pre-wrap break-words text-stone-800" data-testid="version-note">
                {v.note}
              </p>
            )}
            <div className="mt-3">
              {v.report ? (
                <RevisionReportView report={v.report} t={t} testId="version-report" />
              ) : (
                <p className="text-sm text-stone-500" data-testid="version-first">
                  {t('library.noReport')}
                </p>
              )}
            </div>
          </li>
        ))}
      </ol>

      {group && <UnanchoredPanel textId={text.id} groupId={group.id} />}
    </main>
  );
}
