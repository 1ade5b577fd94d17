/**
 * /sessions/[id]: a study session's page — the reading page in session mode (components/reader/reader.tsx with
 * `session`): the session's range of its text, its own annotations and reflections kept live over the session's
 * stream, who is present, 跟学, and the leader's start/end. Members of the group only: anyone else, and an unknown
 * id, get a 404 (the service answers "not found" for both, so a session's existence is not revealed).
 */
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { currentUser } from '@/lib/auth/request-user';
import { ServiceError } from '@/lib/services/errors';
import { getGroup } from '@/lib/services/groups';
import { getSession } from '@/lib/services/sessions';
import { getText } from '@/lib/services/texts';
import { Reader } from '@/components/reader/reader';

export const dynamic = 'force-dynamic';

type Params = Promise<{ id: string }>;

/** The session as this user may see it, or null (unknown, or not a member): cached for the request. */
const loadSession = cache(async (userId: string, id: string) => {
  try {
    return await getSession(userId, id);
  } catch (error) {
    if (error instanceof ServiceError && error.status === 404) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ id }, user] = await Promise.all([params, currentUser()]);
  const session = user ? await loadSession(user.id, id) : null;
  return session ? { title: `${session.title} · ${session.textTitle}` } : {};
}

export default async function SessionPage({ params }: { params: Params }) {
  const [{ id }, user] = await Promise.all([params, currentUser()]);
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/sessions/${id}`)}`);
  const session = await loadSession(user.id, id);
  if (!session) notFound();

  const [text, group] = await Promise.all([
    // A session keeps the version it was scheduled on, even after the text is revised (../shared/DESIGN.md, rule 5).
    getText(user.id, session.textId, { versionId: session.versionId }).catch((error) => {
      if (error instanceof ServiceError && error.status === 404) notFound();
      throw error;
    }),
    getGroup(user.id, session.groupId),
  ]);

  return (
    <Reader
      key={session.id}
      text={text}
      groups={[{ id: group.id, name: group.name }]}
      groupId={session.groupId}
      viewer={{ id: user.id, name: user.name }}
      session={session}
    />
  );
}
