'use client';
/** Gives client components the page's language, its translate function and the user's time zone (one clock). */
import { createContext, useContext, useMemo } from 'react';
import { FALLBACK_TIME_ZONE, translator, type Locale, type Translate } from '@/lib/i18n/messages';

const LocaleContext = createContext<{ locale: Locale; t: Translate; timeZone: string }>({
  locale: 'zh-CN',
  t: translator('zh-CN'),
  timeZone: FALLBACK_TIME_ZONE,
});

export function LocaleProvider({ locale, timeZone, children }: { locale: Locale; timeZone: string; children: React.ReactNode }) {
  // `t` keeps its identity when only the time zone changes (TimeZoneSync's refresh): effects keyed on it stay put.
  const t = useMemo(() => translator(locale), [locale]);
  const value = useMemo(() => ({ locale, t, timeZone }), [locale, t, timeZone]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useT() {
  return useContext(LocaleContext);
}
