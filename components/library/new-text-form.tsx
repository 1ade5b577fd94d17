'use client';
/**
 * Adding a text to a group's library: choose a .txt/.md file (read in the browser as bytes and sent base64, so a
 * GB18030 file arrives intact for the server to detect) or paste the text; the server's importer previews what it
 * recognised — title, subtitle, byline, encoding, the outline, counts — and the leader corrects heading levels
 * (each change re-runs the preview with `overrides`), edits the title, and saves. Nothing is stored before 保存;
 * an error replaces the preview, so a bad file can never be saved half-way.
 *
 * Test hooks: mode-upload, mode-paste, text-file-input, chosen-file, paste-input, paste-format, preview-button,
 * previewing, upload-error (data-code), text-preview, preview-title, preview-subtitle, preview-byline,
 * preview-encoding, preview-format, count-blocks, count-chars, count-toc, count-mended, ignored-overrides,
 * save-text; and outline-editor.tsx's.
 */
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { api, ApiError } from '@/lib/client/api';
import { formatByteLimit } from '@/lib/domain/text-import/decode-source';
import type { TextPreview } from '@/lib/services/library';
import type { TextSummaryDTO } from '@/lib/services/texts';
import { formatFileSize, type LevelChoice, type UploadProblem } from './labels';
import { OutlineEditor, outlineRows } from './outline-editor';
import { ProblemBox } from './problem-box';

type Mode = 'upload' | 'paste';
type Problem = UploadProblem & { fields?: Record<string, string> };

/** What the server is asked to import: a file's bytes or the pasted text. */
type Source = { fileName: string; base64: string } | { fileName: string; content: string };

/** Bytes → base64 in slices, so a 2 MB file does not overflow the argument list of String.fromCharCode. */
function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return { status: error.status, code: error.code, message: error.message, fields: error.fields };
  return { status: 0, code: 'network', message: '' };
}

const ENCODING_NAME: Record<string, string> = { 'utf-8': 'UTF-8', gb18030: 'GB18030 / GBK' };

