/**
 * Times and links shared by the look-back pages. Times are shown in the group's time zone (Asia/Shanghai, as the
 * minutes and the exports write them), not the server's or the browser's: the page, the replay and the downloads
 * then agree, and a client component renders the same string on the server and after hydration.
 */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';

export function formatClock(iso: string, locale: string, withSeconds = false): string {
  return new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', ...(withSeconds ? { second: '2-digit' } : {}), hour12: false, timeZone: DISPLAY_TIME_ZONE });
}

export function formatDate(iso: string, locale: string): string {
  return new Date(iso).toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: DISPLAY_TIME_ZONE });
}

export function formatDateTime(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', hour12: false, timeZone: DISPLAY_TIME_ZONE });
}

/** The day and minute an instant falls in, in the display zone: the timeline groups its items by it. */
export function minuteKey(iso: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: DISPLAY_TIME_ZONE })
      .formatToParts(new Date(iso))
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/**
 * Where a passage is in the reading view. A thread opens by its annotation (the reader handles #annotation-<id>);
 * a bare paragraph has no element id in the reader, so it is named by `block=<blockId>`, for the reader to scroll to.
 */
export function passageHref(groupId: string, textId: string, at: { annotationId?: string | null; blockId?: string | null }): string {
  const base = `/read/${encodeURIComponent(textId)}?group=${encodeURIComponent(groupId)}`;
  if (at.annotationId) return `${base}#annotation-${encodeURIComponent(at.annotationId)}`;
  if (at.blockId) return `${base}&block=${encodeURIComponent(at.blockId)}`;
  return base;
}

/** Every thread on a paragraph, across the group's sessions. */
export function passageHistoryHref(groupId: string, blockId: string): string {
  return `/groups/${encodeURIComponent(groupId)}/passages/${encodeURIComponent(blockId)}`;
}

/** A route param, percent-decoded once (Next hands some over still encoded); a stray "%" is kept as it is. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
