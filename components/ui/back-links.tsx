import Link from 'next/link';

/** The line above a page's title: back to where the reader came from (first link), then sibling pages. */
export function BackLinks({ links, className = '' }: { links: { href: string; label: string; testId?: string }[]; className?: string }) {
  return (
    <nav className={`mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-500 ${className}`}>
      {links.map((l, i) => (
        <Link key={l.href} href={l.href} className="hover:text-red-800" data-testid={l.testId}>
          {i === 0 ? '‹ ' : ''}
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
