'use client';
/**
 * 图书信息 / 原书目录: the printed book's cover lines, CIP data, colophon and table of contents. They describe the
 * book, not the reading matter, so they sit folded away here instead of in the body. A printed TOC entry links to
 * its heading when the excerpt holds it and says so when it does not.
 */
import type { TextDTO } from '@/lib/services/texts';
import type { MessageKey } from '@/lib/i18n/messages';
import { useT } from '@/components/i18n/locale-provider';
import { anchorId } from './reader-model';

const DEPTH_INDENT: Record<string, string> = { part: '', chapter: 'pl-4', section: 'pl-8', subsection: 'pl-12' };

const FACTS: [keyof TextDTO['metadata'], MessageKey][] = [
  ['isbn', 'reader.isbn'],
  ['publisher', 'reader.publisher'],
  ['published', 'reader.published'],
  ['price', 'reader.price'],
];

export function BookInfo({ metadata, toc }: { metadata: TextDTO['metadata']; toc: TextDTO['toc'] }) {
  const { t } = useT();
  const facts = FACTS.filter(([key]) => typeof metadata[key] === 'string' && metadata[key]);
  const colophon = Object.entries(metadata.colophon ?? {});
  const extraLines = [metadata.rights, ...(Array.isArray(metadata.colophonNotes) ? metadata.colophonNotes : [])].filter(
    (line): line is string => typeof line === 'string' && line.length > 0,
  );
  const hasMetadata = facts.length > 0 || (metadata.cover?.length ?? 0) > 0 || (metadata.cip?.length ?? 0) > 0 || colophon.length > 0;
  if (!hasMetadata && toc.length === 0) return null;

  const summary = [hasMetadata && t('reader.metadata'), toc.length > 0 && t('reader.printedToc')].filter(Boolean).join(' / ');
  return (
    <details className="group mt-4 rounded-lg border border-stone-200 bg-white text-sm" data-testid="book-info">
      <summary className="flex cursor-pointer list-none items-center gap-2 px-4 py-2.5 text-stone-700 select-none hover:text-red-800">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        {summary}
      </summary>
      <div className="space-y-5 border-t border-stone-200 px-4 py-4">
        {facts.length > 0 && (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            {facts.map(([key, label]) => (
              <div key={key} className="contents">
                <dt className="text-stone-500">{t(label)}</dt>
                <dd lang="zh-CN" className="text-stone-800">{String(metadata[key])}</dd>
              </div>
            ))}
          </dl>
        )}
        {metadata.cover && metadata.cover.length > 0 && (
          <Section title={t('reader.cover')}>
            <Lines lines={metadata.cover} />
          </Section>
        )}
        {metadata.cip && metadata.cip.length > 0 && (
          <Section title={t('reader.cip')}>
            <Lines lines={metadata.cip} />
          </Section>
        )}
        {colophon.length > 0 && (
          <Section title={t('reader.colophon')}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-stone-700">
              {colophon.map(([key, value]) => (
                <div key={key} className="contents">
                  <dt lang="zh-CN" className="whitespace-nowrap text-stone-500">{key}</dt>
                  <dd lang="zh-CN" className="break-all">{value}</dd>
                </div>
              ))}
            </dl>
            {extraLines.length > 0 && <Lines lines={extraLines} />}
          </Section>
        )}
        {toc.length > 0 && (
          <Section title={t('reader.printedToc')}>
            <ol className="space-y-1" data-testid="printed-toc">
              {toc.map((entry, i) => (
                <li key={i} className={`flex items-baseline gap-2 ${DEPTH_INDENT[entry.level] ?? ''}`}>
                  {entry.targetPath ? (
                    <a href={`#${anchorId(entry.targetPath)}`} className="text-red-800 underline decoration-red-200 underline-offset-2 hover:decoration-red-800">
                      <span lang="zh-CN">{entry.text}</span>
                    </a>
                  ) : (
                    <span className="text-stone-500">
                      <span lang="zh-CN">{entry.text}</span>
                      <span className="ml-1 text-xs text-stone-500">{t('reader.notInExcerpt')}</span>
                    </span>
                  )}
                  <span className="flex-1 border-b border-dotted border-stone-300" aria-hidden="true" />
                  {entry.page !== undefined && <span className="shrink-0 text-xs text-stone-500 tabular-nums">{t('reader.page', { n: entry.page })}</span>}
                </li>
              ))}
            </ol>
          </Section>
        )}
      </div>
    </details>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section>
      <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-stone-500">{title}</h3>
      {children}
    </section>
  );
}

function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <div lang="zh-CN" className="space-y-0.5 text-stone-700">
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}
