/**
 * Annotations as CSV for spreadsheets: one row per annotation, in reading order, its replies counted and written
 * out in one cell.
 *
 * - RFC 4180: CRLF between records; a field with a comma, quote, CR or LF is quoted, quotes doubled.
 * - A UTF-8 byte order mark first: without it Excel reads the file in the system's legacy code page and the
 *   Chinese turns to mojibake.
 * - Formula injection (CWE-1236): a cell that starts with = + - @ (or a tab or CR) is run as a formula by Excel and
 *   LibreOffice — `=HYPERLINK(…)` in a note would become a link to anywhere. Such cells get a leading `'`, which
 *   the spreadsheet shows as text and does not display.
 */
import {
  hasLiveReplies,
  headingTrailLabel,
  isExportable,
  sortForReading,
  threadReplies,
  type ExportAnnotation,
  type ExportReflection,
} from './export-annotation';
import { kindLabel, serverTimeZone, type Locale } from '../../i18n/messages';
import { CSV_DELETED, CSV_HEADERS, CSV_REFLECTION } from '../../i18n/messages-export';
import { formatStamp } from '../../i18n/format';

export const UTF8_BOM = '\uFEFF';

export interface CsvExportOptions {
  locale?: Locale;
  /** for the times shown; default the server's (DISPLAY_TIME_ZONE) */
  timeZone?: string;
  /** block ids in reading order; without it blocks are ordered by their outline paths */
  blockOrder?: readonly string[];
  /** session reflections (体会), written after the annotations, oldest first, one row each */
  reflections?: readonly ExportReflection[];
}

/** The annotations (private ones skipped) as a CSV file's text, BOM included. */
export function annotationsToCsv(records: readonly ExportAnnotation[], options: CsvExportOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const tz = options.timeZone ?? serverTimeZone();
  const shown = sortForReading(
    records.filter((a) => isExportable(a) && (!a.deleted || hasLiveReplies(a))),
    options.blockOrder,
  );
  const rows: string[][] = [[...CSV_HEADERS[locale]]];
  for (const a of shown) {
    const thread = threadReplies(a.replies);
    rows.push([
      formatStamp(a.createdAt, tz),
      a.deleted ? '' : a.authorName,
      kindLabel(a.kind, locale),
      headingTrailLabel(a.headingTrail),
      a.blockPath,
      a.exact,
      a.deleted ? CSV_DELETED[locale] : a.note,
      String(thread.filter((t) => !t.isPlaceholder).length),
      thread
        .map(({ reply, isPlaceholder }) =>
          isPlaceholder
            ? CSV_DELETED[locale]
            : locale === 'en'
              ? `${reply.authorName} (${formatStamp(reply.createdAt, tz)}): ${reply.body}`
              : `${reply.authorName}（${formatStamp(reply.createdAt, tz)}）：${reply.body}`,
        )
        .join('\n'),
      a.textTitle,
      String(a.version),
      a.sessionTitle ?? '',
      a.editedAt && !a.deleted ? formatStamp(a.editedAt, tz) : '',
      a.id,
    ]);
  }
  for (const r of [...(options.reflections ?? [])].sort((x, y) => x.createdAt.localeCompare(y.createdAt))) {
    rows.push([
      formatStamp(r.createdAt, tz),
      r.authorName,
      CSV_REFLECTION[locale],
      '',
      '',
      '',
      r.body,
      '0',
      '',
      '',
      '',
      r.sessionTitle,
      r.editedAt ? formatStamp(r.editedAt, tz) : '',
      r.id,
    ]);
  }
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One field: neutralised if a spreadsheet would run it, then quoted if RFC 4180 requires it. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
