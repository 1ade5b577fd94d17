'use client';
/**
 * One annotation's thread: the quote, who marked it and how, the note, the replies and a reply box; its author may
 * edit or delete it (with a confirmation step in the card itself, which a phone shows better than a dialog).
 * Everything people wrote is rendered as React text, so markup in a note shows literally.
 */
import { memo, useState } from 'react';
import type { ReplyDTO } from '@/lib/services/annotation-dto';
import { KIND_STYLE, type AnnotationKind } from '@/lib/domain/annotation-kinds';
import { useT } from '@/components/i18n/locale-provider';
import * as api from './annotations-api';
import { KindPicker } from './kind-picker';
import { formatTime, kindLabel, kindOf, type ClientAnnotation, type ReaderUser } from './reader-model';

/** Applies a change to this thread; returning null takes it off the page. */
export type ThreadUpdate = (update: (annotation: ClientAnnotation) => ClientAnnotation | null) => void;

interface Props {
  annotation: ClientAnnotation;
  viewer: ReaderUser;
  isActive: boolean;
  /** false when the passage is not in the version on the page */
  isAnchored: boolean;
  onLocate: (id: string) => void;
  onUpdate: (id: string, update: Parameters<ThreadUpdate>[0]) => void;
}

/** What is left of a thread after a change: a deleted annotation stays only while it holds live replies. */
function keepIfNeeded(annotation: ClientAnnotation): ClientAnnotation | null {
  return annotation.deleted && !annotation.replies.some((r) => !r.deleted) ? null : annotation;
}

