'use client';
/**
 * The preview's outline as an indented list, one row per heading the importer recognised, each with a level
 * select. A line the leader turned into body text stays in the list (greyed, "正文" selected) so the change can be
 * undone; a corrected row has a reset button. Rows are keyed by source line, which the importer reports and the
 * server's `overrides` address.
 *
 * Test hooks: preview-outline, outline-item (data-line, data-level, data-overridden), outline-text, outline-level,
 * outline-reset, outline-empty, add-heading-line, add-heading-level, add-heading-apply.
 */
import { useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import type { TextPreview } from '@/lib/services/library';
import { LEVEL_CHOICES, LEVEL_DEPTH, LEVEL_LABEL, isLevelChoice, type LevelChoice } from './labels';

export interface OutlineRow {
  line: number | null;
  level: LevelChoice;
  text: string;
  overridden: boolean;
}

/** The rows to show: the recognised headings, plus lines demoted to body text, in source order. */
export function outlineRows(preview: TextPreview, overrides: Record<string, LevelChoice>, lineTexts: Record<string, string>): OutlineRow[] {
  const rows: OutlineRow[] = preview.outline.map((item) => ({
    line: item.line,
    level: isLevelChoice(item.level) ? item.level : 'paragraph',
    text: item.text,
    overridden: item.line !== null && overrides[String(item.line)] !== undefined,
  }));
  const shown = new Set(rows.map((r) => r.line));
  for (const [line, level] of Object.entries(overrides)) {
    if (level === 'paragraph' && !shown.has(Number(line))) rows.push({ line: Number(line), level, text: lineTexts[line] ?? '', overridden: true });
  }
  return rows.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

export function OutlineEditor({
  rows,
  disabled,
  onChange,
  onReset,
}: {
  rows: OutlineRow[];
  disabled: boolean;
  onChange: (line: number, level: LevelChoice, text: string) => void;
  onReset: (line: number) => void;
}) {
  const { t } = useT();
  const [addLine, setAddLine] = useState('');
  const [addLevel, setAddLevel] = useState<LevelChoice>('section');
  const lineNumber = Number(addLine);
  const canAdd = Number.isInteger(lineNumber) && lineNumber >= 1 && lineNumber <= 999_999;
  const add = () => {
    if (!canAdd || disabled) return;
    onChange(lineNumber, addLevel, '');
    setAddLine('');
  };

  return (
    <div className="space-y-3">
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-stone-300 p-3 text-sm text-stone-500" data-testid="outline-empty">
          {t('library.outlineEmpty')}
        </p>
      ) : (
        <ol className="divide-y divide-stone-100 rounded-md border border-stone-200 bg-white" data-testid="preview-outline">
          {rows.map((row) => {
            const isBody = row.level === 'paragraph';
            return (
              <li
                key={row.line ?? row.text}
                className={`flex items-start gap-2 px-2 py-2 sm:px-3 ${row.overridden ? 'bg-amber-50/60' : ''}`}
                data-testid="outline-item"
                data-line={row.line ?? undefined}
                data-level={row.level}
                data-overridden={row.overridden ? 'true' : undefined}
              >
                <div className="min-w-0 flex-1" style={{ paddingInlineStart: `${LEVEL_DEPTH[row.level] * 0.85}rem` }}>
                  <span className={`block break-words ${isBody ? 'text-stone-500' : row.level === 'part' || row.level === 'chapter' ? 'font-semibold text-stone-900' : 'text-stone-800'}`} data-testid="outline-text">
                    {row.text}
                  </span>
                  {row.line !== null && <span className="text-xs text-stone-500">{t('library.lineN', { n: row.line })}</span>}
                </div>
                <div className="flex shrink-0 items-center gap-1">
                  <select
                    aria-label={`${t('library.level')}: ${row.text}`}
                    className="rounded border border-stone-300 bg-white px-1.5 py-1 text-sm disabled:opacity-60"
                    value={row.level}
                    disabled={disabled || row.line === null}
                    onChange={(e) => row.line !== null && isLevelChoice(e.target.value) && onChange(row.line, e.target.value, row.text)}
                    data-testid="outline-level"
                  >
                    {LEVEL_CHOICES.map((level) => (
                      <option key={level} value={level}>
                        {t(LEVEL_LABEL[level])}
                      </option>
                    ))}
                  </select>
                  {row.overridden && row.line !== null && (
                    <button type="button" disabled={disabled} onClick={() => onReset(row.line!)} className="rounded px-1.5 py-1 text-stone-500 hover:bg-stone-100 hover:text-red-800 disabled:opacity-60" title="↺" aria-label={`↺ ${row.text}`} data-testid="outline-reset">
                      ↺
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="flex flex-wrap items-end gap-2 text-sm">
        <span className="w-full text-stone-600">{t('library.addHeading')}</span>
        <label className="flex items-center gap-1">
          <span className="text-stone-500">{t('library.addHeadingLine')}</span>
          <input
            type="number"
            min={1}
            inputMode="numeric"
            value={addLine}
            onChange={(e) => setAddLine(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              add();
            }} className="w-20 rounded border border-stone-300 px-2 py-1" data-testid="add-heading-line" />
        </label>
        <select aria-label={t('library.level')} value={addLevel} onChange={(e) => isLevelChoice(e.target.value) && setAddLevel(e.target.value)} className="rounded border border-stone-300 bg-white px-1.5 py-1" data-testid="add-heading-level">
          {LEVEL_CHOICES.filter((l) => l !== 'paragraph').map((level) => (
            <option key={level} value={level}>
              {t(LEVEL_LABEL[level])}
            </option>
          ))}
        </select>
        <button type="button" onClick={add} disabled={disabled || !canAdd} className="rounded border border-stone-300 px-3 py-1 hover:border-red-300 disabled:opacity-50" data-testid="add-heading-apply">
          {t('library.addHeadingApply')}
        </button>
      </div>
    </div>
  );
}
