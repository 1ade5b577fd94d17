/**
 * Test fixtures for the minutes: a finished evening session of five members on mass-line-guide.txt, with
 * overlapping highlights, a member who dropped and came back in two tabs, and one who never came. Tests only.
 */
import { makeAnnotation, makeReply, phraseOf, sampleExport, sentenceOf } from '../export/test-fixtures';
import type { MinutesInput } from './build-minutes';

const at = (hhmm: string) => new Date(`2025-05-10T${hhmm}:00+08:00`);

export const MEMBERS = [
  { id: 'u-zhang', name: '张伟' },
  { id: 'u-li', name: '李娜' },
  { id: 'u-wang', name: '王芳' },
  { id: 'u-xiao', name: '𠀋小明' },
  { id: 'u-zhao', name: '赵强' },
];

/** The passage three members marked, with overlapping ranges inside one sentence. */
export const HEROES = '人民是历史的创造者，群众是真正的英雄';

export function minutesInput(overrides: Partial<MinutesInput> = {}): MinutesInput {
  const base = sampleExport().filter((a) => a.id !== 'a-english');
  const heroes = phraseOf('ch1/s1/p1', HEROES);
  const extra = [
    // Overlaps a-heroes ("人民是历史的创造者，群众是真正的英雄") from its start into "群众是真正的英雄，要从…".
    makeAnnotation('ch1/s1/p1', { start: heroes.start + 10, end: heroes.end + 4 }, { id: 'a-heroes-2', kind: 'key', authorName: '王芳', authorId: 'u-wang', createdAt: '2025-05-10T11:16:00.000Z' }),
    makeAnnotation('ch1/s1/p1', { start: heroes.start, end: heroes.start + 9 }, { id: 'a-heroes-3', kind: 'insight', authorName: '张伟', authorId: 'u-zhang', note: '以人民为中心。', createdAt: '2025-05-10T11:17:00.000Z' }),
    // Same member twice on one passage: counts as one member, two marks.
    makeAnnotation('ch1/s2/p1', sentenceOf('ch1/s2/p1', 1), { id: 'a-question-2', kind: 'key', authorName: '𠀋小明', authorId: 'u-xiao', createdAt: '2025-05-10T11:31:00.000Z' }),
    // Touching but not overlapping a-intro: a passage of its own.
    makeAnnotation('p1', sentenceOf('p1', 1), { id: 'a-intro-next', kind: 'question', authorName: '李娜', authorId: 'u-li', note: '“中国梦”和群众路线的关系？', createdAt: '2025-05-10T11:33:00.000Z', replies: [makeReply('r-9', { authorName: '张伟', body: '第二段有答案。\n见第 2 点。', createdAt: '2025-05-10T11:35:00.000Z' })] }),
  ];
  return {
    groupName: '机关第一党支部学习小组',
    sessionTitle: '第三次集中学习：群众路线',
    scheduledAt: at('19:00'),
    startedAt: at('19:02'),
    endedAt: at('20:32'),
    leaderName: '张伟',
    leaderId: 'u-zhang',
    textTitle: '新形势下党的群众工作的根本指南',
    textVersion: 1,
    rangeLabel: '篇首 至 一、2.',
    members: MEMBERS,
    attendance: [
      { userId: 'u-zhang', joinedAt: at('18:55'), leftAt: at('20:40') },
      { userId: 'u-li', joinedAt: at('19:05'), leftAt: at('20:10') },
      // two tabs, then a drop and a return, never closed (the server missed the leave)
      { userId: 'u-wang', joinedAt: at('19:00'), leftAt: at('19:40') },
      { userId: 'u-wang', joinedAt: at('19:10'), leftAt: at('19:30') },
      { userId: 'u-wang', joinedAt: at('20:00'), leftAt: null },
      // twenty seconds: present, for under a minute
      { userId: 'u-xiao', joinedAt: new Date('2025-05-10T19:30:00+08:00'), leftAt: new Date('2025-05-10T19:30:20+08:00') },
    ],
    annotations: [...base, ...extra],
    reactions: { 'a-heroes': 3, 'a-question': 1 },
    summary: '本次学习围绕“群众路线是生命线”展开。\n大家结合工作实际谈了体会。\n\n下次学习第二部分。',
    ...overrides,
  };
}
