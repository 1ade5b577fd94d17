import Link from 'next/link';
import { currentUser } from '@/lib/auth/request-user';
import { serverT } from '@/lib/i18n/server';
import { listTexts } from '@/lib/services/texts';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const [{ t }, user] = await Promise.all([serverT(), currentUser()]);
  const texts = await listTexts(user?.id ?? null);
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <p className="mb-6 text-stone-600">{t('app.tagline')}</p>
      <h1 className="mb-4 text-xl font-semibold">{t('library.title')}</h1>
      {texts.length === 0 && <p className="text-stone-500">{t('library.empty')}</p>}
      <ul className="space-y-3">
        {texts.map((text) => (
          <li key={text.id}>
            <Link href={`/read/${text.id}`} className="block rounded-lg border border-stone-200 bg-white p-4 shadow-sm hover:border-red-300" data-testid="library-text">
              <div lang="zh-CN" className="font-serif text-lg font-semibold">{text.title}</div>
              {text.subtitle && <div lang="zh-CN" className="mt-1 text-sm text-stone-600">{text.subtitle}</div>}
              <div className="mt-2 text-xs text-stone-500">
                <span lang="zh-CN">{text.byline}</span> · {t('library.chars', { n: text.charCount.toLocaleString() })}
              </div>
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
