'use client';
/**
 * A thread's replies: each with its author, the one it answers, reactions, a button to answer it, and — for its
 * author or a leader — edit, delete and hide. A long reply is folded (foldable-text.tsx).
 */
import { useState } from 'react';
import { OriginalAuthor } from '@/components/annotations/original-author';
import { threadReplies } from '@/lib/domain/export/export-annotation';
import { useT } from '@/components/i18n/locale-provider';
import { CharCount, isTooLong } from './char-count';
import { ConfirmDelete } from './confirm-delete';
import { FoldableText } from './foldable-text';
import { useLive } from './live-context';
import { errorDetail } from './live-writes';
import { MentionInput, MentionText } from './mention-input';
import { PendingLabel } from './pending-label';
import { Reactions } from './reactions';
import { formatTime, type ClientAnnotation, type ClientReply, type ReaderUser } from './reader-model';
import { keepIfNeeded, smallButton, type ThreadUpdate } from './thread-update';

export function Replies({ annotation, viewer, onUpdate, onReplyTo }: { annotation: ClientAnnotation; viewer: ReaderUser; onUpdate: ThreadUpdate; onReplyTo?: (reply: ClientReply) => void }) {
  // A deleted reply stays (as "该内容已删除") only while live replies answer it, as in the exports and the API docs.
  const kept = new Set(threadReplies(annotation.replies).map(({ reply }) => reply.id));
  const shown = annotation.replies.filter((r) => kept.has(r.id));
  if (shown.length === 0) return null;
  const byId = new Map(annotation.replies.map((r) => [r.id, r]));
  return (
    <ol className="mt-3 space-y-2 border-t border-stone-100 pt-2">
      {shown.map((reply) => (
        <ReplyItem
          key={reply.id}
          annotation={annotation}
          reply={reply}
          parent={reply.parentId ? byId.get(reply.parentId) : undefined}
          viewer={viewer}
          onUpdate={onUpdate}
          onReplyTo={onReplyTo}
        />
      ))}
    </ol>
  );
}

