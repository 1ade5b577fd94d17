import { describe, expect, it } from 'vitest';
import { annotationsToMarkdown, escapeMarkdownInline, escapeMarkdownLine, markdownBlock } from './markdown';
import { makeAnnotation, makeReply, sampleExport, sentenceOf } from './test-fixtures';

/** Whether `ch` occurs in `line` without a backslash escaping it (an odd run of backslashes before it). */
function hasUnescaped(line: string, ch: string): boolean {
  for (let i = line.indexOf(ch); i >= 0; i = line.indexOf(ch, i + 1)) {
    let slashes = 0;
    for (let j = i - 1; j >= 0 && line[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) return true;
  }
  return false;
}

const HOSTILE = [
  '# 标题注入',
  '=HYPERLINK("http://evil.example","点我")',
  '<script>alert(1)</script>',
  '[点我](http://evil.example) ![图](http://evil.example/x.png)',
  '| a | b |',
  '---',
  '1. 列表',
  '    缩进的代码块',
  '> 引用',
  '`code` *强调* _下划线_ ~~删除~~ &lt;',
].join('\n');

describe('annotationsToMarkdown', () => {
  const md = annotationsToMarkdown(sampleExport());

  it('groups by text, then by the headings above each passage; quotes each passage once with its annotations', () => {
    expect(md.startsWith('# 机关第一党支部学习小组 · 批注\n')).toBe(true);
    expect(md).toContain('## 《新形势下党的群众工作的根本指南》（第 1 版）');
    expect(md).toContain('### 篇首');
    expect(md).toContain('› 2. 强调群众路线是我们党的生命线和根本工作路线。\n');
    const quote = `> ${sentenceOf('ch1/s2/p1', 1).exact}`;
    expect(md.split('\n').filter((l) => l === quote)).toHaveLength(1); // two annotations, one quote
    expect(md).toContain('- **𠀋小明** · 疑问 · 2025-05-10 19:25');
    expect(md).toContain('- **王芳** · 重点 · 2025-05-10 19:29');
  });

  it('indents replies under what they answer, and shows deleted ones only as placeholders', () => {
    expect(md).toContain(
      '  - **王芳** · 回复 · 2025-05-10 19:10\\\n    这一句要背下来。\n    - **张伟** · 回复 · 2025-05-10 19:12\\\n      同意，@王芳 下次领读。',
    );
    expect(md).toContain('  - （此回复已删除）\n    - **王芳** · 回复 · 2025-05-10 19:27');
    expect(md).toContain('- （此批注已删除）\n  - **王芳** · 回复');
    expect(md).not.toContain('withdrawn');
    expect(md).not.toContain('gone for good');
    expect(md).not.toContain('私人笔记');
  });

  it('keeps non-BMP characters as they are', () => {
    expect(md).toContain('𠀋字测试，😀 也要原样保留。');
  });

  it('escapes hostile notes, replies and names: no heading, link, image, table, HTML or code can be injected', () => {
    const hostile = makeAnnotation('p1', { start: 0, end: 4 }, {
      authorName: '**假管理员**](http://evil.example)',
      note: HOSTILE,
      replies: [makeReply('h1', { authorName: '# 名字', body: HOSTILE })],
    });
    const out = annotationsToMarkdown([hostile]);
    const lines = out.split('\n');
    // Only our own headings start a line with #.
    expect(lines.filter((l) => /^\s*#/.test(l))).toEqual(['# 机关第一党支部学习小组 · 批注', '## 《新形势下党的群众工作的根本指南》（第 1 版）', '### 篇首']);
    const userLines = lines.filter((l) => /标题注入|HYPERLINK|script|点我|a \\\| b|列表|缩进|引用|code/.test(l));
    expect(userLines.length).toBe(18); // nine hostile lines, in the note and in the reply
    for (const line of userLines) {
      for (const ch of ['<', '>', '[', ']', '|', '`', '*', '_', '~', '&', '#', '!']) {
        // The only unescaped ">" and "*" allowed are our own list/quote markers and bold bylines.
        if (ch === '*' && /^\s*- \*\*/.test(line)) continue;
        expect(hasUnescaped(line.replace(/^\s*/, ''), ch), `${ch} in ${line}`).toBe(false);
      }
      // Indented by the list item only: never four extra spaces that would make a code block.
      expect(line).toMatch(/^( {2}| {4})(\S|- )/);
    }
    expect(out).toContain('  \\---');
    expect(out).toContain('  1\\. 列表');
    expect(out).toContain('  \\> 引用');
    expect(out).toContain('- **\\*\\*假管理员\\*\\*\\](http://evil.example)**');
  });

  it('English labels on request', () => {
    const en = annotationsToMarkdown(sampleExport(), { locale: 'en', timeZone: 'UTC', title: 'Export' });
    expect(en).toContain('# Export');
    expect(en).toContain('## 新形势下党的群众工作的根本指南 (version 1)');
    expect(en).toContain('- **𠀋小明** · Question · 2025-05-10 11:25');
    expect(en).toContain('(This reply was deleted)');
  });
});

describe('Markdown escaping', () => {
  it('escapes characters that mean something anywhere, and line-start markers only at the start', () => {
    expect(escapeMarkdownLine('# 标题')).toBe('\\# 标题');
    expect(escapeMarkdownLine('- 项')).toBe('\\- 项');
    expect(escapeMarkdownLine('1) 项')).toBe('1\\) 项');
    expect(escapeMarkdownLine('2.5 倍 - 3 倍')).toBe('2.5 倍 - 3 倍');
    expect(escapeMarkdownLine('    code')).toBe('code');
    expect(escapeMarkdownLine('a\\b')).toBe('a\\\\b');
    expect(escapeMarkdownLine('群众路线是党的生命线')).toBe('群众路线是党的生命线');
  });

  it('inline text loses its line breaks; block text keeps them as hard breaks inside its container', () => {
    expect(escapeMarkdownInline('一\n# 二\r\n三')).toBe('一 \\# 二 三');
    expect(markdownBlock('一\n二\n\n三\n', '> ')).toEqual(['> 一\\', '> 二', '>', '> 三']);
    expect(markdownBlock('\r\n一\r\n', '  ')).toEqual(['  一']);
  });
});
