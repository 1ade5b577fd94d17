'use client';
/**
 * One annotation's thread: the quote, who marked it and how, the note, reactions (赞同 / 同问), the replies and a
 * reply box. Its author may edit or delete it (with a confirmation step in the card itself, which a phone shows
 * better than a dialog); the author or a leader marks it resolved; leaders pin it to the top and hide what is
 * improper (hidden items stay on leaders' pages, marked, and leave members'). Writes go over the socket: a reply
 * written offline shows at once as waiting and is sent when the connection is back. Everything people wrote is
 * rendered as React text, so markup in a note shows literally.
 */
import { memo, useState } from 'react';
import { OriginalAuthor } from '@/components/annotations/original-author';
import { KIND_STYLE } from '@/components/annotations/kind-style';
import { kindLabel } from '@/lib/i18n/messages';
import { useT } from '@/components/i18n/locale-provider';
import { ConfirmDelete } from './confirm-delete';
import { EditAnnotation } from './edit-annotation';
import { FoldableText } from './foldable-text';
import { useLive } from './live-context';
import { errorDetail } from './live-writes';
import { MentionText } from './mention-input';
import { PendingLabel } from './pending-label';
import { Reactions } from './reactions';
import { formatTime, kindOf, type ClientAnnotation, type ClientReply, type ReaderUser } from './reader-model';
import { Replies } from './replies';
import { ReplyBox } from './reply-box';
import { keepIfNeeded, smallButton, type ThreadUpdate } from './thread-update';

export type { ThreadUpdate } from './thread-update';

interface Props {
  annotation: ClientAnnotation;
  viewer: ReaderUser;
  isActive: boolean;
  /** new (by someone else) since the viewer's previous visit */
  isUnread?: boolean;
  /** false when the passage is not in the version on the page */
  isAnchored: boolean;
  onLocate: (id: string) => void;
  onUpdate: (id: string, update: Parameters<ThreadUpdate>[0]) => void;
}

