/** Session reflections (体会) in the minutes (page model, .md, .docx) and in every export, and skipped on import. */
import { describe, expect, it } from 'vitest';
import { annotationsToCsv } from './csv';
import { annotationsToMarkdown } from './markdown';
import { toAnnotationExportDocument } from './w3c';
import { parseW3CExport } from './w3c-import';
import type { ExportReflection } from './export-annotation';
import { sampleExport } from './test-fixtures';
import { buildMinutes, minutesToDocx, minutesToMarkdown } from '../minutes';
import { minutesInput } from '../minutes/minutes-fixtures';
import { docxText, readZip } from '../../../tests/support/zip';

const reflections: ExportReflection[] = [
  { id: 'refl-2', sessionId: 'sess-1', sessionTitle: '第三次集中学习', authorName: '李娜', body: '要把“从群众中来，到群众中去”落到每一件小事上。', createdAt: '2025-05-10T12:20:00.000Z', editedAt: null },
  { id: 'refl-1', sessionId: 'sess-1', sessionTitle: '第三次集中学习', authorName: '王芳', body: '第一条体会\n第二行', createdAt: '2025-05-10T12:05:00.000Z', editedAt: null },
];

describe('reflections in the minutes', () => {
  const model = buildMinutes(minutesInput({ reflections }));

  it('are in the model, oldest first, at the user’s clock', () => {
    expect(model.reflections.map((r) => [r.authorName, r.time])).toEqual([['王芳', '20:05'], ['李娜', '20:20']]);
    expect(buildMinutes(minutesInput({ reflections, timeZone: 'Europe/Berlin' })).reflections[0].time).toBe('14:05');
  });

  it('have their own section in the Markdown, before the summary', () => {
    const md = minutesToMarkdown(model);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings.slice(-2)).toEqual(['## 学习体会', '## 领学人小结']);
    expect(md).toContain('- **王芳** · 20:05\\\n  第一条体会\\\n  第二行');
    expect(minutesToMarkdown(buildMinutes(minutesInput()))).toContain('本次学习没有人写体会。');
  });

  it('are in the .docx', async () => {
    const text = docxText(readZip(await minutesToDocx(model)).get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('学习体会');
    expect(text).toContain('要把“从群众中来，到群众中去”落到每一件小事上。');
  });
});

describe('reflections in the exports', () => {
  const records = sampleExport();

  it('are CSV rows of their own kind', () => {
    const csv = annotationsToCsv(records, { reflections });
    const rows = csv.trimEnd().split('\r\n');
    expect(rows.at(-1)).toBe('2025-05-10 20:20,李娜,学习体会,,,,要把“从群众中来，到群众中去”落到每一件小事上。,0,,,,第三次集中学习,,refl-2');
  });

  it('are a section per session in the Markdown', () => {
    const md = annotationsToMarkdown(records, { reflections });
    expect(md).toContain('## 学习体会 · 第三次集中学习');
    expect(md.indexOf('王芳** · 2025-05-10 20:05')).toBeLessThan(md.indexOf('李娜** · 2025-05-10 20:20'));
  });

  it('are W3C comments on the session, which an import skips with a warning', () => {
    const doc = toAnnotationExportDocument(records, { base: 'http://gongdu.test', id: 'http://gongdu.test/x', label: 'x' }, reflections);
    const items = (doc.first as { items: { id: string; target: unknown; motivation?: string }[] }).items;
    const reflection = items.find((i) => i.id.endsWith('/reflections/refl-1'))!;
    expect(reflection).toMatchObject({ motivation: 'commenting', target: 'http://gongdu.test/sessions/sess-1' });
    const parsed = parseW3CExport(doc);
    const without = parseW3CExport(toAnnotationExportDocument(records, { base: 'http://gongdu.test', id: 'http://gongdu.test/x', label: 'x' }));
    if (!parsed.ok || !without.ok) throw new Error('both exports should import');
    expect(parsed.annotations.length).toBe(without.annotations.length);
    expect(parsed.warnings.filter((w) => w.includes('reflection'))).toHaveLength(2);
  });
});
