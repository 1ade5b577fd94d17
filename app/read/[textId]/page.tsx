/**
 * /read/[textId]?group=<groupId>: a text as a structured document for a group to annotate. The server loads the
 * text and the reader's groups; the group comes from `?group=` when the reader belongs to it, else their first.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { currentUser } from '@/lib/auth/request-user';
import { FIRST_CHUNK, PAGE_BLOCKS, readingPages } from '@/lib/domain/reading-pages';
import { listFirstThreads } from '@/lib/services/first-threads';
import { ServiceError } from '@/lib/services/errors';
import { listGroups } from '@/lib/services/groups';
import { getText } from '@/lib/services/texts';
import { Reader } from '@/components/reader/reader';

export const dynamic = 'force-dynamic';

type Params = Promise<{ textId: string }>;
type SearchParams = Promise<{ group?: string | string[] }>;

/** The text as this reader may see it, or null for an unknown (or not visible) text. Cached for the request. */
const loadText = cache(async (userId: string | null, textId: string) => {
  try {
    return await getText(userId, textId);
  } catch (error) {
    if (error instanceof ServiceError && error.status === 404) return null;
    throw error;
  }
});

/** Next hands params over still percent-encoded in some versions; a stray "%" must not crash the page. */
function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { textId } = await params;
  const user = await currentUser();
  const text = await loadText(user?.id ?? null, decodeParam(textId));
  return text ? { title: text.title, description: text.subtitle ?? undefined } : {};
}

export default async function ReadPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ textId }, query, user] = await Promise.all([params, searchParams, currentUser()]);
  const text = await loadText(user?.id ?? null, decodeParam(textId));
  if (!text) notFound();

  const groups = user ? await listGroups(user.id) : [];
  const wanted = Array.isArray(query.group) ? query.group[0] : query.group;
  const group = groups.find((g) => g.id === wanted) ?? groups[0] ?? null;
  // The first page's first threads come with the HTML: its highlights are drawn before any script runs. The page's
  // further chunks, and the pages after it, are loaded by the browser (use-live-annotations.ts); so is everything
  // when this read fails.
  const [firstPage] = readingPages(text.blocks.map((b) => b.id), PAGE_BLOCKS);
  const first =
    user && group && firstPage
      ? await listFirstThreads(user.id, { groupId: group.id, textId: text.id, versionId: text.versionId, from: firstPage.from, to: firstPage.to, limit: FIRST_CHUNK }).catch(() => undefined)
      : undefined;

  return (
    <Reader
      // A new group is a new set of threads: start its state afresh.
      key={group?.id ?? 'none'}
      text={text}
      groups={groups.map((g) => ({ id: g.id, name: g.name }))}
      groupId={group?.id ?? null}
      viewer={user ? { id: user.id, name: user.name } : null}
      firstThreads={first && { ...first, page: firstPage.key }}
    />
  );
}
