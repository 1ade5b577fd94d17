/**
 * The reader's language and clock on the server: the `gongdu-lang` cookie (zh-CN unless it says en), and the time
 * zone from the user's setting, else the browser's (`gongdu-tz` cookie), else the server's DISPLAY_TIME_ZONE.
 */
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, TIME_ZONE_COOKIE, parseLocale, resolveTimeZone, translator, type Locale } from './messages';

export async function currentLocale(): Promise<Locale> {
  return parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

/** The user's zone: pass their saved setting when the caller has the user at hand. */
export async function currentTimeZone(setting?: string | null): Promise<string> {
  return resolveTimeZone(setting, (await cookies()).get(TIME_ZONE_COOKIE)?.value);
}

export async function serverT() {
  const [locale, timeZone] = await Promise.all([currentLocale(), currentTimeZone()]);
  return { locale, t: translator(locale), timeZone };
}
