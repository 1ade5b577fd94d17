'use client';
/**
 * The length of what is being written against the server's 5,000-character limit, and a message once over it: a
 * paste over the limit is kept whole and said so, never cut silently (the fields have no maxLength for that reason).
 */
import { useT } from '@/components/i18n/locale-provider';

/** the server's limit for a note or a reply (lib/validations/annotations.ts) */
export const TEXT_MAX = 5000;

export const isTooLong = (text: string) => text.length > TEXT_MAX;

export function CharCount({ text, id, testId }: { text: string; id: string; testId: string }) {
  const { t } = useT();
  const over = isTooLong(text);
  return (
    <p id={id} data-testid={testId} className={`mt-1 text-right text-xs tabular-nums ${over ? 'text-red-700' : 'text-stone-500'}`} aria-live="polite">
      {over ? t('common.tooLong', { max: TEXT_MAX }) : t('common.charCount', { n: text.length, max: TEXT_MAX })}
    </p>
  );
}
