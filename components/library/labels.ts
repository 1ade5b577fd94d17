/**
 * How the library pages name the server's stable codes: heading levels, upload errors and orphan reasons. The
 * server sends codes (and a Chinese message); the words come from messages-library.ts in the reader's language.
 */
import type { MessageKey, Translate } from '@/lib/i18n/messages';
import type { OrphanReason } from '@/lib/domain/reanchor/types';
import { formatByteLimit } from '@/lib/domain/text-import/decode-source';

/** The choices of the preview's level select, outermost first; 'paragraph' turns a heading into body text. */
export const LEVEL_CHOICES = ['part', 'chapter', 'section', 'subsection', 'paragraph'] as const;
export type LevelChoice = (typeof LEVEL_CHOICES)[number];

export const LEVEL_LABEL: Record<LevelChoice, MessageKey> = {
  part: 'library.levelPart',
  chapter: 'library.levelChapter',
  section: 'library.levelSection',
  subsection: 'library.levelSubsection',
  paragraph: 'library.levelParagraph',
};

/** Indentation steps of the outline: a part at the margin, a subsection three steps in. */
export const LEVEL_DEPTH: Record<LevelChoice, number> = { part: 0, chapter: 1, section: 2, subsection: 3, paragraph: 3 };

export const isLevelChoice = (value: string): value is LevelChoice => (LEVEL_CHOICES as readonly string[]).includes(value);

const REASON_LABEL: Record<OrphanReason, MessageKey> = {
  'invalid-anchor': 'library.reasonInvalidAnchor',
  'unknown-block': 'library.reasonUnknownBlock',
  'not-found': 'library.reasonNotFound',
  'context-changed': 'library.reasonContextChanged',
  'too-weak': 'library.reasonTooWeak',
  ambiguous: 'library.reasonAmbiguous',
};

/** An orphan's reason in words; an unknown key (a newer server) is shown as it came rather than dropped. */
export function reasonText(reason: string | null | undefined, t: Translate): string | null {
  if (!reason) return null;
  return reason in REASON_LABEL ? t(REASON_LABEL[reason as OrphanReason]) : reason;
}

export interface UploadProblem {
  status: number;
  code: string;
  /** the server's own words (Chinese, naming the limit or the kind of file), shown under the translated headline */
  message: string;
}

/** The headline for an upload or revision error, by the server's `code`. */
export function problemHeadline(problem: UploadProblem, t: Translate, maxBytes: number): string {
  switch (problem.code) {
    case 'empty':
      return t('library.errorEmpty');
    case 'too_large':
      return t('library.errorTooLarge', { limit: formatByteLimit(maxBytes) });
    case 'binary':
      return t('library.errorBinary');
    case 'undecodable':
      return t('library.errorUndecodable');
    case 'no_text':
      return t('library.errorNoText');
    case 'validation':
      return t('library.errorInvalid');
    default:
      return problem.status === 403 ? t('library.errorForbidden') : t('library.errorOther');
  }
}

/** "1.2 MB", "340 KB", "12 B": a chosen file's size as a person reads it. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
