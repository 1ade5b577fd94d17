/** The reader's language on the server: the `gongdu-lang` cookie, zh-CN unless it says en. */
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, parseLocale, translator, type Locale } from './messages';

export async function currentLocale(): Promise<Locale> {
  return parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

export async function serverT() {
  const locale = await currentLocale();
  return { locale, t: translator(locale) };
}