function ReplyItem({ annotation, reply, parent, viewer, onUpdate, onReplyTo }: { annotation: ClientAnnotation; reply: ClientReply; parent?: ClientReply; viewer: ReaderUser; onUpdate: ThreadUpdate; onReplyTo?: (reply: ClientReply) => void }) {
  const { locale, t, timeZone } = useT();
  const { writes, isLeader } = useLive();
  const [isEditing, setEditing] = useState(false);
  const [body, setBody] = useState(reply.body);
  const [isSaving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isOwn = reply.author.id === viewer.id;
  const annotationId = annotation.id;
  const canAct = Boolean(writes) && !reply.deleted && !reply.pending;

  const replaceReply = (id: string, update: (r: ClientReply) => ClientReply) =>
    onUpdate((a) => keepIfNeeded({ ...a, replies: a.replies.map((r) => (r.id === id ? update(r) : r)) }));

  const change = async (patch: Partial<ClientReply>, send: () => Promise<unknown>) => {
    const before = Object.fromEntries(Object.keys(patch).map((k) => [k, reply[k as keyof ClientReply]])) as Partial<ClientReply>;
    setError(null);
    replaceReply(reply.id, (r) => ({ ...r, ...patch }));
    try {
      await send();
    } catch (e) {
      replaceReply(reply.id, (r) => ({ ...r, ...before }));
      setError(errorDetail(e, t('common.error')));
    }
  };

  const save = async () => {
    if (!writes) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await writes.updateReply(annotationId, reply.id, body);
      replaceReply(reply.id, (r) => ({ ...saved, reactions: r.reactions }));
      setEditing(false);
    } catch (e) {
      setError(errorDetail(e, t('common.error')));
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!writes) return;
    setError(null);
    try {
      await writes.deleteReply(annotationId, reply.id);
      replaceReply(reply.id, (r) => ({ ...r, deleted: true, body: '' }));
    } catch (e) {
      setError(errorDetail(e, t('common.error')));
    }
  };

  return (
    <li data-testid="reply" data-reply-id={reply.id} data-pending={reply.pending || undefined} data-hidden={reply.hidden || undefined} className={`text-sm ${reply.pending ? 'opacity-70' : ''}`}>
      <div className="flex flex-wrap items-center gap-x-2 text-xs text-stone-500">
        <span className="font-medium text-stone-800">{reply.author.name}</span>
        {!reply.deleted && <OriginalAuthor name={reply.originalAuthor} label={(name) => t('import.originalAuthor', { name })} />}
        {parent && <span data-testid="reply-parent">{t('reader.replyTo', { name: parent.originalAuthor ?? parent.author.name })}</span>}
        <time dateTime={reply.createdAt} suppressHydrationWarning>{formatTime(reply.createdAt, locale, t, timeZone)}</time>
        {reply.editedAt && !reply.deleted && <span>· {t('reader.edited')}</span>}
        {reply.hidden && isLeader && !reply.deleted && (
          <span data-testid="hidden-badge" className="rounded bg-stone-700 px-1.5 py-px text-[11px] text-white">
            {t('live.hiddenForMembers')}
          </span>
        )}
        {reply.pending && <PendingLabel saving={t('live.sending')} />}
      </div>
      {reply.deleted ? (
        <p className="text-stone-500 italic">{t('reader.deleted')}</p>
      ) : reply.hidden && !isLeader ? (
        <p className="text-stone-500 italic" data-testid="reply-hidden">
          {t('live.hiddenByLeader')}
        </p>
      ) : isEditing ? (
        <div className="mt-1 space-y-1.5">
          <MentionInput
            data-testid="edit-reply-input"
            value={body}
            onValueChange={setBody}
            selfId={viewer.id}
            rows={2}
            aria-describedby={`reply-count-${reply.id}`}
            className="w-full resize-y rounded border border-stone-300 px-2 py-1 text-sm focus:border-stone-500 focus:outline-none"
          />
          <CharCount text={body} id={`reply-count-${reply.id}`} testId="edit-reply-count" />
          <div className="flex justify-end gap-2">
            <button type="button" className="rounded px-2 py-1 text-xs text-stone-600 hover:bg-stone-100" onClick={() => setEditing(false)}>
              {t('reader.cancel')}
            </button>
            <button type="button" data-testid="edit-reply-save" disabled={isSaving || body.trim() === '' || isTooLong(body)} onClick={save} className="rounded bg-red-800 px-3 py-1 text-xs text-white disabled:opacity-60">
              {isSaving ? t('reader.saving') : t('reader.save')}
            </button>
          </div>
        </div>
      ) : (
        <FoldableText text={reply.body} testId="reply-body" className={`whitespace-pre-wrap break-words ${reply.hidden ? 'text-stone-500' : 'text-stone-800'}`}>
          <MentionText text={reply.body} />
        </FoldableText>
      )}
      {canAct && !isEditing && (
        <div className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
          {annotation.visibility === 'group' && !(reply.hidden && !isLeader) && (
            <Reactions
              reactions={reply.reactions}
              kinds={['agree']}
              viewerId={viewer.id}
              onSet={(kind, active, next) => change({ reactions: next }, () => writes!.setReaction('reply', reply.id, kind, active))}
            />
          )}
          {onReplyTo && !(reply.hidden && !isLeader) && (
            <button type="button" data-testid="reply-to" className={smallButton} onClick={() => onReplyTo(reply)} aria-label={t('reader.replyTo', { name: reply.originalAuthor ?? reply.author.name })}>
              {t('reader.replyToThis')}
            </button>
          )}
          {isLeader && annotation.visibility === 'group' && (
            <button
              type="button"
              data-testid="hide-reply-toggle"
              aria-pressed={reply.hidden}
              className={smallButton}
              onClick={() => change({ hidden: !reply.hidden }, () => writes!.hideReply(annotationId, reply.id, !reply.hidden))}
            >
              {reply.hidden ? t('live.unhide') : t('live.hide')}
            </button>
          )}
          {isOwn && (
            <>
              <button
                type="button"
                data-testid="edit-reply"
                className={smallButton}
                onClick={() => {
                  setBody(reply.body);
                  setEditing(true);
                }}
              >
                {t('reader.edit')}
              </button>
              <ConfirmDelete testId="delete-reply" onConfirm={remove} />
            </>
          )}
        </div>
      )}
      {error && <p className="text-xs text-red-700" role="alert">{error}</p>}
    </li>
  );
}
