import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlainText, outlineOf } from './index';

const source = readFileSync(new URL('../../../content/texts/mass-line-guide.txt', import.meta.url), 'utf8');
const doc = importPlainText(source);

describe('mass-line-guide.txt', () => {
  it('reads the title, the "——" subtitle (without its dashes) and the byline from lines 1, 2 and 4', () => {
    expect(doc.title).toBe('新形势下党的群众工作的根本指南');
    expect(doc.subtitle).toBe('学习贯彻习近平总书记关于党的群众路线重要论述');
    expect(doc.byline).toBe('中央直属机关工委理论学习中心组');
    expect(doc.metadata).toEqual({});
    expect(doc.toc).toEqual([]);
  });

  it('has this exact outline: three chapters, their numbered points as run-in sections', () => {
    expect(outlineOf(doc)).toEqual([
      { path: 'ch1', level: 'chapter', text: '一、习近平总书记关于党的群众路线重要论述，在新的历史起点上丰富了马克思主义群众观的理论内涵' },
      { path: 'ch1/s1', level: 'section', text: '1. 强调始终把人民群众放在心中最高的位置。' },
      { path: 'ch1/s2', level: 'section', text: '2. 强调群众路线是我们党的生命线和根本工作路线。' },
      { path: 'ch1/s3', level: 'section', text: '3. 强调解决民生问题是密切党群关系的治本之策。' },
      { path: 'ch1/s4', level: 'section', text: '4. 强调加强和改进作风建设是保持党同人民群众血肉联系的有效途径。' },
      { path: 'ch1/s5', level: 'section', text: '5. 强调在继承中不断推动群众工作改革创新。' },
      { path: 'ch1/s6', level: 'section', text: '6. 强调领导干部以身作则、率先垂范是贯彻党的群众路线的强大动力。' },
      { path: 'ch2', level: 'chapter', text: '二、习近平总书记关于党的群众路线重要论述，实现了党的群众路线在理论和实践上的新飞跃' },
      { path: 'ch2/s1', level: 'section', text: '1. 实现了思想价值追求与工作定位布局的有机结合，开拓了贯彻群众路线的新境界。' },
      { path: 'ch2/s2', level: 'section', text: '2. 实现了服务人民群众与加强党的自身建设的有机结合，为密切新形势下党群关系明确了目标和方向。' },
      { path: 'ch2/s3', level: 'section', text: '3. 实现了继承传统和与时俱进的有机结合，为做好新形势下群众工作提供了新的科学路径。' },
      { path: 'ch2/s4', level: 'section', text: '4. 实现了工作指导与人格引导的有机结合，为做好新形势下群众工作注入了新的强大动力。' },
      { path: 'ch3', level: 'chapter', text: '三、以习近平总书记重要论述为指引，谱写中直机关践行党的群众路线新的历史篇章' },
      { path: 'ch3/s1', level: 'section', text: '1. 以把人民群众放在心中最高位置为标准，打牢贯彻群众路线的思想基础。' },
      { path: 'ch3/s2', level: 'section', text: '2. 抓住服务民生这个根本，深入扎实为人民群众多办实事。' },
      { path: 'ch3/s3', level: 'section', text: '3. 狠抓作风建设不松懈，坚决防止形成党与群众之间无形的墙。' },
      { path: 'ch3/s4', level: 'section', text: '4. 积极创新工作方法，不断增强做好群众工作的本领。' },
      { path: 'ch3/s5', level: 'section', text: '5. 坚持领导带头，形成上下联动、层层推动的强大正能量。' },
    ]);
  });

  it('has no page breaks to mend', () => {
    expect(doc.mendedBreaks).toEqual([]);
  });

  it('keeps the lead paragraph before chapter one at the top level as p1', () => {
    expect(doc.blocks[0]).toEqual({
      path: 'p1',
      kind: 'paragraph',
      text: expect.stringMatching(/^党的十八大以来，习近平总书记多次.*具有十分重大而深远的意义。$/u),
    });
  });

  it('gives each chapter its lead paragraph, though no blank line separates them (lines 7–8)', () => {
    const at = doc.blocks.findIndex((block) => block.path === 'ch1');
    expect(doc.blocks[at + 1]).toMatchObject({ path: 'ch1/p1', kind: 'paragraph' });
    expect(doc.blocks[at + 1].text.startsWith('总书记关于党的群众路线的重要论述，从价值取向')).toBe(true);
  });

  it('splits a run-in point into its heading sentence and the paragraph that follows, labelled as printed', () => {
    const at = doc.blocks.findIndex((block) => block.path === 'ch1/s5');
    expect(doc.blocks[at]).toEqual({
      path: 'ch1/s5',
      kind: 'heading',
      level: 'section',
      label: '5',
      text: '5. 强调在继承中不断推动群众工作改革创新。',
      runIn: true,
    });
    expect(doc.blocks[at + 1].path).toBe('ch1/s5/p1');
    // Line 18 has an ASCII space after a closing quote: inner text is not changed.
    expect(doc.blocks[at + 1].text).toContain('实效性。” 他要求强化法治思维');
    expect(doc.blocks[at + 1].text.startsWith('总书记指出，“面对新形势新任务')).toBe(true);
    expect(doc.blocks.find((block) => block.path === 'ch2')?.label).toBe('二');
  });

  it('keeps every character of the reading matter: the block texts put together are lines 6–44', () => {
    const lines = source.split('\n').slice(5).map((line) => line.trim()).filter((line) => line !== '');
    expect(doc.blocks.map((block) => block.text).join('')).toBe(lines.join(''));
    expect(doc.blocks).toHaveLength(37);
  });
});
