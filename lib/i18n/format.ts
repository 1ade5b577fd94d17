/**
 * Dates and times, always in a time zone given by the caller (the user's one clock: ./locale.ts resolveTimeZone),
 * never the server's or the browser's default: the page, its hydration, the minutes and the downloads then agree.
 */
import type { Locale } from './locale';

type At = string | Date;
const toDate = (at: At) => (typeof at === 'string' ? new Date(at) : at);

/** "2026年5月10日 19:30" / "10 May 2026, 19:30": a moment shown on a page. */
export function formatDateTime(at: At, locale: Locale, timeZone: string): string {
  return toDate(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', hour12: false, timeZone });
}

export function formatDate(at: At, locale: Locale, timeZone: string): string {
  return toDate(at).toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone });
}

export function formatClock(at: At, locale: Locale, timeZone: string, withSeconds = false): string {
  return toDate(at).toLocaleTimeString(locale, {
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hour12: false,
    timeZone,
  });
}

/** "2025-05-10 19:30": the same in every language, for files (CSV, Markdown) that spreadsheets and scripts read. */
export function formatStamp(at: At, timeZone: string): string {
  const p = zonedParts(at, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** The day and minute an instant falls in: the timeline groups its items by it. */
export const minuteKey = formatStamp;

export interface ZonedParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  /** 0 = Sunday */
  weekday: number;
}

export function zonedParts(at: At, timeZone: string): ZonedParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(toDate(at));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday')),
  };
}

/** The zone's UTC offset at an instant, in minutes (Berlin in summer: 120). */
export function zoneOffsetMinutes(at: At, timeZone: string): number {
  const p = zonedParts(at, timeZone);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  const d = toDate(at);
  return Math.round((asUtc - (d.getTime() - d.getSeconds() * 1000 - d.getMilliseconds())) / 60_000);
}

/**
 * The instant a wall time ("2026-11-23T20:00") names in a zone. Tries the offset at the naive UTC reading, then
 * corrects once for a DST change between the two.
 */
export function zonedWallTimeToDate(wall: string, timeZone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(wall);
  if (!m) return new Date(NaN);
  const naive = Date.UTC(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0);
  let guess = naive - zoneOffsetMinutes(new Date(naive), timeZone) * 60_000;
  guess = naive - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}
