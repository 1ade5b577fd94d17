'use client';
/**
 * Annotations that a revision of the text could not place: kept whole, never shown at a guessed place in the
 * text, but listed here with the context they were made in — the quote with its old prefix and suffix greyed
 * around it — their author, kind, note, the version they were made on and, from that revision's report, why they
 * could not be placed. Self-contained: give it a text and a group; it renders nothing while loading, on a failed
 * load, and when there are no orphans, so it can sit in the reader unnoticed until it matters.
 *
 * Test hooks: unanchored-panel (data-count), unanchored-item (data-annotation-id, data-reason), unanchored-prefix,
 * unanchored-quote, unanchored-suffix, unanchored-author, unanchored-note, unanchored-version, unanchored-reason.
 */
import { useEffect, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { api } from '@/lib/client/api';
import { isAnnotationKind } from '@/lib/domain/annotation-kinds';
import { KIND_STYLE } from '@/components/annotations/kind-style';
import { kindLabel } from '@/lib/i18n/messages';
import type { AnnotationDTO } from '@/lib/services/annotation-dto';
import type { RevisionReport } from '@/lib/services/library';
import { reasonText } from './labels';

interface VersionRow {
  id: string;
  number: number;
  report: RevisionReport | null;
}

interface Orphan {
  annotation: AnnotationDTO;
  version: number | null;
  reason: string | null;
}


async function loadOrphans(textId: string, groupId: string): Promise<Orphan[]> {
  // Only the orphans: a text may carry thousands of threads, and the reading page loads those in view itself.
  const query = new URLSearchParams({ textId, groupId, status: 'orphaned' });
  const { annotations } = await api<{ annotations: AnnotationDTO[] }>(`/api/annotations?${query}`);
  const orphaned = annotations.filter((a) => a.status === 'orphaned' && !a.deleted);
  if (orphaned.length === 0) return [];
  // The versions say which number an old version id had, and each revision's report why an annotation was left.
  const { versions } = await api<{ versions: VersionRow[] }>(`/api/texts/${encodeURIComponent(textId)}/versions`).catch(() => ({ versions: [] as VersionRow[] }));
  const numberOf = new Map(versions.map((v) => [v.id, v.number]));
  const reasonOf = new Map(versions.flatMap((v) => (v.report?.orphans ?? []).map((o) => [o.id, o.reason] as const)));
  return orphaned.map((annotation) => ({ annotation, version: numberOf.get(annotation.versionId) ?? null, reason: reasonOf.get(annotation.id) ?? null }));
}

export function UnanchoredPanel({ textId, groupId, refreshKey, className = '' }: { textId: string; groupId: string; refreshKey?: string | number; className?: string }) {
  const { t, locale } = useT();
  const [orphans, setOrphans] = useState<Orphan[]>([]);

  useEffect(() => {
    let isCurrent = true;
    loadOrphans(textId, groupId)
      .then((list) => isCurrent && setOrphans(list))
      .catch(() => isCurrent && setOrphans([]));
    return () => {
      isCurrent = false;
    };
  }, [textId, groupId, refreshKey]);

  if (orphans.length === 0) return null;
  return (
    <section className={`rounded-lg border border-amber-200 bg-amber-50/60 p-3 text-sm sm:p-4 ${className}`} data-testid="unanchored-panel" data-count={orphans.length}>
      <details open>
        <summary className="cursor-pointer font-semibold text-amber-950">{t('library.unanchoredTitle', { n: orphans.length })}</summary>
        <p className="mt-1 text-xs text-amber-900/80">{t('library.unanchoredHint')}</p>
        <ul className="mt-3 space-y-3">
          {orphans.map(({ annotation: a, version, reason }) => {
            const why = reasonText(reason, t);
            return (
              <li key={a.id} className="rounded-md border border-amber-100 bg-white p-3" data-testid="unanchored-item" data-annotation-id={a.id} data-reason={reason ?? undefined}>
                <p className="font-serif leading-relaxed break-words">
                  {a.prefix && (
                    <span className="text-stone-500" data-testid="unanchored-prefix">
                      …{a.prefix}
                    </span>
                  )}
                  <span className={`rounded-sm px-0.5 text-stone-900 ${isAnnotationKind(a.kind) ? KIND_STYLE[a.kind].mark : 'bg-amber-200/80'}`} data-testid="unanchored-quote" lang="zh-CN">
                    {a.exact}
                  </span>
                  {a.suffix && (
                    <span className="text-stone-500" data-testid="unanchored-suffix">
                      {a.suffix}…
                    </span>
                  )}
                </p>
                <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-500">
                  <span className="font-medium text-stone-700" data-testid="unanchored-author">{a.author.name}</span>
                  {isAnnotationKind(a.kind) && (
                    <span className="inline-flex items-center gap-1">
                      <span className={`h-2 w-2 rounded-full ${KIND_STYLE[a.kind].swatch}`} aria-hidden />
                      {kindLabel(a.kind, locale)}
                    </span>
                  )}
                  {a.visibility === 'private' && <span className="rounded bg-stone-100 px-1.5">{t('reader.privateBadge')}</span>}
                  {version !== null && <span data-testid="unanchored-version">{t('library.madeOnVersion', { n: version })}</span>}
                  {a.replies.length > 0 && <span>{t('library.replyCount', { n: a.replies.length })}</span>}
                </p>
                {a.note && (
                  <p className="mt-1 whitespace-pre-wrap break-words text-stone-800" data-testid="unanchored-note">
                    {a.note}
                  </p>
                )}
                {why && (
                  <p className="mt-1 text-xs text-amber-800" data-testid="unanchored-reason">
                    {why}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
