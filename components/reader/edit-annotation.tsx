'use client';
/** The author's edit of an annotation in its card: kind, note and visibility. */
import { useId, useState } from 'react';
import type { AnnotationKind } from '@/lib/domain/annotation-kinds';
import { useT } from '@/components/i18n/locale-provider';
import { CharCount, isTooLong } from './char-count';
import { KindPicker } from './kind-picker';
import { useLive } from './live-context';
import { errorDetail } from './live-writes';
import { MentionInput } from './mention-input';
import { kindOf, type ClientAnnotation, type ReaderUser } from './reader-model';
import type { ThreadUpdate } from './thread-update';

export function EditAnnotation({ annotation, viewer, onDone, onUpdate }: { annotation: ClientAnnotation; viewer: ReaderUser; onDone: () => void; onUpdate: ThreadUpdate }) {
  const { t } = useT();
  const { writes } = useLive();
  const [kind, setKind] = useState<AnnotationKind>(kindOf(annotation.kind));
  const [note, setNote] = useState(annotation.note);
  const [isPrivate, setPrivate] = useState(annotation.visibility === 'private');
  const [isSaving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const countId = useId();

  const save = async () => {
    if (!writes || isTooLong(note)) return;
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
        aria-describedby={countId}
        placeholder={t('reader.notePlaceholder')}
        className="w-full resize-y rounded border border-stone-300 px-2 py-1.5 text-sm focus:border-stone-500 focus:outline-none"
      />
      <CharCount text={note} id={countId} testId="edit-note-count" />
      <div className="flex items-center gap-2">
        <label className="flex flex-1 items-center gap-1.5 text-xs text-stone-600">
          <input type="checkbox" checked={isPrivate} onChange={(e) => setPrivate(e.target.checked)} />
          {t('reader.private')}
        </label>
        <button type="button" className="rounded px-2 py-1 text-xs text-stone-600 hover:bg-stone-100" onClick={onDone}>
          {t('reader.cancel')}
        </button>
        <button type="button" data-testid="edit-save" disabled={isSaving || isTooLong(note)} onClick={save} className="rounded bg-red-800 px-3 py-1 text-xs text-white disabled:opacity-60">
          {isSaving ? t('reader.saving') : t('reader.save')}
        </button>
      </div>
      {error && <p className="text-xs text-red-700" role="alert">{error}</p>}
    </div>
  );
}
