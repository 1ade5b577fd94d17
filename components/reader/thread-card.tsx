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
import type { AnnotationKind } from '@/lib/domain/annotation-kinds';
import { KIND_STYLE } from '@/components/annotations/kind-style';
import { kindLabel } from '@/lib/i18n/messages';
import { threadReplies } from '@/lib/domain/export/export-annotation';
import { useT } from '@/components/i18n/locale-provider';
import * as api from './annotations-api';
import { KindPicker } from './kind-picker';
import { useLive, useLiveStatus } from './live-context';
import { errorDetail, type ReactionKind } from './live-writes';
import { MentionInput, MentionText } from './mention-input';
import { formatTime, kindOf, type ClientAnnotation, type ClientReply, type ReaderUser } from './reader-model';

/** Applies a change to this thread; returning null takes it off the page. */
export type ThreadUpdate = (update: (annotation: ClientAnnotation) => ClientAnnotation | null) => void;

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

/** What is left of a thread after a change: a deleted annotation stays only while it holds live replies. */
function keepIfNeeded(annotation: ClientAnnotation): ClientAnnotation | null {
  return annotation.deleted && !annotation.replies.some((r) => !r.deleted) ? null : annotation;
}

const smallButton = 'text-stone-500 hover:text-stone-900 disabled:opacity-50';