export const ThreadCard = memo(function ThreadCard({ annotation, viewer, isActive, isUnread = false, isAnchored, onLocate, onUpdate: onUpdateById }: Props) {
  const { locale, t, timeZone } = useT();
  const { writes, isLeader } = useLive();
  const [isEditing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** the reply the reply box answers (its parentId); null: the thread itself */
  const [replyingTo, setReplyingTo] = useState<ClientReply | null>(null);
  const isOwn = annotation.author.id === viewer.id;
  const kind = kindOf(annotation.kind);
  const onUpdate: ThreadUpdate = (update) => onUpdateById(annotation.id, update);
  const isShared = annotation.visibility === 'group';
  const canAct = Boolean(writes) && !annotation.deleted && !annotation.pending;

  /** Shows a change at once and sends it; a refusal puts the thread back as it was and says why. */
  const change = async (patch: Partial<ClientAnnotation>, send: () => Promise<unknown>) => {
    const before = Object.fromEntries(Object.keys(patch).map((k) => [k, annotation[k as keyof ClientAnnotation]])) as Partial<ClientAnnotation>;
    setError(null);
    onUpdate((a) => ({ ...a, ...patch }));
    try {
      await send();
    } catch (e) {
      onUpdate((a) => ({ ...a, ...before }));
      setError(errorDetail(e, t('common.error')));
    }
  };

  const remove = async () => {
    if (!writes) return;
    setError(null);
    try {
      await writes.deleteAnnotation(annotation.id);
      onUpdate((a) => keepIfNeeded({ ...a, deleted: true, note: '' }));
    } catch (e) {
      setError(errorDetail(e, t('common.error')));
    }
  };

  return (
    <article
      data-testid="thread"
      data-annotation-id={annotation.id}
      data-pinned={annotation.pinned || undefined}
      data-unread={isUnread || undefined}
      data-resolved={annotation.resolved || undefined}
      data-hidden={annotation.hidden || undefined}
      aria-current={isActive ? 'true' : undefined}
      // focused when its highlight is opened by keyboard (reader.tsx openThread)
      tabIndex={-1}
      className={`rounded-lg outline-offset-2 border p-3 text-sm shadow-sm transition-shadow ${annotation.hidden ? 'border-dashed bg-stone-100' : 'bg-white'} ${
        isActive ? 'border-amber-500 ring-2 ring-amber-300/70' : annotation.pinned ? 'border-red-300' : 'border-stone-200'
      }`}
    >
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-500">
        {isUnread && (
          <span data-testid="unread-badge" className="rounded bg-red-700 px-1.5 py-px font-medium text-white">
            {t('live.unread')}
          </span>
        )}
        {annotation.pinned && (
          <span data-testid="pinned-badge" className="rounded bg-red-50 px-1.5 py-px font-medium text-red-800">
            {t('live.pinned')}
          </span>
        )}
        {!annotation.deleted && (
          <span className="flex items-center gap-1 font-medium text-stone-700">
            <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-full ${KIND_STYLE[kind].swatch}`} />
            {kindLabel(kind, locale)}
          </span>
        )}
        <span className="font-medium text-stone-800">{annotation.author.name}</span>
        {!annotation.deleted && <OriginalAuthor name={annotation.originalAuthor} label={(name) => t('import.originalAuthor', { name })} />}
        <time dateTime={annotation.createdAt} suppressHydrationWarning>{formatTime(annotation.createdAt, locale, t, timeZone)}</time>
        {annotation.editedAt && !annotation.deleted && <span>· {t('reader.edited')}</span>}
        {annotation.visibility === 'private' && (
          <span data-testid="private-badge" className="rounded border border-dashed border-stone-400 px-1.5 py-px text-[11px] text-stone-600">
            {t('reader.privateBadge')}
          </span>
        )}
        {annotation.resolved && (
          <span data-testid="resolved-badge" className="rounded bg-emerald-50 px-1.5 py-px text-emerald-800">
            ✓ {t('live.resolved')}
          </span>
        )}
        {annotation.hidden && (
          <span data-testid="hidden-badge" className="rounded bg-stone-700 px-1.5 py-px text-[11px] text-white">
            {t('live.hiddenForMembers')}
          </span>
        )}
        {annotation.pending && <PendingLabel saving={t('reader.saving')} />}
      </header>

      <blockquote lang="zh-CN" className="mt-2 border-l-2 border-stone-300 pl-2 font-serif text-stone-600">
        {isAnchored && !annotation.deleted ? (
          <>
            <button type="button" onClick={() => onLocate(annotation.id)} title={t('reader.locate')} className="line-clamp-2 text-left hover:text-stone-900">
              {annotation.exact}
            </button>
            {annotation.movedInVersion !== null && (
              <span data-testid="moved-badge" data-version={annotation.movedInVersion} className="mt-1 block font-sans text-xs text-sky-800">
                {t('reader.movedByRevision', { n: annotation.movedInVersion })}
              </span>
            )}
          </>
        ) : (
          <>
            <span className="line-clamp-2">{annotation.exact}</span>
            {!isAnchored && <span className="mt-1 block font-sans text-xs text-stone-500">{t('reader.orphaned')}</span>}
          </>
        )}
      </blockquote>

      {annotation.deleted ? (
        <p className="mt-2 text-stone-500 italic" data-testid="thread-deleted">
          {t('reader.deleted')}
        </p>
      ) : isEditing ? (
        <EditAnnotation annotation={annotation} viewer={viewer} onDone={() => setEditing(false)} onUpdate={onUpdate} />
      ) : (
        annotation.note && (
          <FoldableText text={annotation.note} testId="thread-note" className="mt-2 whitespace-pre-wrap break-words text-stone-900">
            <MentionText text={annotation.note} />
          </FoldableText>
        )
      )}

      {canAct && !isEditing && (
        <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1.5 text-xs">
          {isShared && (
            <Reactions
              reactions={annotation.reactions}
              kinds={kind === 'question' ? ['agree', 'same-question'] : ['agree']}
              viewerId={viewer.id}
              onSet={(reactionKind, active, next) =>
                change({ reactions: next }, () => writes!.setReaction('annotation', annotation.id, reactionKind, active))
              }
            />
          )}
          <span className="ml-auto flex flex-wrap items-center gap-x-3 gap-y-1">
            {(isOwn || isLeader) && (
              <button
                type="button"
                data-testid="resolve-toggle"
                aria-pressed={annotation.resolved}
                className={smallButton}
                onClick={() => change({ resolved: !annotation.resolved }, () => writes!.resolveAnnotation(annotation.id, !annotation.resolved))}
              >
                {annotation.resolved ? t('live.reopen') : t('live.resolve')}
              </button>
            )}
            {isLeader && isShared && (
              <button
                type="button"
                data-testid="pin-toggle"
                aria-pressed={annotation.pinned}
                className={smallButton}
                onClick={() => change({ pinned: !annotation.pinned }, () => writes!.pinAnnotation(annotation.id, !annotation.pinned))}
              >
                {annotation.pinned ? t('live.unpin') : t('live.pin')}
              </button>
            )}
            {isLeader && isShared && (
              <button
                type="button"
                data-testid="hide-toggle"
                aria-pressed={annotation.hidden}
                className={smallButton}
                onClick={() => change({ hidden: !annotation.hidden }, () => writes!.hideAnnotation(annotation.id, !annotation.hidden))}
              >
                {annotation.hidden ? t('live.unhide') : t('live.hide')}
              </button>
            )}
            {isOwn && (
              <>
                <button type="button" data-testid="edit-annotation" className={smallButton} onClick={() => setEditing(true)}>
                  {t('reader.edit')}
                </button>
                <ConfirmDelete testId="delete-annotation" onConfirm={remove} />
              </>
            )}
          </span>
        </div>
      )}
      {error && <p className="mt-2 text-xs text-red-700" role="alert">{error}</p>}

      <Replies annotation={annotation} viewer={viewer} onUpdate={onUpdate} onReplyTo={canAct ? setReplyingTo : undefined} />
      {canAct && <ReplyBox annotationId={annotation.id} viewer={viewer} onUpdate={onUpdate} replyingTo={replyingTo} onStopReplyingTo={() => setReplyingTo(null)} />}
    </article>
  );
});
