'use client';
import { useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import * as api from './annotations-api';
import { useLive } from './live-context';
import { errorDetail } from './live-writes';
import { MentionInput } from './mention-input';
import type { ClientReply, ReaderUser } from './reader-model';
import type { ThreadUpdate } from './thread-update';

/**
 * Sending shows the reply in the thread at once (pending) and empties the box for the next one; the socket's outbox
 * sends it now or when the connection is back. A refusal (validation, rights) takes it out and puts the words back.
 */
export function ReplyBox({ annotationId, viewer, onUpdate }: { annotationId: string; viewer: ReaderUser; onUpdate: ThreadUpdate }) {
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
