import { describe, expect, it } from 'vitest';
import { annotationsToCsv, csvField, UTF8_BOM } from './csv';
import { makeAnnotation, makeReply, sampleExport, sentenceOf } from './test-fixtures';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"' && field === '') (quoted = true), i++;
    else if (c === ',') row.push(field), (field = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else if (c === '\r' || c === '\n' || c === '"') throw new Error(`bare ${JSON.stringify(c)} outside quotes at ${i}`);
    else (field += c), i++;
  }
  if (field !== '' || row.length) throw new Error('the last record does not end in CRLF');
  return rows;
}

describe('annotationsToCsv', () => {
  const csv = annotationsToCsv(sampleExport());
  const rows = parseCsv(csv.slice(1));

  it('starts with a UTF-8 BOM and a header row, then one row per annotation in reading order', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(rows[0]).toEqual(['时间', '作者', '类型', '章节', '段落位置', '原文', '批注', '回复数', '回复', '文本', '版本', '学习活动', '修改时间', '编号']);
    expect(rows.slice(1).map((r) => r[13])).toEqual(['a-intro', 'a-heroes', 'a-question', 'a-bare', 'a-deleted-held', 'a-english']);
    expect(rows.every((r) => r.length === 14)).toBe(true);
  });

  it('writes times in China time, kinds and headings in Chinese, replies counted and written out', () => {
    const intro = rows[1];
    expect(intro[0]).toBe('2025-05-10 19:03');
    expect(intro.slice(1, 3)).toEqual(['张伟', '重点']);
    expect(intro[5]).toBe(sentenceOf('p1', 0).exact);
    expect(intro[6]).toContain('𠀋字测试，😀');
    expect(intro[7]).toBe('2');
    expect(intro[8]).toBe('王芳（2025-05-10 19:10）：这一句要背下来。\n张伟（2025-05-10 19:12）：同意，@王芳 下次领读。');
    expect(intro[12]).toBe('2025-05-10 19:09');
    const question = rows[3];
    expect(question[3]).toBe('一、习近平总书记关于党的群众路线重要论述，在新的历史起点上丰富了马克思主义群众观的理论内涵 › 2. 强调群众路线是我们党的生命线和根本工作路线。');
    // r-3 deleted but answered: a placeholder; r-5 deleted and unanswered: gone.
    expect([question[7], question[8]]).toEqual(['1', '（已删除）\n王芳（2025-05-10 19:27）：Roots matter: 没有群众就没有根基。']);
  });

  it('never writes private annotations or deleted words', () => {
    expect(csv).not.toContain('私人笔记');
    expect(csv).not.toContain('withdrawn');
    expect(csv).not.toContain('gone for good');
    const held = rows.find((r) => r[13] === 'a-deleted-held')!;
    expect([held[1], held[6], held[7]]).toEqual(['', '（已删除）', '1']);
  });

  it('keeps hostile text as inert text: formulas neutralised, quotes, commas and newlines quoted', () => {
    const hostile = makeAnnotation('p1', { start: 0, end: 4 }, {
      authorName: '@admin',
      note: '=HYPERLINK("http://evil.example","点我")',
      replies: [makeReply('h1', { authorName: '+1', body: '-2+3, "引号"\r\n<script>alert(1)</script> | # 标题' })],
    });
    const [, row] = parseCsv(annotationsToCsv([hostile]).slice(1));
    expect(row[1]).toBe("'@admin");
    expect(row[6]).toBe('\'=HYPERLINK("http://evil.example","点我")');
    expect(row[8]).toBe(`'+1（2025-05-10 19:20）：-2+3, "引号"\r\n<script>alert(1)</script> | # 标题`);
    for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('csvField: quotes only when needed, guards formulas first', () => {
    expect(csvField('群众路线')).toBe('群众路线');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('=A1,B1')).toBe('"\'=A1,B1"');
  });

  it('has English headers and labels on request', () => {
    const en = parseCsv(annotationsToCsv(sampleExport().slice(2, 3), { locale: 'en', timeZone: 'UTC' }).slice(1));
    expect(en[0].slice(0, 3)).toEqual(['Time', 'Author', 'Kind']);
    expect(en[1].slice(0, 3)).toEqual(['2025-05-10 11:25', '𠀋小明', 'Question']);
    expect(en[1][8]).toBe('(deleted)\n王芳 (2025-05-10 11:27): Roots matter: 没有群众就没有根基。');
  });

  it('is just the header for nothing to export', () => {
    expect(annotationsToCsv([makeAnnotation('p1', { start: 0, end: 2 }, { visibility: 'private' })])).toBe(
      `${UTF8_BOM}时间,作者,类型,章节,段落位置,原文,批注,回复数,回复,文本,版本,学习活动,修改时间,编号\r\n`,
    );
  });
});
