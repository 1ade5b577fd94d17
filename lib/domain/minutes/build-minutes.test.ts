import { describe, expect, it } from 'vitest';
import { makeAnnotation, phraseOf, sentenceOf } from '../export/test-fixtures';
import { buildMinutes } from './build-minutes';
import { formatDuration } from '../../i18n/messages-minutes';
import { HEROES, minutesInput } from './minutes-fixtures';

describe('buildMinutes', () => {
  const model = buildMinutes(minutesInput());

  it('fills the metadata table: group, title, date and time, leader, text and range, attendance', () => {
    expect(model.heading).toBe('学习记录 · 第三次集中学习：群众路线');
    expect(model.metadata).toEqual([
      { label: '学习小组', value: '机关第一党支部学习小组' },
      { label: '学习主题', value: '第三次集中学习：群众路线' },
      { label: '日期', value: '2025年5月10日（星期六）' },
      { label: '时间', value: '19:02–20:32（1 小时 30 分）' },
      { label: '领学人', value: '张伟' },
      { label: '学习内容', value: '《新形势下党的群众工作的根本指南》（第 1 版）' },
      { label: '学习范围', value: '篇首 至 一、2.' },
      { label: '出席情况', value: '应到 5 人，实到 4 人' },
    ]);
  });

  it('lists who attended in order of arrival, with time in session, and who was absent', () => {
    expect(model.attendance.present.map((r) => [r.name, r.isLeader, r.joined, r.left, r.duration, r.stretchesLabel])).toEqual([
      ['张伟', true, '18:55', '20:40', '1 小时 30 分', ''],
      // 19:02–19:40 (two tabs counted once) + 20:00–20:32 (never closed: up to the end)
      ['王芳', false, '19:00', '至结束', '1 小时 10 分', '（2 次进入）'],
      ['李娜', false, '19:05', '20:10', '1 小时 05 分', ''],
      ['𠀋小明', false, '19:30', '19:30', '不足 1 分', ''],
    ]);
    expect(model.attendance.absent).toEqual([{ id: 'u-zhao', name: '赵强' }]);
  });

  it('ranks passages by distinct members, then marks, then reactions; overlapping marks are one passage', () => {
    const heroes = phraseOf('ch1/s1/p1', HEROES);
    expect(model.topPassages.map((p) => [p.rank, p.blockPath, p.memberCount, p.annotationCount, p.countsLabel])).toEqual([
      [1, 'ch1/s1/p1', 3, 3, '3 人 · 3 处划线'],
      [2, 'ch1/s2/p1', 2, 3, '2 人 · 3 处划线'],
      [3, 'p1', 1, 1, '1 人 · 1 处划线'],
      [4, 'p1', 1, 1, '1 人 · 1 处划线'],
    ]);
    const top = model.topPassages[0];
    // The union of the three ranges, stitched from their quotes.
    expect([top.start, top.end]).toEqual([heroes.start, heroes.end + 4]);
    expect(top.quote).toBe(`${HEROES}，要从思`);
    expect(top.authors).toEqual(['李娜', '王芳', '张伟']);
    expect(top.kinds).toEqual({ key: 1, question: 0, insight: 2 });
    expect(top.reactionCount).toBe(3);
    expect(top.heading).toBe('一、习近平总书记关于党的群众路线重要论述，在新的历史起点上丰富了马克思主义群众观的理论内涵 › 1. 强调始终把人民群众放在心中最高的位置。');
    // The deleted annotation is discussed below but never counted as a highlight.
    expect(model.topPassages.some((p) => p.blockPath === 'ch1/s3/p1')).toBe(false);
  });

  it('keeps at most topPassageCount, and breaks ties by reactions', () => {
    const a = makeAnnotation('ch1/s4/p1', sentenceOf('ch1/s4/p1', 0), { id: 't1' });
    const b = makeAnnotation('ch1/s5/p1', sentenceOf('ch1/s5/p1', 0), { id: 't2' });
    const tied = buildMinutes(minutesInput({ annotations: [a, b], reactions: { t2: 2 }, topPassageCount: 1 }));
    expect(tied.topPassages.map((p) => p.blockPath)).toEqual(['ch1/s5/p1']);
  });

  it('groups the discussion by passage in reading order, with authors, notes and threaded replies', () => {
    expect(model.discussion.map((d) => [d.blockPath, d.entries.map((e) => e.annotationId)])).toEqual([
      ['p1', ['a-intro']],
      ['p1', ['a-intro-next']],
      ['ch1/s1/p1', ['a-heroes-3', 'a-heroes', 'a-heroes-2']],
      ['ch1/s2/p1', ['a-question', 'a-bare', 'a-question-2']],
      ['ch1/s3/p1', ['a-deleted-held']],
    ]);
    const question = model.discussion[3].entries[0];
    expect([question.authorName, question.kindLabel, question.time, question.reactionsLabel]).toEqual(['𠀋小明', '疑问', '19:25', '回应 1']);
    expect(question.replies.map((r) => [r.depth, r.authorName, r.body, r.deleted])).toEqual([
      [1, '', '', true],
      [2, '王芳', 'Roots matter: 没有群众就没有根基。', false],
    ]);
    const held = model.discussion[4].entries[0];
    expect([held.deleted, held.note, held.authorName]).toEqual([true, '', '']);
  });

  it('leaves out private annotations, deleted ones nothing answers, and passages with no words at all', () => {
    const json = JSON.stringify(model);
    expect(json).not.toContain('私人笔记');
    expect(json).not.toContain('withdrawn');
    expect(json).not.toContain('gone for good');
    const bareOnly = buildMinutes(minutesInput({ annotations: [makeAnnotation('p1', sentenceOf('p1', 0))] }));
    expect([bareOnly.topPassages.length, bareOnly.discussion.length]).toEqual([1, 0]);
  });

  it('is serialisable as it is (a server component can hand it to the page)', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('English labels on request', () => {
    const en = buildMinutes(minutesInput({ locale: 'en', timeZone: 'UTC' }));
    expect(en.dateLabel).toBe('Saturday, 10 May 2025');
    expect(en.metadata[3]).toEqual({ label: 'Time', value: '11:02–12:32 (1 h 30 min)' });
    expect(en.attendance.summaryLabel).toBe('4 of 5 members present');
    expect(en.topPassages[0].countsLabel).toBe('3 members · 3 highlights');
  });

  it('needs an end: a session still running is drawn up to asOf', () => {
    expect(() => buildMinutes(minutesInput({ endedAt: null }))).toThrow(/asOf/);
    const preview = buildMinutes(minutesInput({ endedAt: null, asOf: new Date('2025-05-10T19:32:00+08:00') }));
    expect(preview.timeLabel).toBe('19:02–19:32');
  });
});

describe('formatDuration', () => {
  it('writes hours and minutes as minutes are written', () => {
    expect(formatDuration(65 * 60_000)).toBe('1 小时 05 分');
    expect(formatDuration(45 * 60_000)).toBe('45 分');
    expect(formatDuration(2 * 3_600_000)).toBe('2 小时 00 分');
    expect(formatDuration(20_000)).toBe('不足 1 分');
    expect(formatDuration(0)).toBe('0 分');
    expect(formatDuration(89.6 * 60_000)).toBe('1 小时 30 分');
    expect(formatDuration(65 * 60_000, 'en')).toBe('1 h 05 min');
  });
});
