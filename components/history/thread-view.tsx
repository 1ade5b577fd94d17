/**
 * One annotation's thread as the look-back pages show it: who marked what and when (and in which session), the
 * note, and the replies indented under what they answer; links to the passage in the text and to its history.
 */
import Link from 'next/link';
import { OriginalAuthor } from '@/components/annotations/original-author';
import type { Locale, Translate } from '@/lib/i18n/messages';
import type { AnnotationDTO, ReplyDTO } from '@/lib/services/annotation-dto';
import { KindBadge, Quote } from './bits';
import { passageHistoryHref, passageHref } from './format';
import { formatDateTime } from '@/lib/i18n/format';

interface Props {
  thread: AnnotationDTO;
  groupId: string;
  t: Translate;
  locale: Locale;
  timeZone: string;
  /** session titles by id, to say where a thread was written */
  sessionTitles: ReadonlyMap<string, string>;
  showQuote?: boolean;
  /** false on the passage page itself */
  linkPassageHistory?: boolean;
}

/** Replies in thread order, each with its depth (1 answers the note, 2 answers a reply …). */
function withDepth(replies: readonly ReplyDTO[]): { reply: ReplyDTO; depth: number }[] {
  const byParent = new Map<string | null, ReplyDTO[]>();
  const ids = new Set(replies.map((r) => r.id));
  for (const r of replies) {
    const parent = r.parentId && ids.has(r.parentId) ? r.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), r]);
  }
  const out: { reply: ReplyDTO; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const r of byParent.get(parent) ?? []) {
      out.push({ reply: r, depth });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 1);
  return out;
}

export function SessionTag({ sessionId, sessionTitles, t }: { sessionId: string | null; sessionTitles: ReadonlyMap<string, string>; t: Translate }) {
  const title = sessionId ? sessionTitles.get(sessionId) : undefined;
  if (sessionId && title) {
    return (
      <Link href={`/sessions/${sessionId}/history`} className="truncate text-xs text-stone-500 underline decoration-stone-300 hover:text-red-800">
        {t('history.inSession', { title })}
      </Link>
    );
  }
  return <span className="text-xs text-stone-500">{t('history.outsideSession')}</span>;
}

export function ThreadView({ thread, groupId, t, locale, timeZone, sessionTitles, showQuote = true, linkPassageHistory = true }: Props) {
  const replies = withDepth(thread.replies);
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-3 text-sm sm:p-4" data-testid="history-thread" data-annotation-id={thread.id}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="font-medium text-stone-900">{thread.deleted ? t('history.deleted') : thread.author.name}</span>
        {!thread.deleted && <OriginalAuthor name={thread.originalAuthor} label={(name) => t('import.originalAuthor', { name })} />}
        <KindBadge kind={thread.kind} locale={locale} />
        <time className="text-xs text-stone-500" dateTime={thread.createdAt}>{formatDateTime(thread.createdAt, locale, timeZone)}</time>
        {thread.visibility === 'private' && <span className="rounded bg-stone-700 px-1.5 text-xs text-white">{t('history.private')}</span>}
        {thread.resolved && <span className="rounded bg-emerald-100 px-1.5 text-xs text-emerald-800">{t('history.resolved')}</span>}
        {thread.hidden && <span className="rounded bg-stone-200 px-1.5 text-xs text-stone-600">{t('history.hidden')}</span>}
        <SessionTag sessionId={thread.sessionId} sessionTitles={sessionTitles} t={t} />
      </div>
      {showQuote && <Quote text={thread.exact} className="mt-2" />}
      {thread.note && <p className="mt-2 whitespace-pre-wrap text-stone-800" data-testid="history-note">{thread.note}</p>}
      {replies.length > 0 && (
        <ul className="mt-3 space-y-2 border-t border-stone-100 pt-2">
          {replies.map(({ reply, depth }) => (
            <li key={reply.id} style={{ marginInlineStart: `${Math.min(depth - 1, 3) * 1}rem` }} data-testid="history-reply">
              <div className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-medium text-stone-800">{reply.deleted ? '' : reply.author.name}</span>
                {!reply.deleted && <OriginalAuthor name={reply.originalAuthor} label={(name) => t('import.originalAuthor', { name })} />}
                <time className="text-xs text-stone-500" dateTime={reply.createdAt}>{formatDateTime(reply.createdAt, locale, timeZone)}</time>
              </div>
              <p className={`whitespace-pre-wrap ${reply.deleted || reply.hidden ? 'text-stone-500' : 'text-stone-700'}`}>{reply.deleted ? t('history.deleted') : reply.body}</p>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs">
        <Link href={passageHref(groupId, thread.textId, { annotationId: thread.id })} className="text-red-800 underline" data-testid="thread-passage-link">
          {t('history.readInText')}
        </Link>
        {linkPassageHistory && (
          <Link href={passageHistoryHref(groupId, thread.blockId)} className="text-stone-600 underline" data-testid="thread-history-link">
            {t('history.passageThreads')}
          </Link>
        )}
      </div>
    </article>
  );
}
