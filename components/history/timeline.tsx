'use client';
/**
 * A session's timeline with replay: items grouped by minute, revealed one by one up to a position that ▶ advances,
 * ⏸ stops, the step buttons and the slider move, and "jump here" / the jump menu set. The position is kept in the
 * address (?step=N) so a moment of the session can be linked. Each item links to its passage in the text.
 *
 * Test hooks: timeline, timeline-item (data-type, data-index, data-current), replay-play / replay-pause,
 * replay-back, replay-forward, replay-all, replay-slider, replay-position, replay-jump, jump-here, item-passage-link,
 * item-history-link.
 */
import Link from 'next/link';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { historyZh } from '@/lib/i18n/messages-history';
import type { MessageKey } from '@/lib/i18n/messages';
import type { TimelineItem } from '@/lib/services/history';
import { KindBadge, Quote } from './bits';
import { passageHistoryHref, passageHref } from './format';
import { formatClock, formatDate, minuteKey } from '@/lib/i18n/format';
import { TimelineIcon } from './timeline-icon';

/** Long enough to read a short note before the next one appears. */
const STEP_MS = 900;

interface Props {
  items: TimelineItem[];
  groupId: string;
  /** the position to open at (from ?step=); null shows everything */
  initialStep: number | null;
}

export function Timeline({ items, groupId, initialStep }: Props) {
  const { t, locale, timeZone } = useT();
  const total = items.length;
  const clamp = (n: number) => Math.max(0, Math.min(total, Math.round(n)));
  const [pos, setPos] = useState(() => clamp(initialStep ?? total));
  const [playing, setPlaying] = useState(false);
  // Scroll to the newest revealed item only after the reader moved the position, never on first render.
  const moved = useRef(false);
  const listRef = useRef<HTMLOListElement>(null);

  const typeLabel = (type: string) => {
    const key = `history.type.${type}`;
    return key in historyZh ? t(key as MessageKey) : t('history.type.other');
  };

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => setPos((p) => Math.min(p + 1, total)), STEP_MS);
    return () => clearInterval(timer);
  }, [playing, total]);

  useEffect(() => {
    if (playing && pos >= total) setPlaying(false);
  }, [playing, pos, total]);

  useEffect(() => {
    if (!moved.current) return;
    const url = new URL(window.location.href);
    if (pos >= total) url.searchParams.delete('step');
    else url.searchParams.set('step', String(pos));
    window.history.replaceState(window.history.state, '', url);
    if (pos > 0) listRef.current?.querySelector(`[data-index="${pos - 1}"]`)?.scrollIntoView({ block: 'nearest', behavior: playing ? 'smooth' : 'auto' });
  }, [pos, total, playing]);

  const move = (to: number) => {
    moved.current = true;
    setPos(clamp(to));
  };
  const play = () => {
    moved.current = true;
    if (pos >= total) setPos(0);
    setPlaying(true);
  };
  const pause = () => setPlaying(false);

  const groups = useMemo(() => {
    const out: { key: string; first: TimelineItem; entries: { item: TimelineItem; index: number }[] }[] = [];
    items.slice(0, pos).forEach((item, index) => {
      const key = minuteKey(item.at, timeZone);
      const last = out.at(-1);
      if (last && last.key === key) last.entries.push({ item, index });
      else out.push({ key, first: item, entries: [{ item, index }] });
    });
    return out;
  }, [items, pos]);

  if (total === 0) return <p className="text-sm text-stone-500">{t('history.empty')}</p>;

  const round = 'flex items-center justify-center rounded-full border disabled:opacity-40';
  const button = `${round} h-9 w-9 border-stone-300 bg-white text-stone-700 hover:border-red-300`;
  const primary = `${round} h-10 w-10 border-red-800 bg-red-800 text-white hover:bg-red-900`;
  return (
    <div data-testid="timeline">
      <div className="sticky top-14 z-20 -mx-4 mb-4 border-b border-stone-200 bg-stone-50/95 px-4 py-3 backdrop-blur">
        <div className="flex items-center gap-2">
          <button type="button" className={button} onClick={() => (pause(), move(pos - 1))} disabled={pos === 0} aria-label={t('history.stepBack')} title={t('history.stepBack')} data-testid="replay-back">
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden><path d="M3 3v10M13 3 5 8l8 5z" fill="currentColor" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" /></svg>
          </button>
          {playing ? (
            <button type="button" className={primary} onClick={pause} aria-label={t('history.pause')} title={t('history.pause')} data-testid="replay-pause">
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden><path d="M4 3h3v10H4zM9 3h3v10H9z" fill="currentColor" /></svg>
            </button>
          ) : (
            <button type="button" className={primary} onClick={play} aria-label={t('history.play')} title={t('history.play')} data-testid="replay-play">
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden><path d="M4 2.5v11l9-5.5z" fill="currentColor" /></svg>
            </button>
          )}
          <button type="button" className={button} onClick={() => (pause(), move(pos + 1))} disabled={pos >= total} aria-label={t('history.stepForward')} title={t('history.stepForward')} data-testid="replay-forward">
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden><path d="M13 3v10M3 3l8 5-8 5z" fill="currentColor" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" /></svg>
          </button>
          <span className="ml-1 flex-1 text-xs tabular-nums text-stone-600" data-testid="replay-position" aria-live="polite">
            {t('history.position', { n: pos, total })}
          </span>
          <button type="button" className="rounded-full border border-stone-300 bg-white px-3 py-1 text-xs text-stone-700 hover:border-red-300 disabled:opacity-40" onClick={() => (pause(), move(total))} disabled={pos >= total} data-testid="replay-all">
            {t('history.showAll')}
          </button>
        </div>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-center">
          <input
            type="range"
            min={0}
            max={total}
            step={1}
            value={pos}
            onChange={(e) => (pause(), move(Number(e.target.value)))}
            aria-label={t('history.slider')}
            className="w-full accent-red-800 sm:flex-1"
            data-testid="replay-slider"
          />
          <select
            value=""
            onChange={(e) => {
              if (e.target.value === '') return;
              pause();
              move(Number(e.target.value) + 1);
            }}
            className="w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm sm:w-56"
            aria-label={t('history.jumpTo')}
            data-testid="replay-jump"
          >
            <option value="">{t('history.jumpTo')}</option>
            {items.map((item, i) => (
              <option key={i} value={i}>
                {`${i + 1}. ${formatClock(item.at, locale, timeZone)} ${item.actor.name} ${typeLabel(item.type)}`}
              </option>
            ))}
          </select>
        </div>
      </div>

      {pos === 0 && <p className="text-sm text-stone-500">{t('history.replayHint')}</p>}
      <ol ref={listRef} className="space-y-4">
        {groups.map((group, g) => {
          const day = formatDate(group.first.at, locale, timeZone);
          const showDay = g === 0 || formatDate(groups[g - 1].first.at, locale, timeZone) !== day;
          return (
            <li key={group.key}>
              <div className="mb-2 flex items-baseline gap-2 text-xs font-medium text-stone-500">
                <time dateTime={group.first.at} className="tabular-nums text-sm text-stone-700">{formatClock(group.first.at, locale, timeZone)}</time>
                {showDay && <span>{day}</span>}
              </div>
              <ol className="space-y-2 border-l border-stone-200 pl-3 sm:pl-4">
                {group.entries.map(({ item, index }) => (
                  <TimelineEntry key={index} item={item} index={index} isCurrent={index === pos - 1 && pos < total} groupId={groupId} label={typeLabel(item.type)} onJump={() => (pause(), move(index + 1))} />
                ))}
              </ol>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function TimelineEntry({ item, index, isCurrent, groupId, label, onJump }: { item: TimelineItem; index: number; isCurrent: boolean; groupId: string; label: string; onJump: () => void }) {
  const { t, locale, timeZone } = useT();
  const isMembership = item.type.startsWith('member:') || item.type.startsWith('session:');
  return (
    <li
      className={`flex scroll-mt-40 scroll-mb-4 gap-3 rounded-lg border p-2.5 text-sm transition-colors sm:p-3 ${isCurrent ? 'border-red-300 bg-red-50/60 ring-1 ring-red-200' : 'border-stone-200 bg-white'}`}
      data-testid="timeline-item"
      data-type={item.type}
      data-index={index}
      data-current={isCurrent ? 'true' : undefined}
    >
      <TimelineIcon type={item.type} />
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="font-medium text-stone-900">{item.actor.name}</span>
          <span className="text-stone-600">{label}</span>
          {item.type === 'annotation:created' && <KindBadge kind={item.kind} locale={locale} />}
          <time className="ml-auto text-xs tabular-nums text-stone-500" dateTime={item.at}>{formatClock(item.at, locale, timeZone, true)}</time>
        </p>
        {!isMembership && item.quote && <Quote text={item.quote} className="mt-1.5 line-clamp-3 text-stone-700" />}
        {!isMembership && item.body && <p className="mt-1.5 whitespace-pre-wrap text-stone-800">{item.body}</p>}
        <div className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1 text-xs">
          {item.textId && (item.annotationId || item.blockId) && (
            <Link href={passageHref(groupId, item.textId, item)} className="text-red-800 underline" data-testid="item-passage-link">
              {t('history.toPassage')}
            </Link>
          )}
          {item.blockId && (
            <Link href={passageHistoryHref(groupId, item.blockId)} className="text-stone-600 underline" data-testid="item-history-link">
              {t('history.passageThreads')}
            </Link>
          )}
          <button type="button" onClick={onJump} className="text-stone-500 underline hover:text-red-800" data-testid="jump-here">
            {t('history.jumpHere')}
          </button>
        </div>
      </div>
    </li>
  );
}
