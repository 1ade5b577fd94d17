import { describe, expect, it } from 'vitest';
import { importPlainText, outlineOf, type ImportedBlock } from './index';

/** Texts in the style of content/texts, one rule at a time. */
function importLines(...lines: string[]) {
  return importPlainText(lines.join('\n'));
}

function pathsAndTexts(blocks: ImportedBlock[]) {
  return blocks.map((block) => [block.path, block.text]);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('page breaks', () => {
  it('joins a word cut by a page break, with nothing in between, and records where', () => {
    const doc = importLines('一、标题', '', '党的奋斗以及社会主义革命与建', '', '设的目的都是为了人民。');
    expect(pathsAndTexts(doc.blocks)).toEqual([
      ['ch1', '一、标题'],
      ['ch1/p1', '党的奋斗以及社会主义革命与建设的目的都是为了人民。'],
    ]);
    expect(doc.mendedBreaks).toEqual([{ path: 'ch1/p1', offset: 14, before: '革命与建', after: '设的目的' }]);
  });

  it('treats lines holding only spaces, full-width spaces or tabs as blank', () => {
    const doc = importLines('一、标题', '', '始终保持党同人民群众的', ' ', '\u3000\u3000', '\t', '密切联系却是一项长期任务。');
    expect(pathsAndTexts(doc.blocks)).toEqual([
      ['ch1', '一、标题'],
      ['ch1/p1', '始终保持党同人民群众的密切联系却是一项长期任务。'],
    ]);
    expect(doc.mendedBreaks).toEqual([{ path: 'ch1/p1', offset: 11, before: '民群众的', after: '密切联系' }]);
  });

  it('keeps a paragraph break that falls on a page break after closing punctuation', () => {
    const doc = importLines('第一段到此为止。', '', '', '', '第二段说：“好。”', '', ' ', '第三段如下：', '', '', '第四段……');
    expect(pathsAndTexts(doc.blocks)).toEqual([
      ['p1', '第一段到此为止。'],
      ['p2', '第二段说：“好。”'],
      ['p3', '第三段如下：'],
      ['p4', '第四段……'],
    ]);
    expect(doc.mendedBreaks).toEqual([]);
  });

  it('does not take a closing quote right after a word for the end of a paragraph', () => {
    const doc = importLines('一、标题', '', '要把“三严三实”', '', '作为自觉追求。');
    expect(pathsAndTexts(doc.blocks)).toEqual([
      ['ch1', '一、标题'],
      ['ch1/p1', '要把“三严三实”作为自觉追求。'],
    ]);
  });

  it('mends a paragraph cut twice, and never joins a cut paragraph to a heading', () => {
    const doc = importLines('一、标题', '', '甲乙', '', '丙丁', '', '戊己。', '', '没有标点的段落', '', '二、下一章');
    expect(pathsAndTexts(doc.blocks)).toEqual([
      ['ch1', '一、标题'],
      ['ch1/p1', '甲乙丙丁戊己。'],
      ['ch1/p2', '没有标点的段落'],
      ['ch2', '二、下一章'],
    ]);
    expect(doc.mendedBreaks).toEqual([
      { path: 'ch1/p1', offset: 2, before: '甲乙', after: '丙丁戊己' },
      { path: 'ch1/p1', offset: 4, before: '甲乙丙丁', after: '戊己。' },
    ]);
  });
});

describe('numbered headings', () => {
  it('reads "（1）" with full-width brackets and "(1)" with ASCII brackets as subsections, labelled as printed', () => {
    const doc = importLines('1. 小节', '', '（1）全角括号', '', '正文。', '', '(2) 半角括号', '', '正文。');
    expect(doc.blocks).toEqual([
      { path: 's1', kind: 'heading', level: 'section', label: '1', text: '1. 小节' },
      { path: 's1/ss1', kind: 'heading', level: 'subsection', label: '（1）', text: '（1）全角括号' },
      { path: 's1/ss1/p1', kind: 'paragraph', text: '正文。' },
      { path: 's1/ss2', kind: 'heading', level: 'subsection', label: '(2)', text: '(2) 半角括号' },
      { path: 's1/ss2/p1', kind: 'paragraph', text: '正文。' },
    ]);
  });

  it('tells a run-in point (a numbered paragraph) from a numbered heading on its own line', () => {
    const doc = importLines(
      '一、章标题',
      '1. 独立的小节标题',
      '',
      '小节正文。',
      '',
      '2. 强调把人民利益放在第一位。总书记指出，“我们任何时候都必须这样做。”',
      '',
      '3. 只有一句的要点。',
    );
    expect(doc.blocks).toEqual([
      { path: 'ch1', kind: 'heading', level: 'chapter', label: '一', text: '一、章标题' },
      { path: 'ch1/s1', kind: 'heading', level: 'section', label: '1', text: '1. 独立的小节标题' },
      { path: 'ch1/s1/p1', kind: 'paragraph', text: '小节正文。' },
      { path: 'ch1/s2', kind: 'heading', level: 'section', label: '2', text: '2. 强调把人民利益放在第一位。', runIn: true },
      { path: 'ch1/s2/p1', kind: 'paragraph', text: '总书记指出，“我们任何时候都必须这样做。”' },
      { path: 'ch1/s3', kind: 'heading', level: 'section', label: '3', text: '3. 只有一句的要点。' },
    ]);
  });

  it('keeps a closing quote with the run-in heading sentence it closes', () => {
    const doc = importLines('1. 强调“人民至上。”要求全党这样做。');
    expect(pathsAndTexts(doc.blocks)).toEqual([
      ['s1', '1. 强调“人民至上。”'],
      ['s1/p1', '要求全党这样做。'],
    ]);
  });

  it('mends a run-in point whose body was cut by a page break, and records the break in the body paragraph', () => {
    const doc = importLines('1. 强调要点。总书记指出，要坚持群众', '', '', '路线。');
    expect(pathsAndTexts(doc.blocks)).toEqual([
      ['s1', '1. 强调要点。'],
      ['s1/p1', '总书记指出，要坚持群众路线。'],
    ]);
    expect(doc.mendedBreaks).toEqual([{ path: 's1/p1', offset: 11, before: '坚持群众', after: '路线。' }]);
  });

  it('does not read a year or a decimal at the start of a paragraph as a number', () => {
    const doc = importLines('1929年9月28日，发出指示信。', '', '3.5亿人受益。');
    expect(outlineOf(doc)).toEqual([]);
    expect(doc.blocks.map((block) => block.path)).toEqual(['p1', 'p2']);
  });

  it('reads "第二篇 …" as a numbered part, and a "■" line after anything but a part as a paragraph', () => {
    const doc = importLines('第二篇 求真务实', '', '■ 敢于担当', '', '一、章', '', '■ 要点一。');
    expect(doc.blocks).toEqual([
      { path: 'pt1', kind: 'heading', level: 'part', label: '二', text: '第二篇 求真务实', subtitle: '敢于担当' },
      { path: 'pt1/ch1', kind: 'heading', level: 'chapter', label: '一', text: '一、章' },
      { path: 'pt1/ch1/p1', kind: 'paragraph', text: '■ 要点一。' },
    ]);
  });

  it('nests a heading under the nearest higher heading, skipping missing levels', () => {
    const doc = importLines('上 篇', '', '（1）直接在篇下', '', '一、章', '', '（1）直接在章下', '', '下 篇', '', '一、章');
    expect(outlineOf(doc).map((item) => item.path)).toEqual(['pt1', 'pt1/ss1', 'pt1/ch1', 'pt1/ch1/ss1', 'pt2', 'pt2/ch1']);
  });
});

describe('document head', () => {
  it('imports a text with no front matter: no title unless a slug is given, numbering from the first line', () => {
    const source = ['一、第一章', '第一章的正文。', '', '二、第二章', '', '第二章的正文。'].join('\n');
    const doc = importPlainText(source);
    expect(doc).toEqual({
      title: '',
      metadata: {},
      toc: [],
      mendedBreaks: [],
      blocks: [
        { path: 'ch1', kind: 'heading', level: 'chapter', label: '一', text: '一、第一章' },
        { path: 'ch1/p1', kind: 'paragraph', text: '第一章的正文。' },
        { path: 'ch2', kind: 'heading', level: 'chapter', label: '二', text: '二、第二章' },
        { path: 'ch2/p1', kind: 'paragraph', text: '第二章的正文。' },
      ],
    });
    expect(importPlainText(source, { slug: 'two-chapters' }).title).toBe('two-chapters');
  });

  it('does not take a first paragraph for a title', () => {
    const doc = importLines('这是正文的第一段。', '', '这是第二段。');
    expect(doc.title).toBe('');
    expect(pathsAndTexts(doc.blocks)).toEqual([
      ['p1', '这是正文的第一段。'],
      ['p2', '这是第二段。'],
    ]);
  });

  it('reads an article head indented with full-width spaces, in a file with a BOM and CR LF line ends', () => {
    const doc = importPlainText('\uFEFF\u3000\u3000文章标题\r\n——副标题\r\n\r\n某某理论学习中心组\r\n\r\n导语段落。\r\n');
    expect(doc.title).toBe('文章标题');
    expect(doc.subtitle).toBe('副标题');
    expect(doc.byline).toBe('某某理论学习中心组');
    expect(pathsAndTexts(doc.blocks)).toEqual([['p1', '导语段落。']]);
  });

  it('keeps a small book head (cover, CIP, colophon) out of the reading matter', () => {
    const doc = importLines(
      '书的名字',
      '',
      '张三◎主编',
      '',
      '图书在版编目(CIP)数据',
      '书的名字/张三主编.—北京:某某出版社,2020.5',
      'ISBN 978-7-0000-0000-0',
      '中国版本图书馆 CIP 数据核字(2020)第 000001 号',
      '',
      '书 名 书的名字',
      '出版发行\t某某出版社\t地 址\t北京',
      '定 价\t10.00元',
      '',
      '版权所有 翻印必究',
      '',
      '序言',
      '',
      '正文。',
    );
    expect(doc.title).toBe('书的名字');
    expect(doc.byline).toBe('张三 主编');
    expect(doc.metadata).toEqual({
      isbn: '978-7-0000-0000-0',
      publisher: '某某出版社',
      published: '2020-05',
      price: '10.00元',
      cover: ['书的名字', '张三◎主编'],
      cip: [
        '图书在版编目(CIP)数据',
        '书的名字/张三主编.—北京:某某出版社,2020.5',
        'ISBN 978-7-0000-0000-0',
        '中国版本图书馆 CIP 数据核字(2020)第 000001 号',
      ],
      colophon: { 书名: '书的名字', 出版发行: '某某出版社', 地址: '北京', 定价: '10.00元' },
      rights: '版权所有 翻印必究',
    });
    expect(pathsAndTexts(doc.blocks)).toEqual([
      ['preface', '序言'],
      ['preface/p1', '正文。'],
    ]);
  });
});

describe('front and back matter', () => {
  it('keeps a preface signature apart, and does not nest the body or post-TOC paragraphs in the preface', () => {
    const doc = importLines('前 言', '', '前言正文。', '', '编者', '', '2020年1月', '', '目 录', '', '上篇：副题\t1', '', '目录后的说明。', '', '一、甲');
    expect(doc.blocks).toEqual([
      { path: 'preface', kind: 'heading', level: 'part', text: '前 言' },
      { path: 'preface/p1', kind: 'paragraph', text: '前言正文。' },
      { path: 'preface/p2', kind: 'paragraph', text: '编者', role: 'signature' },
      { path: 'preface/p3', kind: 'paragraph', text: '2020年1月', role: 'signature' },
      { path: 'p1', kind: 'paragraph', text: '目录后的说明。' },
      { path: 'ch1', kind: 'heading', level: 'chapter', label: '一', text: '一、甲' },
    ]);
  });

  it('places an afterword at the top level, after the numbered body', () => {
    const doc = importLines('一、甲', '', '正文。', '', '1. 乙', '', '正文。', '', '后记', '', '后记正文。');
    expect(doc.blocks.slice(-2).map((block) => block.path)).toEqual(['afterword', 'afterword/p1']);
  });
});

describe('table of contents', () => {
  const doc = importLines(
    '目 录',
    '',
    '上篇：扎根群众\t1',
    '一、第一章\t3',
    '二、不在本书中的章\t9',
    '下篇：另一部分\t20',
    '一、第一章\t21',
    '',
    '上 篇',
    '',
    '■ 扎根群众',
    '',
    '一、第一章',
    '',
    '正文。',
  );

  it('lifts TOC lines out of the reading matter into entries with level and page', () => {
    expect(pathsAndTexts(doc.blocks)).toEqual([
      ['pt1', '上 篇'],
      ['pt1/ch1', '一、第一章'],
      ['pt1/ch1/p1', '正文。'],
    ]);
    expect(doc.blocks[0].subtitle).toBe('扎根群众');
  });

  it('links an entry to the heading it names, within its own part only', () => {
    expect(doc.toc).toEqual([
      { text: '上篇：扎根群众', page: 1, level: 'part', targetPath: 'pt1' },
      { text: '一、第一章', page: 3, level: 'chapter', targetPath: 'pt1/ch1' },
      { text: '二、不在本书中的章', page: 9, level: 'chapter' },
      { text: '下篇：另一部分', page: 20, level: 'part' },
      { text: '一、第一章', page: 21, level: 'chapter' },
    ]);
  });
});

describe('code points', () => {
  it('counts the mended-break offset in code points, past CJK Extension B characters and emoji', () => {
    const doc = importLines('一、标题', '', '𠀋字😀在前的建', '', '设很好。');
    const block = doc.blocks[1];
    expect(block.text).toBe('𠀋字😀在前的建设很好。');
    expect(doc.mendedBreaks).toEqual([{ path: 'ch1/p1', offset: 7, before: '在前的建', after: '设很好。' }]);
    expect(Array.from(block.text).slice(7).join('')).toBe('设很好。');
  });

  it('never splits a surrogate pair in the break context', () => {
    const doc = importLines('一、标题', '', '一二三四𠀋😀', '', '𠀋𠀋甲乙丙。');
    expect(doc.mendedBreaks).toEqual([{ path: 'ch1/p1', offset: 6, before: '三四𠀋😀', after: '𠀋𠀋甲乙' }]);
    for (const mended of doc.mendedBreaks) {
      expect(mended.before).not.toMatch(LONE_SURROGATE);
      expect(mended.after).not.toMatch(LONE_SURROGATE);
    }
  });

  it('keeps offsets in code points inside the body of a run-in point', () => {
    const doc = importLines('1. 强调𠀋。正文𠀋的建', '', '设。');
    expect(pathsAndTexts(doc.blocks)).toEqual([
      ['s1', '1. 强调𠀋。'],
      ['s1/p1', '正文𠀋的建设。'],
    ]);
    expect(doc.mendedBreaks).toEqual([{ path: 's1/p1', offset: 5, before: '文𠀋的建', after: '设。' }]);
  });
});

describe('stability', () => {
  it('gives the same paths on every import, and only unique ones', () => {
    const source = ['前言', '', '甲。', '', '一、章', '', '（1）小', '', '乙。', '', '(2) 小', '', '丙。'].join('\n');
    const first = importPlainText(source).blocks.map((block) => block.path);
    expect(importPlainText(source).blocks.map((block) => block.path)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first).toEqual(['preface', 'preface/p1', 'ch1', 'ch1/ss1', 'ch1/ss1/p1', 'ch1/ss2', 'ch1/ss2/p1']);
  });
});
