import { describe, expect, it } from 'vitest';
import { buildMinutes } from './build-minutes';
import { minutesToDocx } from './minutes-docx';
import { minutesToMarkdown } from './minutes-markdown';
import { HEROES, MEMBERS, minutesInput } from './minutes-fixtures';
import { docxText as visibleText, readZip } from '../../../tests/support/zip';


const model = buildMinutes(minutesInput());
const presentNames = ['张伟', '王芳', '李娜', '𠀋小明'];

describe('minutesToMarkdown', () => {
  const md = minutesToMarkdown(model);

  it('has the sections of a study-meeting record', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.slice(0, 5)).toEqual(['# 学习记录 · 第三次集中学习：群众路线', '## 出席情况', '## 重点段落（划线最多）', '## 讨论记录', '### 1. 篇首']);
    expect(headings.at(-1)).toBe('## 领学人小结');
    expect(md).toContain('| 学习小组 | 机关第一党支部学习小组 |');
    expect(md).toContain('| 时间 | 19:02–20:32（1 小时 30 分） |');
  });

  it('contains the attendees with their time in session, and the absent', () => {
    expect(md).toContain('| 张伟（领学） | 18:55 | 20:40 | 1 小时 30 分 |');
    expect(md).toContain('| 王芳 | 19:00 | 至结束 | 1 小时 10 分（2 次进入） |');
    for (const name of presentNames) expect(md).toMatch(new RegExp(`^\\| ${name}`, 'mu'));
    expect(md).toContain('**缺席：** 赵强');
  });

  it('contains a quoted passage, as a Markdown quote', () => {
    expect(md).toContain(`   > ${HEROES}，要从思`);
    expect(md).toContain(`> ${HEROES}，要从思\n\n- **张伟** · 体会 · 19:17\\\n  以人民为中心。`);
  });

  it('keeps user text inert and the summary in its paragraphs', () => {
    expect(md).toContain('  \\# 不是标题\\');
    expect(md).not.toMatch(/^# 不是标题/m);
    expect(md).not.toContain('<script>');
    expect(md).toContain('## 领学人小结\n\n本次学习围绕“群众路线是生命线”展开。\\\n大家结合工作实际谈了体会。\n\n下次学习第二部分。\n');
    const empty = minutesToMarkdown(buildMinutes(minutesInput({ summary: '  ' })));
    expect(empty.endsWith('## 领学人小结\n\n（待领学人填写）\n')).toBe(true);
  });

  it('English on request', () => {
    const en = minutesToMarkdown(buildMinutes(minutesInput({ locale: 'en' })));
    expect(en).toContain('# Minutes · 第三次集中学习：群众路线');
    expect(en).toContain('| Name | Joined | Left | Time in session |');
    expect(en).toContain('**Absent:** 赵强');
  });
});

describe('minutesToDocx', async () => {
  const buffer = await minutesToDocx(model);
  const zip = readZip(buffer);
  const documentXml = zip.get('word/document.xml')!.toString('utf8');
  const text = visibleText(documentXml);

  it('is a valid Word package', () => {
    expect(Buffer.isBuffer(buffer)).toBe(true);
    expect(buffer.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']) expect(zip.has(part), part).toBe(true);
    expect(documentXml.startsWith('<?xml')).toBe(true);
  });

  it("word/document.xml contains the attendees' names and a quoted passage", () => {
    for (const name of presentNames) expect(documentXml).toContain(name);
    expect(documentXml).toContain('赵强');
    expect(documentXml).toContain(`${HEROES}，要从思`);
    expect(text).toContain('张伟（领学）');
    expect(text).toContain('1 小时 10 分（2 次进入）');
  });

  it('is laid out with real structure: title, headings, tables, quote style, the summary', () => {
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>');
    expect((documentXml.match(/<w:pStyle w:val="Heading1"\/>/g) ?? []).length).toBe(5);
    expect((documentXml.match(/<w:pStyle w:val="Heading2"\/>/g) ?? []).length).toBe(model.discussion.length);
    expect((documentXml.match(/<w:tbl>/g) ?? []).length).toBe(2); // metadata, attendance (the summary is written)
    expect((documentXml.match(/<w:pStyle w:val="Quote"\/>/g) ?? []).length).toBe(model.topPassages.length + model.discussion.length);
    expect(text).toContain('领学人小结');
    expect(text).toContain('下次学习第二部分。');
  });

  it('names fonts that show Chinese', () => {
    const styles = zip.get('word/styles.xml')!.toString('utf8');
    expect(styles).toMatch(/w:eastAsia="SimSun"/);
    expect(styles).toMatch(/w:eastAsia="Microsoft YaHei"/);
    expect(styles).toMatch(/w:eastAsia="KaiTi"/);
  });

  it('keeps hostile text as text, and drops characters XML cannot hold', async () => {
    expect(text).toContain('<script>alert(1)</script>');
    expect(documentXml).not.toContain('<script>');
    const odd = buildMinutes(minutesInput({ summary: 'bell\u0007 and a lone \uD800 surrogate' }));
    const oddXml = readZip(await minutesToDocx(odd)).get('word/document.xml')!.toString('utf8');
    expect(oddXml).toContain('bell and a lone  surrogate');
  });

  it('gives an empty summary a box to write in', async () => {
    const empty = readZip(await minutesToDocx(buildMinutes(minutesInput({ summary: '' })))).get('word/document.xml')!.toString('utf8');
    expect((empty.match(/<w:tbl>/g) ?? []).length).toBe(3);
    expect(visibleText(empty)).toContain('（待领学人填写）');
  });

  it('has every member of the fixture either present or absent', () => {
    for (const m of MEMBERS) expect(text).toContain(m.name);
  });
});
