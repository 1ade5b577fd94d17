'use client';
import { useRouter } from 'next/navigation';
import { LOCALE_COOKIE } from '@/lib/i18n/messages';
import { useT } from '@/components/i18n/locale-provider';

/** Switches between 中文 and English; the choice is a cookie, so server-rendered pages follow it. */
export function LanguageToggle({ label }: { label: string }) {
  const router = useRouter();
  const { locale } = useT();
  return (
    <button
      type="button"
      // the label is the other language's name, so it is marked as that language
      lang={locale === 'en' ? 'zh-CN' : 'en'}
      className="min-h-11 rounded border border-stone-300 px-2 text-xs text-stone-600 hover:bg-stone-100"
      onClick={() => {
        const next = locale === 'en' ? 'zh-CN' : 'en';
        document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
        router.refresh();
      }}
    >
      {label}
    </button>
  );
}