export const ThreadCard = memo(function ThreadCard({ annotation, viewer, isActive, isUnread = false, isAnchored, onLocate, onUpdate: onUpdateById }: Props) {
  const { locale, t } = useT();
  const { writes, isLeader } = useLive();
  const [isEditing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
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
      className={`rounded-lg border p-3 text-sm shadow-sm transition-shadow ${annotation.hidden ? 'border-dashed bg-stone-100' : 'bg-white'} ${
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
        <time dateTime={annotation.createdAt}>{formatTime(annotation.createdAt, locale, t)}</time>
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
          <p data-testid="thread-note" className="mt-2 whitespace-pre-wrap break-words text-stone-900">
            <MentionText text={annotation.note} />
          </p>
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

      <Replies annotation={annotation} viewer={viewer} onUpdate={onUpdate} />
      {canAct && <ReplyBox annotationId={annotation.id} viewer={viewer} onUpdate={onUpdate} />}
    </article>
  );
});

/** "保存中…" while the connection is up; "待发送" while it is down and the write waits in the outbox. */
export function PendingLabel({ saving }: { saving: string }) {
  const { t } = useT();
  const { state } = useLiveStatus();
  return (
    <span data-testid="pending-label" className="text-amber-700">
      {state === 'online' ? saving : t('live.queued')}
    </span>
  );
}

const REACTION_LABEL = { agree: 'live.agree', 'same-question': 'live.sameQuestion' } as const;

/** 赞同 / 同问 with their counts; pressed when the viewer has reacted. Sets (not toggles) on the server. */
export function Reactions({
  reactions,
  kinds,
  viewerId,
  onSet,
}: {
  reactions: ClientAnnotation['reactions'];
  kinds: ReactionKind[];
  viewerId: string;
  onSet: (kind: ReactionKind, active: boolean, next: ClientAnnotation['reactions']) => void;
}) {
  const { t } = useT();
  return (
    <span className="flex items-center gap-1.5">
      {kinds.map((kind) => {
        const userIds = reactions.find((r) => r.kind === kind)?.userIds ?? [];
        const isMine = userIds.includes(viewerId);
        const toggle = () => {
          const nextIds = isMine ? userIds.filter((id) => id !== viewerId) : [...userIds, viewerId];
          const others = reactions.filter((r) => r.kind !== kind);
          onSet(kind, !isMine, nextIds.length > 0 ? [...others, { kind, userIds: nextIds }] : others);
        };
        return (
          <button
            key={kind}
            type="button"
            data-testid={`reaction-${kind}`}
            data-count={userIds.length}
            aria-pressed={isMine}
            onClick={toggle}
            className={`rounded-full border px-2 py-0.5 tabular-nums transition-colors ${
              isMine ? 'border-red-300 bg-red-50 text-red-800' : 'border-stone-200 text-stone-600 hover:border-stone-400'
            }`}
          >
            {t(REACTION_LABEL[kind])}
            {userIds.length > 0 && <span className="ml-1">{userIds.length}</span>}
          </button>
        );
      })}
    </span>
  );
}

function EditAnnotation({ annotation, viewer, onDone, onUpdate }: { annotation: ClientAnnotation; viewer: ReaderUser; onDone: () => void; onUpdate: ThreadUpdate }) {
  const { t } = useT();
  const { writes } = useLive();
  const [kind, setKind] = useState<AnnotationKind>(kindOf(annotation.kind));
  const [note, setNote] = useState(annotation.note);
  const [isPrivate, setPrivate] = useState(annotation.visibility === 'private');
  const [isSaving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    if (!writes) return;
    setSaving(true);
    setError(null);
    try {
      const updated = await writes.updateAnnotation(annotation.id, { kind, note, visibility: isPrivate ? 'private' : 'group' });
      onUpdate((a) => ({ ...updated, replies: a.replies }));
      onDone();
    } catch (e) {
      setError(errorDetail(e, t('common.error')));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="mt-2 space-y-2" data-testid="edit-annotation-form">
      <KindPicker value={kind} onChange={setKind} testIdPrefix="edit-kind" />
      <MentionInput
        data-testid="edit-note-input"
        value={note}
        onValueChange={setNote}
        selfId={viewer.id}
        rows={3}
        maxLength={5000}
        placeholder={t('reader.notePlaceholder')}
        className="w-full resize-y rounded border border-stone-300 px-2 py-1.5 text-sm focus:border-stone-500 focus:outline-none"
      />
      <div className="flex items-center gap-2">
        <label className="flex flex-1 items-center gap-1.5 text-xs text-stone-600">
          <input type="checkbox" checked={isPrivate} onChange={(e) => setPrivate(e.target.checked)} />
          {t('reader.private')}
        </label>
        <button type="button" className="rounded px-2 py-1 text-xs text-stone-600 hover:bg-stone-100" onClick={onDone}>
          {t('reader.cancel')}
        </button>
        <button type="button" data-testid="edit-save" disabled={isSaving} onClick={save} className="rounded bg-red-800 px-3 py-1 text-xs text-white disabled:opacity-60">
          {isSaving ? t('reader.saving') : t('reader.save')}
        </button>
      </div>
      {error && <p className="text-xs text-red-700" role="alert">{error}</p>}
    </div>
  );
}

function Replies({ annotation, viewer, onUpdate }: { annotation: ClientAnnotation; viewer: ReaderUser; onUpdate: ThreadUpdate }) {
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
        />
      ))}
    </ol>
  );
}

function ReplyItem({ annotation, reply, parent, viewer, onUpdate }: { annotation: ClientAnnotation; reply: ClientReply; parent?: ClientReply; viewer: ReaderUser; onUpdate: ThreadUpdate }) {
  const { locale, t } = useT();
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
        {parent && <span>{t('reader.replyTo', { name: parent.author.name })}</span>}
        <time dateTime={reply.createdAt}>{formatTime(reply.createdAt, locale, t)}</time>
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
            maxLength={5000}
            className="w-full resize-y rounded border border-stone-300 px-2 py-1 text-sm focus:border-stone-500 focus:outline-none"
          />
          <div className="flex justify-end gap-2">
            <button type="button" className="rounded px-2 py-1 text-xs text-stone-600 hover:bg-stone-100" onClick={() => setEditing(false)}>
              {t('reader.cancel')}
            </button>
            <button type="button" data-testid="edit-reply-save" disabled={isSaving || body.trim() === ''} onClick={save} className="rounded bg-red-800 px-3 py-1 text-xs text-white disabled:opacity-60">
              {isSaving ? t('reader.saving') : t('reader.save')}
            </button>
          </div>
        </div>
      ) : (
        <p className={`whitespace-pre-wrap break-words ${reply.hidden ? 'text-stone-500' : 'text-stone-800'}`}>
          <MentionText text={reply.body} />
        </p>
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

/**
 * Sending shows the reply in the thread at once (pending) and empties the box for the next one; the socket's outbox
 * sends it now or when the connection is back. A refusal (validation, rights) takes it out and puts the words back.
 */
function ReplyBox({ annotationId, viewer, onUpdate }: { annotationId: string; viewer: ReaderUser; onUpdate: ThreadUpdate }) {
  const { t } = useT();
  const { writes } = useLive();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    const text = body.trim();
    if (text === '' || !writes) return;
    // One id per reply: sent again after a lost acknowledgement, it is still stored once.
    const id = api.newId();
    const optimistic: ClientReply = {
      id,
      annotationId,
      sessionId: null,
      parentId: null,
      author: { id: viewer.id, name: viewer.name },
      body: text,
      deleted: false,
      hidden: false,
      createdAt: new Date().toISOString(),
      editedAt: null,
      reactions: [],
      pending: true,
    };
    onUpdate((a) => ({ ...a, replies: [...a.replies, optimistic] }));
    setBody('');
    setError(null);
    try {
      const reply = await writes.createReply(annotationId, { id, body: text });
      // The stream may have brought it (and more) already: replace only the still-pending copy.
      onUpdate((a) => ({ ...a, replies: a.replies.map((r) => (r.id === id && r.pending ? reply : r)) }));
    } catch (e) {
      onUpdate((a) => ({ ...a, replies: a.replies.filter((r) => r.id !== id) }));
      setBody((current) => (current === '' ? text : current));
      setError(errorDetail(e, t('common.error')));
    }
  };

  return (
    <div className="mt-3">
      <div className="flex items-end gap-2">
        <MentionInput
          data-testid="reply-input"
          value={body}
          onValueChange={setBody}
          selfId={viewer.id}
          onSubmitShortcut={() => void send()}
          rows={1}
          maxLength={5000}
          placeholder={t('reader.replyPlaceholder')}
          aria-label={t('reader.reply')}
          className="block min-h-8 w-full resize-none rounded border border-stone-300 px-2 py-1 text-sm [field-sizing:content] focus:border-stone-500 focus:outline-none"
        />
        <button type="button" data-testid="reply-submit" disabled={body.trim() === ''} onClick={send} className="shrink-0 rounded bg-stone-800 px-3 py-1 text-xs text-white disabled:opacity-40">
          {t('reader.reply')}
        </button>
      </div>
      {error && <p className="mt-1 text-xs text-red-700" role="alert">{error}</p>}
    </div>
  );
}

function ConfirmDelete({ testId, onConfirm }: { testId: string; onConfirm: () => Promise<void> }) {
  const { t } = useT();
  const [isAsking, setAsking] = useState(false);
  const [isBusy, setBusy] = useState(false);
  if (!isAsking) {
    return (
      <button type="button" data-testid={testId} className="text-stone-500 hover:text-red-700" onClick={() => setAsking(true)}>
        {t('reader.delete')}
      </button>
    );
  }
  return (
    <span className="flex items-center gap-2">
      <span className="text-red-700">{t('reader.confirmDelete')}</span>
      <button
        type="button"
        data-testid="confirm-delete"
        disabled={isBusy}
        className="rounded bg-red-700 px-2 py-0.5 text-white disabled:opacity-60"
        onClick={async () => {
          setBusy(true);
          await onConfirm();
          setBusy(false);
          setAsking(false);
        }}
      >
        {t('reader.delete')}
      </button>
      <button type="button" className="text-stone-500 hover:text-stone-900" onClick={() => setAsking(false)}>
        {t('reader.cancel')}
      </button>
    </span>
  );
}
