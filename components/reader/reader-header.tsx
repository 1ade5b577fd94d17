'use client';
/**
 * The top of the reading page: title, subtitle, byline and version; then either the session's header (its
 * status, range and the leader's start/end) or the group picker (or why the reader cannot annotate); then the book's
 * metadata.
 */
import Link from 'next/link';
import type { TextDTO } from '@/lib/services/texts';
import { useT } from '@/components/i18n/locale-provider';
import { SessionHeader } from '@/components/session/session-header';
import type { ViewerSession } from '@/components/session/use-live-session';
import { BookInfo } from './book-info';
import { GroupPicker } from './group-picker';

type Translate = ReturnType<typeof useT>['t'];

/** Why no highlight can be made here, with the way out (sign in, join a group); null when one can. */
export function annotateHint(t: Translate, text: TextDTO, session: ViewerSession | null, isSignedIn: boolean, groupId: string | null): React.ReactNode {
  const signInHref = `/signin?callbackUrl=${encodeURIComponent(session ? `/sessions/${session.id}` : `/read/${text.id}`)}`;
  return !isSignedIn ? (
    <>
      {t('reader.signInToAnnotate')}{' '}
      <Link href={signInHref} className="font-medium text-red-800 underline underline-offset-2">
        {t('nav.signin')}
      </Link>
    </>
  ) : !groupId ? (
    <>
      {t('reader.joinGroupToAnnotate')}{' '}
      <Link href="/groups" className="font-medium text-red-800 underline underline-offset-2">
        {t('reader.goToGroups')}
      </Link>
    </>
  ) : session && session.status === 'scheduled' ? (
    t('live.notStartedHint')
  ) : session && session.status === 'ended' ? (
    t('live.endedHint')
  ) : null;
}

interface Props {
  text: TextDTO;
  groups: { id: string; name: string }[];
  groupId: string | null;
  session: ViewerSession | null;
  range: { from: string; to: string } | null;
  canControl: boolean;
  onStart: () => Promise<void>;
  onEnd: () => Promise<void>;
  canAnnotate: boolean;
  hint: React.ReactNode;
}

export function ReaderHeader({ text, groups, groupId, session, range, canControl, onStart, onEnd, canAnnotate, hint }: Props) {
  const { t } = useT();
  const groupName = groups.find((g) => g.id === groupId)?.name ?? null;
  return (
    <header className="mx-auto max-w-[40rem] border-b border-stone-200 pt-8 pb-5">
      {/* reading matter is Chinese whatever the UI's language: marked so, for screen readers and fonts */}
      <h1 lang="zh-CN" className="font-serif text-2xl leading-snug font-bold text-stone-900 sm:text-3xl">{text.title}</h1>
      {text.subtitle && <p lang="zh-CN" className="mt-2 font-serif text-base text-stone-600 sm:text-lg">{text.subtitle}</p>}
      <p className="mt-3 text-sm text-stone-500">
        <span lang="zh-CN">{text.byline}</span>
        {text.byline && ' · '}
        {t('reader.version', { n: text.version })}
      </p>
      {session ? (
        <SessionHeader session={session} groupName={groupName} range={range} canControl={canControl} onStart={onStart} onEnd={onEnd} />
      ) : (
        <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
          {groupId && groups.length > 0 ? (
            <GroupPicker textId={text.id} groups={groups} groupId={groupId} />
          ) : (
            <p className="text-sm text-stone-600" data-testid="annotate-hint">
              {hint}
            </p>
          )}
          {canAnnotate && <p className="hidden text-xs text-stone-500 sm:block">{t('reader.selectionHint')}</p>}
        </div>
      )}
      <BookInfo metadata={text.metadata} toc={text.toc} />
    </header>
  );
}
