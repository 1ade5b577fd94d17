/**
 * Acceptance 3: texts the importer was not written against (fixtures/, written for these tests in the style of the
 * starting library but with other part names, a dot-leader TOC, （一） and 第一章 / 第一节 numbering, other page
 * breaks, and one in Markdown). Their whole outlines, blocks and joins are pinned.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importMarkdown, importPlainText, outlineOf, type ImportedBlock, type ImportedDocument } from './index';

const readFixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function pathsAndTexts(doc: ImportedDocument): string[][] {
  return doc.blocks.map((block: ImportedBlock) => [block.path, block.text]);
}

describe('fixtures/practice-reader.txt: a book with a dot-leader TOC, 务实篇/清廉篇, （一） sections', () => {
  const source = readFixture('practice-reader.txt');
  const doc = importPlainText(source);

  it('reads the book head: title from the colophon, byline from the cover, the facts as metadata', () => {
    expect(doc.title).toBe('求真务实学习读本');
    expect(doc.byline).toBe('王明 主编');
    expect(doc.metadata).toMatchObject({
      isbn: '978-7-0000-1234-5',
      publisher: '东方书社',
      published: '2015-06',
      price: '18.00元',
      rights: '版权所有 侵权必究',
    });
    expect(doc.metadata.colophon).toMatchObject({ 主编: '王 明', 版次: '2015年6月第1版 2015年6月第1次印刷' });
  });

  it('has this exact outline: （一） ranks between 一、 and 1., so 1. points become subsections', () => {
    expect(outlineOf(doc)).toEqual([
      { path: 'preface', level: 'part', text: '出版说明' },
      { path: 'pt1', level: 'part', text: '务 实 篇' },
      { path: 'pt1/ch1', level: 'chapter', text: '一、求真务实是党的思想路线的核心' },
      { path: 'pt1/ch1/s1', level: 'section', text: '（一）实事求是的科学内涵' },
      { path: 'pt1/ch1/s1/ss1', level: 'subsection', text: '1. 坚持一切从实际出发。' },
      { path: 'pt1/ch1/s1/ss2', level: 'subsection', text: '2. 坚持理论联系实际。' },
      { path: 'pt1/ch1/s2', level: 'section', text: '（二）求真务实的时代要求' },
      { path: 'pt1/ch2', level: 'chapter', text: '二、坚持调查研究，掌握第一手材料' },
      { path: 'pt2', level: 'part', text: '清 廉 篇' },
      { path: 'pt2/ch1', level: 'chapter', text: '一、廉洁自律是立身之本' },
      { path: 'pt2/ch1/s1', level: 'section', text: '（一）守住底线' },
      { path: 'pt2/ch1/s1/ss1', level: 'subsection', text: '1. 严守政治纪律和政治规矩。' },
      { path: 'pt2/ch1/s1/ss2', level: 'subsection', text: '2. 严守廉洁纪律。' },
      { path: 'afterword', level: 'part', text: '后记' },
    ]);
    expect(doc.blocks.find((block) => block.path === 'pt1/ch1/s1')?.label).toBe('（一）');
    expect(doc.blocks.find((block) => block.path === 'pt2')?.subtitle).toBe('廉洁自律，干净做事');
  });

  it('has these blocks, run-in points split and the signature marked', () => {
    expect(pathsAndTexts(doc)).toEqual([
      ['preface', '出版说明'],
      ['preface/p1', expect.stringMatching(/^求真务实是我们党的思想路线的核心内容.*学习读本。$/u)],
      ['preface/p2', expect.stringMatching(/^本书分为务实篇和清廉篇两部分.*个人自学。$/u)],
      ['preface/p3', '编者'],
      ['preface/p4', '2015年5月'],
      ['pt1', '务 实 篇'],
      ['pt1/p1', '务实，就是讲实话、出实招、办实事、求实效。求真务实，要求我们一切从实际出发，按照客观规律办事。'],
      ['pt1/ch1', '一、求真务实是党的思想路线的核心'],
      ['pt1/ch1/p1', expect.stringMatching(/^实事求是是马克思主义的根本观点.*具体体现。$/u)],
      ['pt1/ch1/s1', '（一）实事求是的科学内涵'],
      ['pt1/ch1/s1/p1', expect.stringMatching(/^所谓“实事”.*这一阐释是毛泽东同志在延安整风时期作出的，至今仍是我们理解实事求是的钥匙。$/u)],
      ['pt1/ch1/s1/ss1', '1. 坚持一切从实际出发。'],
      ['pt1/ch1/s1/ss1/p1', '这是实事求是的出发点。脱离实际的决策，再好的愿望也会落空。'],
      ['pt1/ch1/s1/ss2', '2. 坚持理论联系实际。'],
      ['pt1/ch1/s1/ss2/p1', '理论只有同实际相结合，才能发挥指导作用。'],
      ['pt1/ch1/s2', '（二）求真务实的时代要求'],
      ['pt1/ch1/s2/p1', '新形势下，情况在变，任务在变，工作要求也在变。要做到求真务实，必须大兴调查研究之风，把功夫下在摸清情况、解决问题上。'],
      ['pt1/ch2', '二、坚持调查研究，掌握第一手材料'],
      ['pt1/ch2/p1', '没有调查，就没有发言权。调查研究是谋事之基、成事之道。'],
      ['pt1/ch2/p2', '领导干部要轻车简从，深入基层，听真话、察实情，防止走马观花、浅尝辄止。'],
      ['pt2', '清 廉 篇'],
      ['pt2/ch1', '一、廉洁自律是立身之本'],
      ['pt2/ch1/p1', '廉洁自律是共产党人的政治本色。干部清正、政府清廉、政治清明，是人民群众的殷切期盼。'],
      ['pt2/ch1/s1', '（一）守住底线'],
      ['pt2/ch1/s1/ss1', '1. 严守政治纪律和政治规矩。'],
      ['pt2/ch1/s1/ss1/p1', '这是最根本、最重要的纪律。'],
      ['pt2/ch1/s1/ss2', '2. 严守廉洁纪律。'],
      ['pt2/ch1/s1/ss2/p1', '不该拿的不拿，不该吃的不吃，不该去的地方不去，始终保持共产党人的清正廉洁本色。'],
      ['afterword', '后记'],
      ['afterword/p1', '本书在编写过程中参考了大量文献资料，谨向有关作者表示感谢。'],
    ]);
    expect(doc.blocks.filter((block) => block.role === 'signature').map((block) => block.path)).toEqual([
      'preface/p3',
      'preface/p4',
    ]);
  });

  it('mends the three page breaks, two of them inside a word (调查研|究, 清正廉|洁)', () => {
    expect(doc.mendedBreaks).toEqual([
      { path: 'pt1/ch1/s1/p1', offset: 68, before: '东同志在', after: '延安整风' },
      { path: 'pt1/ch1/s2/p1', offset: 38, before: '兴调查研', after: '究之风，' },
      { path: 'pt2/ch1/s1/ss2/p1', offset: 35, before: '的清正廉', after: '洁本色。' },
    ]);
  });

  it('reads the dot-leader TOC and links the entries found in the body, each under its own part', () => {
    expect(doc.toc).toEqual([
      { text: '务实篇：求真务实，真抓实干', page: 1, level: 'part', targetPath: 'pt1' },
      { text: '一、求真务实是党的思想路线的核心', page: 3, level: 'chapter', targetPath: 'pt1/ch1' },
      { text: '二、坚持调查研究，掌握第一手材料', page: 12, level: 'chapter', targetPath: 'pt1/ch2' },
      { text: '三、真抓实干，力戒形式主义', page: 20, level: 'chapter' },
      { text: '清廉篇：廉洁自律，干净做事', page: 25, level: 'part', targetPath: 'pt2' },
      { text: '一、廉洁自律是立身之本', page: 27, level: 'chapter', targetPath: 'pt2/ch1' },
      { text: '二、管好身边人和身边事', page: 36, level: 'chapter' },
    ]);
  });

  it('keeps every character of the reading matter', () => {
    const lines = source.split('\n').slice(31).map((line) => line.trim());
    const body = lines.filter((line) => line !== '' && !line.includes('……') && line !== '目 录' && !line.startsWith('■'));
    expect(doc.blocks.map((block) => block.text).join('')).toBe(body.join(''));
  });
});

describe('fixtures/branch-handbook.txt: 第一章 / 第一节 / 一、 / （一）, an article head and a tabbed TOC', () => {
  const doc = importPlainText(readFixture('branch-handbook.txt'));

  it('reads the article head', () => {
    expect([doc.title, doc.subtitle, doc.byline]).toEqual([
      '基层党支部工作手册',
      '学习贯彻党章和党内法规的实践指引',
      '某某市委组织部',
    ]);
    expect(doc.metadata).toEqual({});
  });

  it('ranks four numbering styles into the four levels, since the text has no parts of its own', () => {
    expect(outlineOf(doc)).toEqual([
      { path: 'pt1', level: 'part', text: '第一章 总则' },
      { path: 'pt1/ch1', level: 'chapter', text: '第一节 指导思想' },
      { path: 'pt1/ch1/s1', level: 'section', text: '一、坚持以党章为根本遵循。' },
      { path: 'pt1/ch1/s2', level: 'section', text: '二、坚持问题导向' },
      { path: 'pt1/ch1/s2/ss1', level: 'subsection', text: '（一）找准问题。' },
      { path: 'pt1/ch1/s2/ss2', level: 'subsection', text: '（二）解决问题。' },
      { path: 'pt1/ch2', level: 'chapter', text: '第二节 基本原则' },
      { path: 'pt2', level: 'part', text: '第二章 组织生活' },
      { path: 'pt2/ch1', level: 'chapter', text: '第一节 “三会一课”' },
      { path: 'pt2/ch2', level: 'chapter', text: '第二节 主题党日' },
      { path: 'appendix', level: 'part', text: '附录' },
    ]);
    expect(doc.blocks.filter((block) => block.kind === 'heading').map((block) => block.label ?? '')).toEqual([
      '一', '一', '一', '二', '（一）', '（二）', '二', '二', '一', '二', '',
    ]);
  });

  it('has these blocks: the lead paragraph first, run-in points split, page breaks mended', () => {
    expect(pathsAndTexts(doc)).toEqual([
      ['p1', '这本手册汇集了党支部日常工作的基本要求和常见做法，供基层党支部书记和支委会成员学习参考。'],
      ['pt1', '第一章 总则'],
      ['pt1/ch1', '第一节 指导思想'],
      ['pt1/ch1/p1', '党支部是党的基础组织，是党在社会基层组织中的战斗堡垒，是党的全部工作和战斗力的基础。'],
      ['pt1/ch1/s1', '一、坚持以党章为根本遵循。'],
      ['pt1/ch1/s1/p1', '党章是立党治党管党的总章程。党支部的一切工作都要以党章为依据。'],
      ['pt1/ch1/s2', '二、坚持问题导向'],
      ['pt1/ch1/s2/ss1', '（一）找准问题。'],
      ['pt1/ch1/s2/ss1/p1', '要经常听取党员和群众的意见，把问题找准、找实。'],
      ['pt1/ch1/s2/ss2', '（二）解决问题。'],
      ['pt1/ch1/s2/ss2/p1', '对查找出的问题要建立台账，逐项整改，限期销号，做到件件有着落、事事有回音。'],
      ['pt1/ch2', '第二节 基本原则'],
      ['pt1/ch2/p1', '坚持民主集中制，凡属重要问题都要由支委会集体讨论决定。'],
      ['pt2', '第二章 组织生活'],
      ['pt2/ch1', '第一节 “三会一课”'],
      ['pt2/ch1/p1', '“三会一课”是党的组织生活的基本制度，是加强党员教育管理的重要途径，必须长期坚持、认真落实。'],
      ['pt2/ch2', '第二节 主题党日'],
      ['pt2/ch2/p1', '党支部每月相对固定一天开展主题党日，组织党员集中学习、过组织生活、进行民主议事和志愿服务。'],
      ['appendix', '附录'],
      ['appendix/p1', '党支部工作常用文书格式另行印发。'],
    ]);
    expect(doc.mendedBreaks).toEqual([
      { path: 'pt1/ch1/s2/ss2/p1', offset: 18, before: '项整改，', after: '限期销号' },
      { path: 'pt2/ch1/p1', offset: 36, before: '径，必须', after: '长期坚持' },
    ]);
  });

  it('levels the TOC entries like the body and links every one of them', () => {
    expect(doc.toc).toEqual([
      { text: '第一章 总则', page: 1, level: 'part', targetPath: 'pt1' },
      { text: '第一节 指导思想', page: 1, level: 'chapter', targetPath: 'pt1/ch1' },
      { text: '第二节 基本原则', page: 4, level: 'chapter', targetPath: 'pt1/ch2' },
      { text: '第二章 组织生活', page: 9, level: 'part', targetPath: 'pt2' },
      { text: '第一节 “三会一课”', page: 9, level: 'chapter', targetPath: 'pt2/ch1' },
      { text: '第二节 主题党日', page: 15, level: 'chapter', targetPath: 'pt2/ch2' },
      { text: '附录', page: 21, level: 'part', targetPath: 'appendix' },
    ]);
  });
});

describe('fixtures/reading-circle-guide.md: Markdown', () => {
  const doc = importMarkdown(readFixture('reading-circle-guide.md'), { recordLines: true });

  it('reads the front matter', () => {
    expect([doc.title, doc.subtitle, doc.byline]).toEqual(['读书会共读指南', '怎样组织一次好的共读', '共读编辑组']);
    expect(doc.metadata).toEqual({ publisher: '共读出版', published: '2024-03' });
    expect(doc.toc).toEqual([]);
    expect(doc.mendedBreaks).toEqual([]);
  });

  it('maps ## / ### / #### to part / chapter / section (## is the shallowest used), and a --- underline too', () => {
    expect(outlineOf(doc)).toEqual([
      { path: 'pt1', level: 'part', text: '第一部分 准备' },
      { path: 'pt1/ch1', level: 'chapter', text: '一、选好篇目' },
      { path: 'pt1/ch2', level: 'chapter', text: '二、分好角色' },
      { path: 'pt1/ch2/s1', level: 'section', text: '领读人的准备' },
      { path: 'pt2', level: 'part', text: '第二部分 共读' },
      { path: 'pt2/ch1', level: 'chapter', text: '三、边读边记' },
      { path: 'afterword', level: 'part', text: '后记' },
    ]);
  });

  it('joins soft line breaks, keeps list items and quotes as paragraphs, and reduces inline markup to its words', () => {
    expect(doc.blocks.map((block) => [block.line, block.path, block.text])).toEqual([
      [9, 'pt1', '第一部分 准备'],
      [11, 'pt1/p1', '共读之前，领读人要先把全文读一遍，标出重点和疑问。'],
      [14, 'pt1/ch1', '一、选好篇目'],
      [16, 'pt1/ch1/p1', '篇目不宜过长。一次共读以一万字以内为宜，便于在一个小时内读完并讨论。'],
      [19, 'pt1/ch1/p2', '选与小组当前学习任务相关的篇目；'],
      [20, 'pt1/ch1/p3', '选有原文出处的版本，注明页码。'],
      [22, 'pt1/ch1/p4', '避免选择只有摘要的二手材料。'],
      [24, 'pt1/ch2', '二、分好角色'],
      [26, 'pt1/ch2/p1', '1. 领读人：介绍背景，控制节奏。'],
      [27, 'pt1/ch2/p2', '2. 记录人：记下讨论要点，会后整理成学习记录。'],
      [29, 'pt1/ch2/s1', '领读人的准备'],
      [31, 'pt1/ch2/s1/p1', '读书要“眼到、口到、心到”。领读人先做到，才能带动大家。'],
      [34, 'pt1/ch2/s1/p2', 'See also the Reading Group Handbook (2nd edition) for groups that read in English.'],
      [37, 'pt2', '第二部分 共读'],
      [39, 'pt2/ch1', '三、边读边记'],
      [41, 'pt2/ch1/p1', '使用 重点、疑问、体会 三种标注。详见标注说明。'],
      [43, 'pt2/ch1/p2', '重点：划线\n疑问：加问号'],
      [50, 'pt2/ch1/p3', '共读结束后，记录人整理学习记录并发给全体成员。'],
      [52, 'afterword', '后记'],
      [55, 'afterword/p1', '这份指南会不断修订，欢迎提出 *修改意见*。'],
    ]);
    expect(doc.blocks.find((block) => block.path === 'pt1')?.label).toBe('一');
  });
});

describe('Markdown details', () => {
  it('takes a lone # heading that opens the text for its title, and otherwise keeps # headings as blocks', () => {
    const titled = importMarkdown('# 标题\n\n## 第一章\n\n正文。\n');
    expect(titled.title).toBe('标题');
    expect(outlineOf(titled)).toEqual([{ path: 'pt1', level: 'part', text: '第一章' }]);
    const twoTop = importMarkdown('# 上篇\n\n正文。\n\n# 下篇\n\n## 一节\n', { slug: 'two-parts' });
    expect(twoTop.title).toBe('two-parts');
    expect(outlineOf(twoTop).map((item) => [item.path, item.level])).toEqual([
      ['pt1', 'part'],
      ['pt2', 'part'],
      ['pt2/ch1', 'chapter'],
    ]);
  });

  it('nests skipped levels and folds headings deeper than four levels into subsections', () => {
    const doc = importMarkdown('导语。\n\n# 一\n\n### 三\n\n#### 四\n\n##### 五\n\n###### 六\n');
    expect(outlineOf(doc).map((item) => [item.path, item.level])).toEqual([
      ['pt1', 'part'],
      ['pt1/s1', 'section'],
      ['pt1/s1/ss1', 'subsection'],
      ['pt1/s1/ss2', 'subsection'],
      ['pt1/s1/ss3', 'subsection'],
    ]);
  });

  it('keeps raw HTML as text and code spans as their words; a quote interrupts a paragraph', () => {
    const doc = importMarkdown('第一行<br>仍是第一段\n> 引文\n继续引文\n\n`a*b*c` 与 a*b*c 与 \\*字\\*');
    expect(doc.blocks.map((block) => block.text)).toEqual([
      '第一行<br>仍是第一段',
      '引文继续引文',
      'a*b*c 与 abc 与 *字*',
    ]);
  });
});
