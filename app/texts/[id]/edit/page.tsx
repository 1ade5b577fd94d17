/**
 * /texts/[id]/edit: a leader of the group that owns the text edits its source and saves a new version; the page
 * then shows the revision report. Members, and texts of the shared starting library, get a plain explanation.
 *
 * Test hooks: edit-leader-only, edit-shared-readonly; and revision-form.tsx's.
 */
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { canLead } from '@/lib/domain/permissions';
import { serverT } from '@/lib/i18n/server';
import { ServiceError } from '@/lib/services/errors';
import { getGroup } from '@/lib/services/groups';
import { MAX_TEXT_BYTES, getTextSource } from '@/lib/services/library';
import { getText } from '@/lib/services/texts';
import { BackLinks, LibraryNotice } from '@/components/library/bits';
import { RevisionForm } from '@/components/library/revision-form';

export const dynamic = 'force-dynamic';

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverT();
  return { title: t('library.revisePage') };
}

/** An unknown (or not visible) id is the 404 page; anything else is a real failure. */
function orNotFound(e: unknown): never {
  if (e instanceof ServiceError && e.status === 404) notFound();
  throw e;
}

export default async function EditTextPage({ params }: { params: Params }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/texts/${id}/edit`)}`);
  const [{ t }, text] = await Promise.all([serverT(), getText(user.id, id).catch(orNotFound)]);
  const textHref = encodeURIComponent(text.id);

  const header = (links: { href: string; label: string }[]) => (
    <div>
      <BackLinks links={links} />
      <h1 className="text-xl font-semibold">{t('library.revisePage')}</h1>
      <p lang="zh-CN" className="mt-1 font-serif text-lg break-words text-stone-800">{text.title}</p>
    </div>
  );

  if (!text.ownerGroupId) {
    return (
      <main className="mx-auto max-w-3xl space-y-4 px-4 py-8">
        {header([{ href: `/read/${textHref}`, label: t('library.backToReader') }])}
        <LibraryNotice tone="warn" testId="edit-shared-readonly">
          {t('library.sharedReadOnly')}
        </LibraryNotice>
      </main>
    );
  }

  const group = await getGroup(user.id, text.ownerGroupId).catch(orNotFound);
  const readerHref = `/read/${textHref}?group=${encodeURIComponent(group.id)}`;
  const links = [
    { href: readerHref, label: t('library.backToReader') },
    { href: `/groups/${encodeURIComponent(group.id)}/library`, label: t('library.groupLibrary') },
    { href: `/texts/${textHref}/versions`, label: t('library.versions') },
  ];
  if (!canLead(group.role)) {
    return (
      <main className="mx-auto max-w-3xl space-y-4 px-4 py-8">
        {header(links)}
        <LibraryNotice tone="warn" testId="edit-leader-only">
          {t('library.leaderOnly')}
        </LibraryNotice>
      </main>
    );
  }

  const { source, version } = await getTextSource(user.id, text.id).catch(orNotFound);
  return (
    <main className="mx-auto max-w-4xl space-y-4 px-4 py-8">
      {header(links)}
      <p className="text-sm text-stone-600">{t('library.reviseHint')}</p>
      <RevisionForm textId={text.id} groupId={group.id} initialSource={source} initialVersion={version} maxBytes={MAX_TEXT_BYTES} />
    </main>
  );
}
