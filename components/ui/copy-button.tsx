'use client';
/** Copies a value (a join code, an invite link) and says so for two seconds; the label names what it copies. */
import { useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';

export function CopyButton({ value, label, testId }: { value: string; label: string; testId?: string }) {
  const { t } = useT();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // no clipboard permission (an http page on a phone): select-and-copy by hand still works
      return;
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }
  return (
    <button
      type="button"
      onClick={copy}
      aria-label={`${t('common.copy')}${t('common.colonless')}${label}`}
      data-testid={testId}
      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-amber-300 bg-white px-3 text-sm text-stone-700 hover:border-red-300 hover:text-red-800"
    >
      <span aria-live="polite">{copied ? t('common.copied') : t('common.copy')}</span>
    </button>
  );
}
