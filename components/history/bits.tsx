/**
 * Small pieces the look-back pages share: a kind badge in the highlight's colour, a search snippet with its matches
 * marked, a notice box. No hooks, so server and client components both use them. User text is always React text.
 */
import Link from 'next/link';
import { BackLinks } from '@/components/ui/back-links';
import { isAnnotationKind } from '@/lib/domain/annotation-kinds';
import { KIND_STYLE } from '@/components/annotations/kind-style';
import { kindLabel, type Locale } from '@/lib/i18n/messages';
import type { SnippetPart } from '@/lib/domain/search-text';

export function KindBadge({ kind, locale }: { kind: string | null | undefined; locale: Locale }) {
  if (!kind || !isAnnotationKind(kind)) return null;
  return (
    <span className="inline-flex shrink-0 items-center gap-1 rounded-full bg-stone-100 px-2 py-0.5 text-xs text-stone-700" data-kind={kind}>
      <span className={`h-2 w-2 rounded-full ${KIND_STYLE[kind].swatch}`} aria-hidden />
      {kindLabel(kind, locale)}
    </span>
  );
}

/** Search hit text: matched parts in <mark>. */
export function Snippet({ parts, className = '' }: { parts: SnippetPart[]; className?: string }) {
  return (
    <span className={className}>
      {parts.map((p, i) =>
        p.hit ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit" data-testid="search-mark">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </span>
  );
}

/** A quoted passage as the reader sees it: serif, with a rule on the left. */
export function Quote({ text, className = '' }: { text: string; className?: string }) {
  if (!text) return null;
  return <blockquote lang="zh-CN" className={`border-l-2 border-red-800/40 pl-3 font-serif leading-relaxed text-stone-800 ${className}`}>{text}</blockquote>;
}

export function Notice({ children, tone = 'info', testId }: { children: React.ReactNode; tone?: 'info' | 'warn' | 'error'; testId?: string }) {
  const style = tone === 'error' ? 'border-red-200 bg-red-50 text-red-900' : tone === 'warn' ? 'border-amber-200 bg-amber-50 text-amber-900' : 'border-stone-200 bg-white text-stone-700';
  return (
    <div className={`rounded-lg border p-4 text-sm ${style}`} role={tone === 'error' ? 'alert' : undefined} data-testid={testId}>
      {children}
    </div>
  );
}

/** The line above a look-back page's title: back to the group (or wherever), and sibling views; not printed. */
export function Crumbs({ links }: { links: { href: string; label: string; testId?: string }[] }) {
  return <BackLinks links={links} className="no-print" />;
}
