/**
 * Small pieces the library pages share: the back-links line above a title, a notice box, and a text's card
 * (title, subtitle, byline, version, length, and its links). No hooks: server pages render them. User text is
 * React text.
 */
import Link from 'next/link';

export { BackLinks } from '@/components/ui/back-links';

export function LibraryNotice({ children, tone = 'info', testId }: { children: React.ReactNode; tone?: 'info' | 'warn'; testId?: string }) {
  const style = tone === 'warn' ? 'border-amber-200 bg-amber-50 text-amber-900' : 'border-stone-200 bg-white text-stone-700';
  return (
    <div className={`rounded-lg border p-4 text-sm ${style}`} data-testid={testId}>
      {children}
    </div>
  );
}

export interface CardLink {
  href: string;
  label: string;
  testId: string;
  primary?: boolean;
}

export function TextCard({ title, subtitle, meta, links, testId, textId }: { title: string; subtitle?: string | null; meta: string; links: CardLink[]; testId: string; textId: string }) {
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm" data-testid={testId} data-text-id={textId}>
      <div lang="zh-CN" className="font-serif text-lg font-semibold break-words">{title}</div>
      {subtitle && <div lang="zh-CN" className="mt-0.5 text-sm break-words text-stone-600">{subtitle}</div>}
      <div className="mt-1 text-xs text-stone-500">{meta}</div>
      <div className="mt-3 flex flex-wrap gap-2 text-sm">
        {links.map((l) => (
          <Link
            key={l.href}
            href={l.href}
            className={l.primary ? 'rounded-md bg-red-800 px-3 py-1.5 font-medium text-white hover:bg-red-900' : 'rounded-md border border-stone-300 px-3 py-1.5 text-stone-700 hover:border-red-300 hover:text-red-800'}
            data-testid={l.testId}
          >
            {l.label}
          </Link>
        ))}
      </div>
    </li>
  );
}
