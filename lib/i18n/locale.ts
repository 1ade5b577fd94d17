/**
 * The reader's language and clock. Pure (no next, no react): the server pages, the client components, the API's
 * error messages and the domain's documents (minutes, exports) all read them from here.
 */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALE_COOKIE = 'gongdu-lang';
/** the browser's IANA zone, written by the page on first load so that the server renders times in it too */
export const TIME_ZONE_COOKIE = 'gongdu-tz';
/** when neither the user's setting nor the browser says: the groups this was made for meet in China */
export const FALLBACK_TIME_ZONE = 'Asia/Shanghai';

export function parseLocale(value: string | undefined | null): Locale {
  return value === 'en' ? 'en' : DEFAULT_LOCALE;
}

/** An IANA zone name that this runtime knows ("Europe/Berlin"); anything else is not one. */
export function isTimeZone(value: string | undefined | null): value is string {
  if (!value || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The server's default zone: `DISPLAY_TIME_ZONE` when it names a zone, else Asia/Shanghai. */
export function serverTimeZone(): string {
  const configured = typeof process !== 'undefined' ? process.env.DISPLAY_TIME_ZONE : undefined;
  return isTimeZone(configured) ? configured : FALLBACK_TIME_ZONE;
}

/**
 * One clock per user: their own setting, else the zone their browser reported, else the server's. Every page,
 * the minutes and the exports use what this returns.
 */
export function resolveTimeZone(setting: string | null | undefined, browser: string | null | undefined): string {
  if (isTimeZone(setting)) return setting;
  if (isTimeZone(browser)) return browser;
  return serverTimeZone();
}

/** A cookie's value from a raw Cookie header (sockets and plain Requests have no parsed cookies). */
export function cookieValue(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The language of an API request (its cookie; zh-CN without one), for the messages in error responses. */
export function requestLocale(req: Pick<Request, 'headers'>): Locale {
  return parseLocale(cookieValue(req.headers.get('cookie'), LOCALE_COOKIE));
}
