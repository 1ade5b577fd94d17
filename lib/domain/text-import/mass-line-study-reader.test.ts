import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlainText, outlineOf } from './index';

const source = readFileSync(new URL('../../../content/texts/mass-line-study-reader.txt', import.meta.url), 'utf8');
const doc = importPlainText(source);
const readingText = doc.blocks.map((block) => block.text).join('\n');

describe('mass-line-study-reader.txt', () => {
  it('takes the title from the colophon and the byline from the cover', () => {
    expect(doc.title).toBe('群众路线教育实践活动学习读本');
    expect(doc.byline).toBe('许峰 编著');
    expect(doc.subtitle).toBeUndefined();
  });

  it('keeps the book facts as metadata', () => {
    expect(doc.metadata).toMatchObject({
      isbn: '978-7-5051-2622-0',
      publisher: '红旗出版社',
      published: '2013-04',
      price: '28.00元',
      rights: '版权所有 翻印必究 印装有误 负责调换',
      colophonNotes: ['欢迎品牌畅销图书项目合作'],
    });
  });

  it('keeps the cover lines (lines 5–21) as printed, the pinyin included', () => {
    expect(doc.metadata.cover).toEqual([
      '群众路线',
      'WEIMIN WUSHI QINGLIAN 许峰◎编著',
      'BAOCHI DANG DE XIANJINXING HE CHUNJIEXING',
      '为民务实清廉 保持党的先进性和纯洁性',
      '教育实践学习活动学习读本',
      '群众路线',
      '教育实践活动学习读本',
      '许峰◎编著',
      '红旗出版社',
    ]);
  });

  it('keeps the CIP block (lines 23–34)', () => {
    expect(doc.metadata.cip).toEqual([
      '图书在版编目(CIP)数据',
      '群众路线教育实践活动学习读本/许峰编著.',
      '—北京:红旗出版社,2013.3',
      'ISBN 978-7-5051-2622-0',
      'I. ①群… II. ①许… III. ①中国共产党—群众路线—',
      '学习参考资料 IV. ①D252',
      '中国版本图书馆 CIP 数据核字(2013)第 053997 号',
    ]);
  });

  it('reads the tab-laid colophon (lines 36–50) into key/value pairs, keys unspaced', () => {
    expect(doc.metadata.colophon).toEqual({
      书名: '群众路线教育实践活动学习读本',
      编著: '许 峰',
      出品人: '高海浩',
      责任编辑: '赵振兴',
      总监制: '徐永新',
      版式设计: '范首臣',
      出版发行: '红旗出版社',
      地址: '北京市沙滩北街2号',
      邮政编码: '100727',
      编辑部: '010-82982222-8256',
      'E-mail': 'hongqi1608@126.com',
      发行部: '010-82982398/64024637',
      项目部: '010-84026619',
      印刷: '三河市冠宏印刷装订厂',
      开本: '710毫米×1000毫米 1/16',
      字数: '168千字',
      印张: '10',
      版次: '2013年4月北京第1版 2013年4月河北第1次印刷',
      ISBN: '978-7-5051-2622-0',
      定价: '28.00元',
    });
  });

  it('has this exact outline: the preface, then part 为民篇 with its first chapter', () => {
    expect(outlineOf(doc)).toEqual([
      { path: 'preface', level: 'part', text: '前言' },
      { path: 'pt1', level: 'part', text: '为 民 篇' },
      { path: 'pt1/ch1', level: 'chapter', text: '一、群众路线是党的根本路线和生命线' },
      { path: 'pt1/ch1/s1', level: 'section', text: '1. 群众路线：党的事业兴旺发达的法宝' },
      { path: 'pt1/ch1/s2', level: 'section', text: '2. 准确把握党的群众路线的科学内涵' },
      { path: 'pt1/ch1/s2/ss1', level: 'subsection', text: '（1）一切为了群众' },
      { path: 'pt1/ch1/s2/ss2', level: 'subsection', text: '（2）一切依靠群众' },
      { path: 'pt1/ch1/s2/ss3', level: 'subsection', text: '(3) 从群众中来、到群众中去' },
      { path: 'pt1/ch1/s3', level: 'section', text: '3. 坚持群众路线：党的优良传统和基本经验' },
      { path: 'pt1/ch1/s4', level: 'section', text: '4. 密切联系群众：党的最大政治优势' },
      { path: 'pt1/ch1/s5', level: 'section', text: '5. 开创新局面，离不开坚持群众路线' },
      { path: 'pt1/ch1/s5/ss1', level: 'subsection', text: '（1）坚持和实践党的群众路线，是党的领导实践重要的经验总结' },
      { path: 'pt1/ch1/s5/ss2', level: 'subsection', text: '（2）坚持和实践党的群众路线，是党的根本宗旨的实现途径' },
      { path: 'pt1/ch1/s5/ss3', level: 'subsection', text: '（3）坚持和实践党的群众路线，是实行党的领导的重要保证' },
      { path: 'pt1/ch1/s5/ss4', level: 'subsection', text: '（4）坚持和实践群众路线，是各级领导干部做好工作的重要基础' },
      { path: 'pt1/ch1/s6', level: 'section', text: '6. 风云变幻，实践群众路线不能变' },
      { path: 'pt1/ch1/s6/ss1', level: 'subsection', text: '(1) 实践群众路线要用真情团结人民' },
      { path: 'pt1/ch1/s6/ss2', level: 'subsection', text: '（2）关心人民群众的切身利益' },
      { path: 'pt1/ch1/s6/ss3', level: 'subsection', text: '（3）实践党的群众路线要有健全的制度保证' },
    ]);
  });

  it('labels headings as printed and gives the part its "■" subtitle', () => {
    const byPath = new Map(doc.blocks.map((block) => [block.path, block]));
    expect(byPath.get('pt1')).toEqual({
      path: 'pt1',
      kind: 'heading',
      level: 'part',
      text: '为 民 篇',
      subtitle: '扎根群众，情系民生',
    });
    expect(byPath.get('preface')).toEqual({ path: 'preface', kind: 'heading', level: 'part', text: '前言' });
    expect(byPath.get('pt1/ch1')?.label).toBe('一');
    expect(byPath.get('pt1/ch1/s4')?.label).toBe('4');
    expect(byPath.get('pt1/ch1/s2/ss1')?.label).toBe('（1）');
    expect(byPath.get('pt1/ch1/s2/ss3')?.label).toBe('(3)');
    expect(byPath.get('pt1/ch1/s6/ss1')?.label).toBe('(1)');
    expect(doc.blocks.some((block) => block.runIn)).toBe(false);
  });

  it('mends exactly the four page breaks that cut a paragraph', () => {
    expect(doc.mendedBreaks).toEqual([
      { path: 'preface/p4', offset: 200, before: '人民群众', after: '拥护和支' },
      { path: 'pt1/ch1/s4/p3', offset: 243, before: '民群众的', after: '密切联系' },
      { path: 'pt1/ch1/s5/ss2/p1', offset: 33, before: '革命与建', after: '设的目的' },
      { path: 'pt1/ch1/s5/ss4/p1', offset: 68, before: '只有一个', after: '检测和衡' },
    ]);
  });

  it('holds each mended sentence whole in one block', () => {
    for (const sentence of [
      '人民群众拥护和支持开展好这项活动，就是期望把我们党建设好',
      '始终保持党同人民群众的密切联系却是一项长期任务和根本任务，只能加强，不能削弱。',
      '党的奋斗以及社会主义革命与建设的目的都是为了人民；',
      '怎样才算把工作做好了，只有一个检测和衡量标准，那就是看人民群众是否满意、是否高兴。',
    ]) {
      expect(doc.blocks.filter((block) => block.text.includes(sentence))).toHaveLength(1);
    }
  });

  it('leaves apart the paragraphs that a page break falls between (lines 123/127, 161/165, 191/194, 202/206, 206/210)', () => {
    const byPath = new Map(doc.blocks.map((block) => [block.path, block.text]));
    expect(byPath.get('pt1/ch1/s1/p4')?.endsWith('基本依据和重要要求。')).toBe(true);
    expect(byPath.get('pt1/ch1/s1/p5')?.startsWith('群众路线是党的事业不断兴旺发达')).toBe(true);
    expect(byPath.get('pt1/ch1/s3/p2')?.endsWith('即群众路线。')).toBe(true);
    expect(byPath.get('pt1/ch1/s3/p3')?.startsWith('在中国共产党的创建前夕')).toBe(true);
    expect(byPath.get('pt1/ch1/s5/p1')?.endsWith('具有以下几方面的重大意义：')).toBe(true);
    expect(byPath.get('pt1/ch1/s5/ss2/p1')?.endsWith('我们将一事无成。')).toBe(true);
    expect(byPath.get('pt1/ch1/s5/ss2/p2')?.startsWith('历史证明，只要我们模范地坚持')).toBe(true);
  });

  it('marks the preface signature lines 编者 / 2013年4月 and does not join them', () => {
    const preface = doc.blocks.filter((block) => block.path.startsWith('preface/'));
    expect(preface.map((block) => block.path)).toEqual([
      'preface/p1', 'preface/p2', 'preface/p3', 'preface/p4', 'preface/p5', 'preface/p6', 'preface/p7', 'preface/p8',
    ]);
    expect(preface.slice(6)).toEqual([
      { path: 'preface/p7', kind: 'paragraph', text: '编者', role: 'signature' },
      { path: 'preface/p8', kind: 'paragraph', text: '2013年4月', role: 'signature' },
    ]);
    expect(preface.slice(0, 6).every((block) => block.role === undefined)).toBe(true);
  });

  it('turns the 目录 lines into 20 TOC entries, with levels and pages, and no blocks', () => {
    expect(doc.toc).toHaveLength(20);
    expect(doc.toc.filter((entry) => entry.level === 'part').map((entry) => entry.text)).toEqual([
      '为民篇：扎根群众，情系民生',
      '务实篇：求真务实，敢于担当',
      '清廉篇：廉洁自律，防腐拒变',
    ]);
    expect(doc.toc.filter((entry) => entry.level === 'chapter')).toHaveLength(17);
    expect(doc.toc[0]).toEqual({ text: '为民篇：扎根群众，情系民生', page: 1, level: 'part', targetPath: 'pt1' });
    expect(doc.toc[19]).toEqual({ text: '四、接受群众监督，让权力在阳光下运行', page: 148, level: 'chapter' });
  });

  it('links only the TOC entries whose heading is in this excerpt', () => {
    const linked = doc.toc.filter((entry) => entry.targetPath !== undefined);
    expect(linked).toEqual([
      { text: '为民篇：扎根群众，情系民生', page: 1, level: 'part', targetPath: 'pt1' },
      { text: '一、群众路线是党的根本路线和生命线', page: 3, level: 'chapter', targetPath: 'pt1/ch1' },
    ]);
    // 务实篇 and 清廉篇 also open with "一、…": they must not link to 为民篇's chapter.
    expect(doc.toc[9]).toEqual({ text: '一、为群众谋利益必须求真务实', page: 75, level: 'chapter' });
    expect(doc.toc[16]).toEqual({ text: '一、清正廉洁方能赢得民心', page: 127, level: 'chapter' });
  });

  it('lets no cover, CIP, colophon or TOC line into the reading matter', () => {
    for (const block of doc.blocks) {
      expect(block.text).not.toMatch(/\t|ISBN|CIP|版权所有|WEIMIN|QINGLIAN|XIANJINXING|◎|^目\s*录$|^\d+$/u);
    }
    // Only the chapter heading of line 109 shares its text with a TOC line (79); the TOC line itself is no block.
    const tocTexts = new Set(doc.toc.map((entry) => entry.text));
    expect(doc.blocks.filter((block) => tocTexts.has(block.text)).map((block) => block.path)).toEqual(['pt1/ch1']);
    expect(readingText).not.toContain('为民篇：扎根群众');
    expect(readingText).not.toContain('红旗出版社');
    expect(readingText).not.toContain('■');
  });

  it('keeps the print typos: "真心想护" is still there', () => {
    expect(readingText).toContain('真心想护');
  });

  it('keeps every character of the reading matter (lines 54–244 minus 目录, its entries and the "■")', () => {
    const lines = source.split('\n').slice(53).map((line) => line.trim()).filter((line) => line !== '');
    const bodyLines = lines.filter((line) => !line.includes('\t') && line !== '目 录' && !line.startsWith('■'));
    expect(doc.blocks.map((block) => block.text).join('')).toBe(bodyLines.join(''));
    expect(doc.blocks).toHaveLength(72);
  });

  it('gives every block a unique path, and the same paths on a second import', () => {
    const paths = doc.blocks.map((block) => block.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(importPlainText(source)).toEqual(doc);
  });
});
