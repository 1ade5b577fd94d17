'use client';
/**
 * 体会: what members take away from the session as a whole, not tied to a passage. Written over the socket like
 * replies — shown at once, sent now or when the connection is back — and @-mentions notify the member named.
 */
import { useId, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import * as api from '@/components/reader/annotations-api';
import { useLive } from '@/components/reader/live-context';
import { CharCount, isTooLong } from '@/components/reader/char-count';
import { FoldableText } from '@/components/reader/foldable-text';
import { errorDetail } from '@/components/reader/live-writes';
import { MentionInput, MentionText } from '@/components/reader/mention-input';
import { formatTime, type ClientReply, type ReaderUser } from '@/components/reader/reader-model';
import { PendingLabel } from '@/components/reader/pending-label';
import { Reactions } from '@/components/reader/reactions';

interface Props {
  sessionId: string;
  reflections: readonly ClientReply[];
  viewer: ReaderUser;
  /** false before the session starts (the server refuses reflections then) */
  canWrite: boolean;
  onPut: (reflection: ClientReply) => void;
  onDrop: (id: string) => void;
}

export function ReflectionsPanel({ sessionId, reflections, viewer, canWrite, onPut, onDrop }: Props) {
  const { locale, t, timeZone } = useT();
  const { writes, isLeader } = useLive();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const countId = useId();

  const send = async () => {
    const text = body.trim();
    if (text === '' || !writes || isTooLong(text)) return;
    const id = api.newId();
    onPut({
      id,
      annotationId: null,
      sessionId,
      parentId: null,
      author: { id: viewer.id, name: viewer.name },
      body: text,
      deleted: false,
      hidden: false,
      createdAt: new Date().toISOString(),
      editedAt: null,
      reactions: [],
      pending: true,
    });
    setBody('');
    setError(null);
    try {
      const saved = await writes.createReflection(sessionId, { id, body: text });
      onPut(saved);
    } catch (e) {
      onDrop(id);
      setBody((current) => (current === '' ? text : current));
      setError(errorDetail(e, t('common.error')));
    }
  };

  const react = async (reflection: ClientReply, kind: 'agree' | 'same-question', active: boolean, next: ClientReply['reactions']) => {
    if (!writes) return;
    onPut({ ...reflection, reactions: next });
    try {
      await writes.setReaction('reply', reflection.id, kind, active);
    } catch (e) {
      onPut(reflection);
      setError(errorDetail(e, t('common.error')));
    }
  };

  const hide = async (reflection: ClientReply) => {
    if (!writes) return;
    onPut({ ...reflection, hidden: !reflection.hidden });
    try {
      await writes.hideReflection(sessionId, reflection.id, !reflection.hidden);
    } catch (e) {
      onPut(reflection);
      setError(errorDetail(e, t('common.error')));
    }
  };

  const visible = reflections.filter((r) => !r.deleted && (!r.hidden || isLeader));

  return (
    <div data-testid="reflections" className="space-y-3">
      <p className="text-xs text-stone-500">{t('live.reflectionsIntro')}</p>
      {canWrite && (
        <div>
          <MentionInput
            data-testid="reflection-input"
            value={body}
            onValueChange={setBody}
            selfId={viewer.id}
            onSubmitShortcut={() => void send()}
            rows={2}
            // no maxLength: a paste over the limit is kept whole and said so below, not cut silently
            aria-describedby={countId}
            placeholder={t('live.reflectionPlaceholder')}
            aria-label={t('live.reflections')}
            className="block w-full resize-y rounded border border-stone-300 bg-white px-2 py-1.5 text-sm focus:border-stone-500 focus:outline-none"
          />
          {body !== '' && <CharCount text={body} id={countId} testId="reflection-count" />}
          <div className="mt-1.5 flex justify-end">
            <button type="button" data-testid="reflection-submit" disabled={body.trim() === '' || isTooLong(body.trim())} onClick={send} className="rounded bg-red-800 px-3 py-1 text-xs text-white disabled:opacity-40">
              {t('live.publish')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="text-xs text-red-700" role="alert">
          {error}
        </p>
      )}
      {visible.length === 0 ? (
        <p className="text-sm text-stone-500">{t('live.noReflections')}</p>
      ) : (
        <ol className="space-y-2">
          {visible.map((reflection) => (
            <li
              key={reflection.id}
              data-testid="reflection"
              data-reflection-id={reflection.id}
              data-pending={reflection.pending || undefined}
              className={`rounded-lg border bg-white p-3 text-sm shadow-sm ${reflection.hidden ? 'border-dashed border-stone-300' : 'border-stone-200'} ${reflection.pending ? 'opacity-70' : ''}`}
            >
              <div className="flex flex-wrap items-center gap-x-2 text-xs text-stone-500">
                <span className="font-medium text-stone-800">{reflection.author.name}</span>
                <time dateTime={reflection.createdAt}>{formatTime(reflection.createdAt, locale, t, timeZone)}</time>
                {reflection.hidden && <span className="rounded bg-stone-700 px-1.5 py-px text-[11px] text-white">{t('live.hiddenForMembers')}</span>}
                {reflection.pending && <PendingLabel saving={t('live.sending')} />}
              </div>
              <FoldableText text={reflection.body} className="mt-1 whitespace-pre-wrap break-words text-stone-900">
                <MentionText text={reflection.body} />
              </FoldableText>
              {!reflection.pending && writes && (
                <div className="mt-1.5 flex items-center gap-3 text-xs">
                  <Reactions reactions={reflection.reactions} kinds={['agree']} viewerId={viewer.id} onSet={(kind, active, next) => void react(reflection, kind, active, next)} />
                  {isLeader && (
                    <button type="button" data-testid="hide-reflection-toggle" aria-pressed={reflection.hidden} className="text-stone-500 hover:text-stone-900" onClick={() => void hide(reflection)}>
                      {reflection.hidden ? t('live.unhide') : t('live.hide')}
                    </button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
