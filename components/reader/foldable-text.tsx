'use client';
/**
 * A comment or reply that would fill a phone's screen is folded to its first lines with 展开全文 / Show more (and
 * 收起 to fold it again): a 5,000-character comment was a 4,500 px card (issue 12, finding 6). Short ones render
 * as they are.
 */
import { useId, useState, type ReactNode } from 'react';
import { useT } from '@/components/i18n/locale-provider';

/** Longer than this many characters, or than this many lines, is folded: about eight lines of a phone's card. */
const FOLD_CHARS = 300;
const FOLD_LINES = 8;

export function isLong(text: string): boolean {
  return text.length > FOLD_CHARS || text.split('\n').length > FOLD_LINES;
}

export function FoldableText({ text, className, children, testId }: { text: string; className: string; children: ReactNode; testId?: string }) {
  const { t } = useT();
  const [isOpen, setOpen] = useState(false);
  const id = useId();
  if (!isLong(text)) {
    return (
      <p data-testid={testId} className={className}>
        {children}
      </p>
    );
  }
  return (
    <div>
      <p id={id} data-testid={testId} data-folded={!isOpen || undefined} className={`${className} ${isOpen ? '' : 'line-clamp-8'}`}>
        {children}
      </p>
      <button
        type="button"
        data-testid="fold-toggle"
        aria-expanded={isOpen}
        aria-controls={id}
        onClick={() => setOpen((open) => !open)}
        className="mt-1 min-h-8 text-xs font-medium text-red-800 underline-offset-2 hover:underline"
      >
        {isOpen ? t('reader.showLess') : t('reader.showMore')}
      </button>
    </div>
  );
}
