/**
 * /groups/[id]/library/new?mode=upload|paste: a leader adds a text to the group's library — a file or pasted
 * text, previewed (outline, title, encoding, counts) and corrected before anything is saved. Members are told
 * that only leaders add texts.
 *
 * Test hooks: new-text-leader-only; and new-text-form.tsx's.
 */
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/request-user';
import { canLead } from '@/lib/domain/permissions';
import { serverT } from '@/lib/i18n/server';
import { ServiceError } from '@/lib/services/errors';
import { getGroup } from '@/lib/services/groups';
import { MAX_TEXT_BYTES } from '@/lib/services/library';
import { BackLinks, LibraryNotice } from '@/components/library/bits';
import { NewTextForm } from '@/components/library/new-text-form';

export const dynamic = 'force-dynamic';

type Params = Promise<{ id: string }>;
type Query = Promise<{ mode?: string | string[] }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await serverT();
  return { title: t('library.newTitle') };
}

export default async function NewTextPage({ params, searchParams }: { params: Params; searchParams: Query }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/groups/${id}/library/new`)}`);
  const group = await getGroup(user.id, id).catch((e) => {
    if (e instanceof ServiceError && e.status === 404) notFound();
    throw e;
  });
  const { t } = await serverT();
  const mode = (Array.isArray(query.mode) ? query.mode[0] : query.mode) === 'paste' ? 'paste' : 'upload';
  const groupHref = `/groups/${encodeURIComponent(group.id)}`;

  return (
    <main className="mx-auto max-w-3xl space-y-4 px-4 py-8">
      <div>
        <BackLinks
          links={[
            { href: `${groupHref}/library`, label: t('library.groupLibrary'), testId: 'back-to-library' },
            { href: groupHref, label: group.name },
          ]}
        />
        <h1 className="text-xl font-semibold">{t('library.newTitle')}</h1>
      </div>
      {canLead(group.role) ? (
        <NewTextForm groupId={group.id} maxBytes={MAX_TEXT_BYTES} initialMode={mode} />
      ) : (
        <LibraryNotice tone="warn" testId="new-text-leader-only">
          {t('library.errorForbidden')}
        </LibraryNotice>
      )}
    </main>
  );
}