export function NewTextForm({ groupId, maxBytes, initialMode = 'upload' }: { groupId: string; maxBytes: number; initialMode?: Mode }) {
  const { t, locale } = useT();
  const router = useRouter();
  const [mode, setMode] = useState<Mode>(initialMode);
  const [source, setSource] = useState<Source | null>(null);
  const [chosen, setChosen] = useState<{ name: string; size: number } | null>(null);
  const [pasted, setPasted] = useState('');
  const [pasteFormat, setPasteFormat] = useState<'plain' | 'markdown'>('plain');
  const [overrides, setOverrides] = useState<Record<string, LevelChoice>>({});
  /** the text of each corrected line, so a heading turned into body text can still be listed (and undone) */
  const [lineTexts, setLineTexts] = useState<Record<string, string>>({});
  const [ignored, setIgnored] = useState<number[]>([]);
  const [preview, setPreview] = useState<TextPreview | null>(null);
  const [title, setTitle] = useState('');
  const [isTitleEdited, setTitleEdited] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState<'preview' | 'save' | null>(null);
  /** only the newest preview request may land: level changes can be quicker than the server */
  const requestSeq = useRef(0);

  function reset() {
    setOverrides({});
    setLineTexts({});
    setIgnored([]);
    setPreview(null);
    setProblem(null);
    setTitleEdited(false);
    setTitle('');
  }

  async function runPreview(next: Source, nextOverrides: Record<string, LevelChoice>) {
    const seq = ++requestSeq.current;
    setBusy('preview');
    try {
      const { preview } = await api<{ preview: TextPreview }>(`/api/groups/${groupId}/texts/preview`, { body: { ...next, overrides: nextOverrides } });
      if (seq !== requestSeq.current) return;
      setPreview(preview);
      setProblem(null);
      if (!isTitleEdited) setTitle(preview.title);
      // An override the importer could not apply changes nothing: drop it and say which lines.
      setIgnored(preview.ignoredOverrides);
      if (preview.ignoredOverrides.length) setOverrides((current) => Object.fromEntries(Object.entries(current).filter(([line]) => !preview.ignoredOverrides.includes(Number(line)))));
    } catch (error) {
      if (seq !== requestSeq.current) return;
      setPreview(null);
      setProblem(problemOf(error));
    } finally {
      if (seq === requestSeq.current) setBusy(null);
    }
  }

  async function onFile(file: File | undefined) {
    reset();
    setSource(null);
    if (!file) {
      setChosen(null);
      return;
    }
    setChosen({ name: file.name, size: file.size });
    // Not worth sending what the server will refuse for size; say so with the same words it would.
    if (file.size > maxBytes) {
      setProblem({ status: 422, code: 'too_large', message: t('library.labelled', { label: file.name, value: formatFileSize(file.size) }) });
      return;
    }
    const next = { fileName: file.name, base64: toBase64(await file.arrayBuffer()) };
    setSource(next);
    await runPreview(next, {});
  }

  async function onPastePreview() {
    reset();
    const next = { fileName: pasteFormat === 'markdown' ? 'pasted.md' : 'pasted.txt', content: pasted };
    setSource(next);
    await runPreview(next, {});
  }

  /** An edit after the preview makes it stale: what is saved must be what was previewed, so ask again. */
  function forgetPastePreview() {
    if (source === null && problem === null) return;
    requestSeq.current++;
    reset();
    setSource(null);
    setBusy(null);
  }

  function setLevel(line: number, level: LevelChoice, text: string) {
    if (!source) return;
    const detected = preview?.outline.find((item) => item.line === line);
    const next = { ...overrides };
    // Choosing what the importer found on its own is no correction at all.
    if (detected && detected.level === level && overrides[String(line)] === undefined) return;
    next[String(line)] = level;
    if (text) setLineTexts((current) => ({ ...current, [String(line)]: text }));
    setOverrides(next);
    void runPreview(source, next);
  }

  function resetLevel(line: number) {
    if (!source) return;
    const next = { ...overrides };
    delete next[String(line)];
    setOverrides(next);
    void runPreview(source, next);
  }

  async function save() {
    if (!source || !preview) return;
    setBusy('save');
    setProblem(null);
    try {
      const { text } = await api<{ text: TextSummaryDTO }>(`/api/groups/${groupId}/texts`, { body: { ...source, overrides, ...(title.trim() ? { title: title.trim() } : {}) } });
      router.push(`/read/${encodeURIComponent(text.id)}?group=${encodeURIComponent(groupId)}`);
    } catch (error) {
      setProblem(problemOf(error));
      setBusy(null);
    }
  }

  const tab = (value: Mode, label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={mode === value}
      onClick={() => {
        if (mode === value) return;
        setMode(value);
        reset();
        setSource(null);
        setChosen(null);
      }}
      className={`flex-1 rounded-md px-3 py-2 text-sm sm:flex-none ${mode === value ? 'bg-white font-medium text-red-800 shadow-sm' : 'text-stone-600 hover:text-stone-900'}`}
      data-testid={`mode-${value}`}
    >
      {label}
    </button>
  );

  const limit = formatByteLimit(maxBytes).replace(' ', '\u00a0');
  return (
    <div className="space-y-5">
      <div role="tablist" className="flex gap-1 rounded-lg bg-stone-100 p-1 sm:inline-flex">
        {tab('upload', t('library.upload'))}
        {tab('paste', t('library.paste'))}
      </div>

      {mode === 'upload' ? (
        <section className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
          {/* The browser's own file button speaks the browser's language; this label speaks the page's. */}
          <label className="inline-flex cursor-pointer items-center rounded-md bg-red-800 px-4 py-2 text-sm font-medium text-white hover:bg-red-900 focus-within:ring-2 focus-within:ring-red-700 focus-within:ring-offset-2">
            {t('library.chooseFile')}
            <input
              type="file"
              accept=".txt,.md,.markdown,text/plain,text/markdown"
              onChange={(e) => {
                void onFile(e.target.files?.[0]);
                // Choosing the same file again (after fixing it on disk) must run the preview again.
                e.target.value = '';
              }}
              disabled={busy === 'save'}
              className="sr-only"
              data-testid="text-file-input"
            />
          </label>
          <p className="text-xs text-stone-500">{t('library.uploadHint', { limit })}</p>
          {chosen && (
            <p className="break-all text-sm text-stone-600" data-testid="chosen-file">
              {t('library.chosenFile', { name: chosen.name, size: formatFileSize(chosen.size) })}
            </p>
          )}
        </section>
      ) : (
        <section className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
          <label className="block text-sm">
            <span className="mb-1 block font-medium text-stone-800">{t('library.pasteLabel')}</span>
            <textarea
              value={pasted}
              onChange={(e) => {
                setPasted(e.target.value);
                forgetPastePreview();
              }}
              rows={12}
              placeholder={t('library.pastePlaceholder')}
              className="w-full rounded-md border border-stone-300 px-3 py-2 font-serif text-base leading-relaxed outline-none focus:border-red-700 focus:ring-1 focus:ring-red-700"
              data-testid="paste-input"
            />
          </label>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <label className="flex items-center gap-2">
              <span className="text-stone-600">{t('library.pasteFormat')}</span>
              <select value={pasteFormat} onChange={(e) => {
                  setPasteFormat(e.target.value === 'markdown' ? 'markdown' : 'plain');
                  forgetPastePreview();
                }} className="rounded border border-stone-300 bg-white px-2 py-1" data-testid="paste-format">
                <option value="plain">{t('library.formatPlain')}</option>
                <option value="markdown">{t('library.formatMarkdown')}</option>
              </select>
            </label>
            <button type="button" onClick={() => void onPastePreview()} disabled={busy !== null || !pasted.trim()} className="rounded-md bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900 disabled:opacity-50" data-testid="preview-button">
              {t('library.previewButton')}
            </button>
          </div>
          <p className="text-xs text-stone-500">{t('library.uploadHint', { limit })}</p>
        </section>
      )}

      {busy === 'preview' && (
        <p className="text-sm text-stone-500" role="status" data-testid="previewing">
          {t('library.previewing')}
        </p>
      )}

      {problem && <ProblemBox problem={problem} maxBytes={maxBytes} nothingSaved />}

      {preview && (
        <section className="space-y-4 rounded-lg border border-stone-200 bg-white p-4" data-testid="text-preview" aria-busy={busy === 'preview'}>
          <div>
            <h2 className="font-semibold">{t('library.previewTitle')}</h2>
            <p className="text-xs text-stone-500">{t('library.previewHint')}</p>
          </div>
          <label className="block text-sm">
            <span className="mb-1 block text-stone-700">{t('library.textTitle')}</span>
            <input
              value={title}
              maxLength={120}
              onChange={(e) => {
                setTitle(e.target.value);
                setTitleEdited(true);
              }}
              className="w-full rounded-md border border-stone-300 px-3 py-2 font-serif text-lg font-semibold outline-none focus:border-red-700 focus:ring-1 focus:ring-red-700"
              data-testid="preview-title"
            />
          </label>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            {preview.subtitle && (
              <>
                <dt className="text-stone-500">{t('library.textSubtitle')}</dt>
                <dd className="break-words" data-testid="preview-subtitle">{preview.subtitle}</dd>
              </>
            )}
            {preview.byline && (
              <>
                <dt className="text-stone-500">{t('library.textByline')}</dt>
                <dd className="break-words" data-testid="preview-byline">{preview.byline}</dd>
              </>
            )}
            <dt className="text-stone-500">{t('library.encoding')}</dt>
            <dd data-testid="preview-encoding" data-encoding={preview.encoding}>{ENCODING_NAME[preview.encoding] ?? preview.encoding}</dd>
            <dt className="text-stone-500">{t('library.format')}</dt>
            <dd data-testid="preview-format">{preview.format === 'markdown' ? t('library.formatMarkdown') : t('library.formatPlain')}</dd>
          </dl>
          <ul className="flex flex-wrap gap-2 text-xs text-stone-700">
            <li className="rounded-full bg-stone-100 px-2.5 py-1" data-testid="count-blocks" data-count={preview.blockCount}>{t('library.countBlocks', { n: preview.blockCount.toLocaleString(locale) })}</li>
            <li className="rounded-full bg-stone-100 px-2.5 py-1" data-testid="count-chars" data-count={preview.charCount}>{t('library.countChars', { n: preview.charCount.toLocaleString(locale) })}</li>
            <li className="rounded-full bg-stone-100 px-2.5 py-1" data-testid="count-toc" data-count={preview.tocEntries}>{t('library.countToc', { n: preview.tocEntries })}</li>
            <li className="rounded-full bg-stone-100 px-2.5 py-1" data-testid="count-mended" data-count={preview.mendedBreaks}>{t('library.countMended', { n: preview.mendedBreaks })}</li>
          </ul>
          <div className="space-y-2">
            <div>
              <h3 className="text-sm font-semibold">{t('library.outline')}</h3>
              <p className="text-xs text-stone-500">{t('library.outlineHint')}</p>
            </div>
            {ignored.length > 0 && (
              <p className="rounded-md border border-amber-200 bg-amber-50 p-2 text-sm text-amber-900" data-testid="ignored-overrides">
                {t('library.ignoredLines', { lines: ignored.join('、') })}
              </p>
            )}
            <OutlineEditor rows={outlineRows(preview, overrides, lineTexts)} disabled={busy !== null} onChange={setLevel} onReset={resetLevel} />
          </div>
          <button type="button" onClick={() => void save()} disabled={busy !== null || !title.trim()} className="w-full rounded-md bg-red-800 px-4 py-2.5 font-medium text-white hover:bg-red-900 disabled:opacity-60 sm:w-auto" data-testid="save-text">
            {busy === 'save' ? t('library.saving') : t('library.saveText')}
          </button>
        </section>
      )}
    </div>
  );
}
