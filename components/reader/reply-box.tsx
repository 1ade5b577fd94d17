'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import * as api from './annotations-api';
import { CharCount, isTooLong } from './char-count';
import { useLive } from './live-context';
import { errorDetail } from './live-writes';
import { MentionInput } from './mention-input';
import type { ClientReply, ReaderUser } from './reader-model';
import type { ThreadUpdate } from './thread-update';

/**
 * Sending shows the reply in the thread at once (pending) and empties the box for the next one; the socket's outbox
 * sends it now or when the connection is back. A refusal (validation, rights) takes it out and puts the words back.
 * With `replyingTo` (a reply's 回复 button) it answers that reply (parentId), says so above the box and takes focus.
 */
export function ReplyBox({ annotationId, viewer, onUpdate, replyingTo = null, onStopReplyingTo }: { annotationId: string; viewer: ReaderUser; onUpdate: ThreadUpdate; replyingTo?: ClientReply | null; onStopReplyingTo?: () => void }) {
  const { t } = useT();
  const { writes } = useLive();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const countId = useId();
  const parentName = replyingTo ? (replyingTo.originalAuthor ?? replyingTo.author.name) : '';
  useEffect(() => {
    if (replyingTo) inputRef.current?.focus();
  }, [replyingTo]);

  const send = async () => {
    const text = body.trim();
    if (text === '' || !writes || isTooLong(text)) return;
    const parentId = replyingTo?.id;
    // One id per reply: sent again after a lost acknowledgement, it is still stored once.
    const id = api.newId();
    const optimistic: ClientReply = {
      id,
      annotationId,
      sessionId: null,
      parentId: parentId ?? null,
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
    onStopReplyingTo?.();
    try {
      const reply = await writes.createReply(annotationId, { id, body: text, ...(parentId ? { parentId } : {}) });
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
      {replyingTo && (
        <p className="mb-1 flex items-center gap-2 text-xs text-stone-600" data-testid="replying-to">
          {t('reader.replyingTo', { name: parentName })}
          <button type="button" data-testid="replying-to-cancel" onClick={onStopReplyingTo} aria-label={t('reader.cancelReplyTo', { name: parentName })} className="min-h-8 min-w-8 rounded text-stone-500 hover:bg-stone-100">
            ×
          </button>
        </p>
      )}
      <div className="flex items-end gap-2">
        <MentionInput
          ref={inputRef}
          data-testid="reply-input"
          value={body}
          onValueChange={setBody}
          selfId={viewer.id}
          onSubmitShortcut={() => void send()}
          rows={1}
          // no maxLength: a paste over the limit is kept whole and said so below, not cut silently
          aria-describedby={countId}
          placeholder={replyingTo ? t('reader.replyTo', { name: parentName }) : t('reader.replyPlaceholder')}
          aria-label={replyingTo ? t('reader.replyTo', { name: parentName }) : t('reader.reply')}
          className="block min-h-8 w-full resize-none rounded border border-stone-300 px-2 py-1 text-sm [field-sizing:content] focus:border-stone-500 focus:outline-none"
        />
        <button type="button" data-testid="reply-submit" disabled={body.trim() === '' || isTooLong(body.trim())} onClick={send} className="shrink-0 rounded bg-stone-800 px-3 py-1 text-xs text-white disabled:opacity-40">
          {t('reader.reply')}
        </button>
      </div>
      {body !== '' && <CharCount text={body} id={countId} testId="reply-count" />}
      {error && <p className="mt-1 text-xs text-red-700" role="alert">{error}</p>}
    </div>
  );
}
