/**
 * /groups/[id]/library: the group's own texts (each with 阅读 / 修订 / 版本) and the shared starting library. Leaders
 * add texts from here, by uploading a file or pasting it.
 *
 * Test hooks: library-upload, library-paste, own-text (data-text-id), own-empty, shared-text (data-text-id),
 * text-read, text-revise, text-versions.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { canLead } from '@/lib/domain/permissions';
import { serverT } from '@/lib/i18n/server';
import { ServiceError } from '@/lib/services/errors';
import { getGroup } from '@/lib/services/groups';
import { listTexts, type TextSummaryDTO } from '@/lib/services/texts';
import type { Translate } from '@/lib/i18n/messages';
import { BackLinks, LibraryNotice, TextCard, type CardLink } from '@/components/library/bits';

export const dynamic = 'force-dynamic';

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverT();
  return { title: t('library.groupLibrary') };
}

function metaLine(text: TextSummaryDTO, t: Translate, locale: string): string {
  return [text.byline, t('library.versionN', { n: text.version }), t('library.chars', { n: text.charCount.toLocaleString(locale) })].filter(Boolean).join(' · ');
}

export default async function GroupLibraryPage({ params }: { params: Params }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/groups/${id}/library`)}`);
  const group = await getGroup(user.id, id).catch((e) => {
    if (e instanceof ServiceError && e.status === 404) notFound();
    throw e;
  });
  const [{ t, locale }, texts] = await Promise.all([serverT(), listTexts(user.id)]);
  const isLeader = canLead(group.role);
  const own = texts.filter((x) => x.ownerGroupId === group.id);
  const shared = texts.filter((x) => x.ownerGroupId === null);
  const readHref = (textId: string) => `/read/${encodeURIComponent(textId)}?group=${encodeURIComponent(group.id)}`;
  const newHref = `/groups/${encodeURIComponent(group.id)}/library/new`;

  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <div>
        <BackLinks links={[{ href: `/groups/${encodeURIComponent(group.id)}`, label: group.name }]} />
        <h1 className="text-xl font-semibold">{t('library.groupLibrary')}</h1>
      </div>

      {isLeader && (
        <div className="flex flex-wrap gap-2">
          <Link href={newHref} className="rounded-md bg-red-800 px-4 py-2 text-sm font-medium text-white hover:bg-red-900" data-testid="library-upload">
            {t('library.upload')}
          </Link>
          <Link href={`${newHref}?mode=paste`} className="rounded-md border border-red-800 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50" data-testid="library-paste">
            {t('library.paste')}
          </Link>
        </div>
      )}

      <section className="space-y-3">
        <h2 className="font-semibold">{t('library.ownTexts')}</h2>
        {own.length === 0 ? (
          <LibraryNotice testId="own-empty">
            {t('library.ownEmpty')} {isLeader && t('library.ownEmptyLeader')}
          </LibraryNotice>
        ) : (
          <ul className="space-y-3">
            {own.map((text) => {
              const links: CardLink[] = [
                { href: readHref(text.id), label: t('library.read'), testId: 'text-read', primary: true },
                ...(isLeader ? [{ href: `/texts/${encodeURIComponent(text.id)}/edit`, label: t('library.revise'), testId: 'text-revise' }] : []),
                { href: `/texts/${encodeURIComponent(text.id)}/versions`, label: t('library.versions'), testId: 'text-versions' },
              ];
              return <TextCard key={text.id} textId={text.id} testId="own-text" title={text.title} subtitle={text.subtitle} meta={metaLine(text, t, locale)} links={links} />;
            })}
          </ul>
        )}
      </section>

      <section className="space-y-3">
        <div>
          <h2 className="font-semibold">{t('library.shared')}</h2>
          <p className="text-xs text-stone-500">{t('library.sharedHint')}</p>
        </div>
        {shared.length === 0 ? (
          <LibraryNotice>{t('library.empty')}</LibraryNotice>
        ) : (
          <ul className="space-y-3">
            {shared.map((text) => (
              <TextCard
                key={text.id}
                textId={text.id}
                testId="shared-text"
                title={text.title}
                subtitle={text.subtitle}
                meta={metaLine(text, t, locale)}
                links={[{ href: readHref(text.id), label: t('library.read'), testId: 'text-read', primary: true }]}
              />
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
