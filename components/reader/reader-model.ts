/**
 * The reader's client-side model of a group's annotations: the server's DTOs plus a `pending` flag for an optimistic
 * create (or a reply queued while offline), and the pure helpers the components share (reading order, kind labels,
 * times).
 */
import type { AnnotationDTO, ReplyDTO } from '@/lib/services/annotation-dto';
import { ANNOTATION_KINDS, type AnnotationKind } from '@/lib/domain/annotation-kinds';
import type { Locale, Translate } from '@/lib/i18n/messages';

export type ClientReply = ReplyDTO & {
  /** shown at once, not yet confirmed by the server (queued while offline) */
  pending?: boolean;
};

export type ClientAnnotation = Omit<AnnotationDTO, 'replies'> & {
  /** shown at once, not yet confirmed by the server */
  pending?: boolean;
  replies: ClientReply[];
};

/** A member of the group, as the @-mention autocomplete offers them. */
export interface GroupMember {
  userId: string;
  name: string;
  role: string;
}

export interface ReaderUser {
  id: string;
  name: string;
}

/** The kind as a known one: a kind added on the server later still renders, as a key point. */
export function kindOf(kind: string): AnnotationKind {
  return (ANNOTATION_KINDS as readonly string[]).includes(kind) ? (kind as AnnotationKind) : 'key';
}

/** Whether an annotation's passage is in the version on the page (older versions' may not be, until re-anchored). */
export function isAnchoredIn(annotation: ClientAnnotation, blockIds: ReadonlySet<string>): boolean {
  return annotation.status !== 'orphaned' && blockIds.has(annotation.blockId);
}

/** Whether an annotation is drawn in the text: anchored here, and not deleted (a deleted one is only a thread). */
export function isHighlighted(annotation: ClientAnnotation, blockIds: ReadonlySet<string>): boolean {
  return !annotation.deleted && isAnchoredIn(annotation, blockIds);
}

/** Reading order: by block, then by where the passage starts; annotations of other versions go last. */
export function byReadingOrder(blockOrder: ReadonlyMap<string, number>) {
  return (a: ClientAnnotation, b: ClientAnnotation) =>
    (blockOrder.get(a.blockId) ?? Number.MAX_SAFE_INTEGER) - (blockOrder.get(b.blockId) ?? Number.MAX_SAFE_INTEGER) ||
    a.start - b.start ||
    a.end - b.end ||
    a.createdAt.localeCompare(b.createdAt);
}

/** Pinned threads first (a leader put them there), then reading order. */
export function byPinnedThenReadingOrder(blockOrder: ReadonlyMap<string, number>) {
  const inReadingOrder = byReadingOrder(blockOrder);
  return (a: ClientAnnotation, b: ClientAnnotation) => Number(b.pinned) - Number(a.pinned) || inReadingOrder(a, b);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Intl formatters made once per language (and zone), not per call: making one took ~2 ms on a loaded machine, and
 * every thread card and reply made one (a profile of the 10,000-thread list scrolled through: 4.2 of 31 s).
 */
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function relativeFormat(locale: Locale): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format;
}

function dateFormat(locale: Locale, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone })));
  return format;
}

/**
 * "3 分钟前" for the last week, a date after that (on the user's clock, `timeZone`): threads are read during and
 * right after a meeting.
 */
export function formatTime(iso: string, locale: Locale, t: Translate, timeZone?: string, now = Date.now()): string {
  const time = new Date(iso).getTime();
  const ago = now - time;
  if (ago < MINUTE) return t('reader.justNow');
  if (ago < HOUR) return relativeFormat(locale).format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return relativeFormat(locale).format(-Math.floor(ago / HOUR), 'hour');
  if (ago < 7 * DAY) return relativeFormat(locale).format(-Math.floor(ago / DAY), 'day');
  return dateFormat(locale, timeZone).format(time);
}

/** A heading's fragment id: its outline path with "/" as "-" ("pt1/ch1/s2" → "pt1-ch1-s2"). */
export const anchorId = (path: string) => path.replace(/\//g, '-');
