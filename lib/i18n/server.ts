/**
 * The reader's language and clock on the server: the `gongdu-lang` cookie (zh-CN unless it says en), and the time
 * zone from the user's setting, else the browser's (`gongdu-tz` cookie), else the server's DISPLAY_TIME_ZONE.
 */
import { cookies } from 'next/headers';
import { cache } from 'react';
import { currentUser } from '../auth/request-user';
import { getUserSettings } from '../services/user-settings';
import { LOCALE_COOKIE, TIME_ZONE_COOKIE, parseLocale, resolveTimeZone, translator, type Locale } from './messages';

export async function currentLocale(): Promise<Locale> {
  return parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

/** The signed-in user's saved zone, read once per render (the layout and the page both ask). */
const savedTimeZone = cache(async (): Promise<string | null> => {
  const user = await currentUser();
  return user ? (await getUserSettings(user.id).catch(() => ({ timeZone: null }))).timeZone : null;
});

/** The user's zone: their saved setting, else the browser's, else the server's. */
export async function currentTimeZone(): Promise<string> {
  const [saved, jar] = await Promise.all([savedTimeZone(), cookies()]);
  return resolveTimeZone(saved, jar.get(TIME_ZONE_COOKIE)?.value);
}

export async function serverT() {
  const [locale, timeZone] = await Promise.all([currentLocale(), currentTimeZone()]);
  return { locale, t: translator(locale), timeZone };
}
