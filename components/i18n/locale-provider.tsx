'use client';
/** Gives client components the page's language and its translate function. */
import { createContext, useContext, useMemo } from 'react';
import { translator, type Locale, type Translate } from '@/lib/i18n/messages';

const LocaleContext = createContext<{ locale: Locale; t: Translate }>({ locale: 'zh-CN', t: translator('zh-CN') });

export function LocaleProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const value = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useT() {
  return useContext(LocaleContext);
}