export const ThreadCard = memo(function ThreadCard({ annotation, viewer, isActive, isAnchored, onLocate, onUpdate: onUpdateById }: Props) {
  const { locale, t } = useT();
  const [isEditing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isOwn = annotation.author.id === viewer.id;
  const kind = kindOf(annotation.kind);
  const onUpdate: ThreadUpdate = (update) => onUpdateById(annotation.id, update);

  const remove = async () => {
    setError(null);
    try {
      await api.deleteAnnotation(annotation.id);
      onUpdate((a) => keepIfNeeded({ ...a, deleted: true, note: '' }));
    } catch (e) {
      setError(e instanceof api.ApiError ? e.detail : t('common.error'));
    }
  };

  return (
    <article
      data-testid="thread"
      data-annotation-id={annotation.id}
      aria-current={isActive ? 'true' : undefined}
      className={`rounded-lg border bg-white p-3 text-sm shadow-sm transition-shadow ${isActive ? 'border-amber-500 ring-2 ring-amber-300/70' : 'border-stone-200'}`}
    >
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-500">
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
        {annotation.pending && <span className="text-amber-700">{t('reader.saving')}</span>}
      </header>

      <blockquote className="mt-2 border-l-2 border-stone-300 pl-2 font-serif text-stone-600">
        {isAnchored && !annotation.deleted ? (
          <button type="button" onClick={() => onLocate(annotation.id)} title={t('reader.locate')} className="line-clamp-2 text-left hover:text-stone-900">
            {annotation.exact}
          </button>
        ) : (
          <>
            <span className="line-clamp-2">{annotation.exact}</span>
            {!isAnchored && <span className="mt-1 block font-sans text-xs text-stone-400">{t('reader.orphaned')}</span>}
          </>
        )}
      </blockquote>

      {annotation.deleted ? (
        <p className="mt-2 text-stone-400 italic" data-testid="thread-deleted">
          {t('reader.deleted')}
        </p>
      ) : isEditing ? (
        <EditAnnotation annotation={annotation} onDone={() => setEditing(false)} onUpdate={onUpdate} />
      ) : (
        annotation.note && (
          <p data-testid="thread-note" className="mt-2 whitespace-pre-wrap break-words text-stone-900">
            {annotation.note}
          </p>
        )
      )}

      {isOwn && !annotation.deleted && !isEditing && !annotation.pending && (
        <div className="mt-2 flex items-center gap-3 text-xs">
          <button type="button" data-testid="edit-annotation" className="text-stone-500 hover:text-stone-900" onClick={() => setEditing(true)}>
            {t('reader.edit')}
          </button>
          <ConfirmDelete testId="delete-annotation" onConfirm={remove} />
        </div>
      )}
      {error && <p className="mt-2 text-xs text-red-700" role="alert">{error}</p>}

      <Replies annotation={annotation} viewer={viewer} onUpdate={onUpdate} />
      {!annotation.deleted && !annotation.pending && <ReplyBox annotationId={annotation.id} onUpdate={onUpdate} />}
    </article>
  );
});

function EditAnnotation({ annotation, onDone, onUpdate }: { annotation: ClientAnnotation; onDone: () => void; onUpdate: ThreadUpdate }) {
  const { t } = useT();
  const [kind, setKind] = useState<AnnotationKind>(kindOf(annotation.kind));
  const [note, setNote] = useState(annotation.note);
  const [isPrivate, setPrivate] = useState(annotation.visibility === 'private');
  const [isSaving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const updated = await api.updateAnnotation(annotation.id, { kind, note, visibility: isPrivate ? 'private' : 'group' });
      onUpdate(() => updated);
      onDone();
    } catch (e) {
      setError(e instanceof api.ApiError ? e.detail : t('common.error'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="mt-2 space-y-2" data-testid="edit-annotation-form">
      <KindPicker value={kind} onChange={setKind} testIdPrefix="edit-kind" />
      <textarea
        data-testid="edit-note-input"
        value={note}
        onChange={(e) => setNote(e.target.value)}
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
  if (annotation.replies.length === 0) return null;
  const byId = new Map(annotation.replies.map((r) => [r.id, r]));
  return (
    <ol className="mt-3 space-y-2 border-t border-stone-100 pt-2">
      {annotation.replies.map((reply) => (
        <ReplyItem key={reply.id} annotationId={annotation.id} reply={reply} parent={reply.parentId ? byId.get(reply.parentId) : undefined} viewer={viewer} onUpdate={onUpdate} />
      ))}
    </ol>
  );
}

function ReplyItem({ annotationId, reply, parent, viewer, onUpdate }: { annotationId: string; reply: ReplyDTO; parent?: ReplyDTO; viewer: ReaderUser; onUpdate: ThreadUpdate }) {
  const { locale, t } = useT();
  const [isEditing, setEditing] = useState(false);
  const [body, setBody] = useState(reply.body);
  const [isSaving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isOwn = reply.author.id === viewer.id;

  const replaceReply = (next: ReplyDTO) =>
    onUpdate((a) => keepIfNeeded({ ...a, replies: a.replies.map((r) => (r.id === next.id ? next : r)) }));

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      replaceReply(await api.updateReply(annotationId, reply.id, body));
      setEditing(false);
    } catch (e) {
      setError(e instanceof api.ApiError ? e.detail : t('common.error'));
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    setError(null);
    try {
      await api.deleteReply(annotationId, reply.id);
      replaceReply({ ...reply, deleted: true, body: '' });
    } catch (e) {
      setError(e instanceof api.ApiError ? e.detail : t('common.error'));
    }
  };

  return (
    <li data-testid="reply" data-reply-id={reply.id} className="text-sm">
      <div className="flex flex-wrap items-center gap-x-2 text-xs text-stone-500">
        <span className="font-medium text-stone-800">{reply.author.name}</span>
        {parent && <span>{t('reader.replyTo', { name: parent.author.name })}</span>}
        <time dateTime={reply.createdAt}>{formatTime(reply.createdAt, locale, t)}</time>
        {reply.editedAt && !reply.deleted && <span>· {t('reader.edited')}</span>}
      </div>
      {reply.deleted ? (
        <p className="text-stone-400 italic">{t('reader.deleted')}</p>
      ) : isEditing ? (
        <div className="mt-1 space-y-1.5">
          <textarea
            data-testid="edit-reply-input"
            value={body}
            onChange={(e) => setBody(e.target.value)}
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
        <p className="whitespace-pre-wrap break-words text-stone-800">{reply.body}</p>
      )}
      {isOwn && !reply.deleted && !isEditing && (
        <div className="mt-0.5 flex gap-3 text-xs">
          <button
            type="button"
            data-testid="edit-reply"
            className="text-stone-500 hover:text-stone-900"
            onClick={() => {
              setBody(reply.body);
              setEditing(true);
            }}
          >
            {t('reader.edit')}
          </button>
          <ConfirmDelete testId="delete-reply" onConfirm={remove} />
        </div>
      )}
      {error && <p className="text-xs text-red-700" role="alert">{error}</p>}
    </li>
  );
}

function ReplyBox({ annotationId, onUpdate }: { annotationId: string; onUpdate: ThreadUpdate }) {
  const { t } = useT();
  const [body, setBody] = useState('');
  // One id per reply being written: a retry after a lost response cannot post it twice.
  const [replyId, setReplyId] = useState(api.newId);
  const [isSending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    if (body.trim() === '' || isSending) return;
    setSending(true);
    setError(null);
    try {
      const reply = await api.createReply(annotationId, { id: replyId, body });
      onUpdate((a) => ({ ...a, replies: a.replies.some((r) => r.id === reply.id) ? a.replies : [...a.replies, reply] }));
      setBody('');
      setReplyId(api.newId());
    } catch (e) {
      setError(e instanceof api.ApiError ? e.detail : t('common.error'));
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="mt-3">
      <div className="flex items-end gap-2">
        <textarea
          data-testid="reply-input"
          value={body}
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
              e.preventDefault();
              void send();
            }
          }}
          rows={1}
          maxLength={5000}
          placeholder={t('reader.replyPlaceholder')}
          aria-label={t('reader.reply')}
          className="min-h-8 flex-1 resize-none rounded border border-stone-300 px-2 py-1 text-sm [field-sizing:content] focus:border-stone-500 focus:outline-none"
        />
        <button
          type="button"
          data-testid="reply-submit"
          disabled={isSending || body.trim() === ''}
          onClick={send}
          className="shrink-0 rounded bg-stone-800 px-3 py-1 text-xs text-white disabled:opacity-40"
        >
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
