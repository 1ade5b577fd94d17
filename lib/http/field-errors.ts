/**
 * Field-by-field messages from a ZodError, in the asker's language (`{ "password": "至少 8 个字符" }`). The common
 * cases are worded here from the issue's code and bounds; a schema may name a catalogue key as its message
 * ('validation.date'); anything else falls back to zod's own locale (z.locales) for that language.
 */
import { z } from 'zod';
import { isMessageKey, translator, type Locale } from '../i18n/messages';

const zodLocales = { 'zh-CN': z.locales.zhCN(), en: z.locales.en() };

export function fieldErrors(error: z.ZodError, locale: Locale = 'zh-CN'): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issueMessage(issue, locale);
  }
  return fields;
}

export function issueMessage(issue: z.core.$ZodIssue, locale: Locale): string {
  const t = translator(locale);
  if (isMessageKey(issue.message)) return t(issue.message);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t('validation.required') : t('validation.tooShort', { n: Number(issue.minimum) });
      if (issue.origin === 'number' || issue.origin === 'int') return t('validation.tooSmall', { n: Number(issue.minimum) });
      break;
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { n: Number(issue.maximum) });
      if (issue.origin === 'number' || issue.origin === 'int') return t('validation.tooBig', { n: Number(issue.maximum) });
      break;
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      break;
    case 'invalid_type':
      if (issue.expected === 'date') return t('validation.date');
      if (/received undefined$/.test(issue.message)) return t('validation.required');
      break;
  }
  const fallback = zodLocales[locale].localeError(issue as never);
  return (typeof fallback === 'string' ? fallback : fallback?.message) ?? issue.message;
}
