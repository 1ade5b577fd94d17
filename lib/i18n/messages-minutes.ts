/**
 * The words of the minutes (学习记录), part of the one message catalogue: the minutes model carries them so that the
 * page, the Markdown and the .docx all say the same thing. Typed objects rather than flat keys because several are
 * functions of counts and dates.
 */
import type { Locale } from './locale';

export interface MinutesLabels {
  documentTitle: string;
  headingOf: (sessionTitle: string) => string;
  colon: string;
  group: string;
  session: string;
  date: string;
  time: string;
  scheduled: string;
  leader: string;
  text: string;
  range: string;
  attendance: string;
  attendanceSummary: (present: number, members: number) => string;
  name: string;
  joined: string;
  left: string;
  duration: string;
  stillPresent: string;
  stretches: (n: number) => string;
  absent: string;
  nobody: string;
  leaderMark: string;
  formerMember: string;
  topPassages: string;
  noPassages: string;
  passageCounts: (members: number, annotations: number) => string;
  discussion: string;
  noDiscussion: string;
  reflections: string;
  noReflections: string;
  reply: string;
  reactions: (n: number) => string;
  deletedAnnotation: string;
  deletedReply: string;
  summary: string;
  summaryEmpty: string;
  opening: string;
  notStarted: string;
  item: string;
  value: string;
  textWithVersion: (title: string, version: number) => string;
  parenthesized: (text: string, aside: string) => string;
  dateOf: (parts: { year: string; month: string; day: string; weekday: number }) => string;
  durationOf: (ms: number) => string;
  trailSeparator: string;
  listSeparator: string;
  metaSeparator: string;
}

const WEEKDAYS_ZH = '日一二三四五六';
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

export const MINUTES_LABELS: Record<Locale, MinutesLabels> = {
  'zh-CN': {
    documentTitle: '学习记录',
    headingOf: (t) => `学习记录 · ${t}`,
    colon: '：',
    group: '学习小组',
    session: '学习主题',
    date: '日期',
    time: '时间',
    scheduled: '计划开始',
    leader: '领学人',
    text: '学习内容',
    range: '学习范围',
    attendance: '出席情况',
    attendanceSummary: (p, m) => `应到 ${m} 人，实到 ${p} 人`,
    name: '姓名',
    joined: '到会',
    left: '离会',
    duration: '在会时长',
    stillPresent: '至结束',
    stretches: (n) => `（${n} 次进入）`,
    absent: '缺席',
    nobody: '无',
    leaderMark: '（领学）',
    formerMember: '（已离开小组的成员）',
    topPassages: '重点段落（划线最多）',
    noPassages: '本次学习没有划线。',
    passageCounts: (m, a) => `${m} 人 · ${a} 处划线`,
    discussion: '讨论记录',
    noDiscussion: '本次学习没有批注和回复。',
    reflections: '学习体会',
    noReflections: '本次学习没有人写体会。',
    reply: '回复',
    reactions: (n) => `回应 ${n}`,
    deletedAnnotation: '（此批注已删除）',
    deletedReply: '（此回复已删除）',
    summary: '领学人小结',
    summaryEmpty: '（待领学人填写）',
    opening: '篇首',
    notStarted: '未开始',
    item: '项目',
    value: '内容',
    textWithVersion: (t, v) => `《${t}》（第 ${v} 版）`,
    parenthesized: (t, a) => `${t}（${a}）`,
    dateOf: (p) => `${Number(p.year)}年${Number(p.month)}月${Number(p.day)}日（星期${WEEKDAYS_ZH[p.weekday]}）`,
    durationOf: (ms) => formatDuration(ms, 'zh-CN'),
    trailSeparator: ' › ',
    listSeparator: '、',
    metaSeparator: ' · ',
  },
  en: {
    documentTitle: 'Study session minutes',
    headingOf: (t) => `Minutes · ${t}`,
    colon: ': ',
    group: 'Study group',
    session: 'Session',
    date: 'Date',
    time: 'Time',
    scheduled: 'Scheduled',
    leader: 'Leader',
    text: 'Text',
    range: 'Range',
    attendance: 'Attendance',
    attendanceSummary: (p, m) => `${p} of ${m} members present`,
    name: 'Name',
    joined: 'Joined',
    left: 'Left',
    duration: 'Time in session',
    stillPresent: 'to the end',
    stretches: (n) => ` (joined ${n} times)`,
    absent: 'Absent',
    nobody: 'none',
    leaderMark: ' (leader)',
    formerMember: '(former member)',
    topPassages: 'Most highlighted passages',
    noPassages: 'Nothing was highlighted in this session.',
    passageCounts: (m, a) => `${m} ${m === 1 ? 'member' : 'members'} · ${a} ${a === 1 ? 'highlight' : 'highlights'}`,
    discussion: 'Discussion',
    noDiscussion: 'No notes or replies in this session.',
    reflections: 'Reflections',
    noReflections: 'Nobody wrote a reflection in this session.',
    reply: 'Reply',
    reactions: (n) => `${n} ${n === 1 ? 'reaction' : 'reactions'}`,
    deletedAnnotation: '(This annotation was deleted)',
    deletedReply: '(This reply was deleted)',
    summary: "Leader's summary",
    summaryEmpty: '(to be written by the leader)',
    opening: 'Opening',
    notStarted: 'not started',
    item: 'Item',
    value: 'Value',
    textWithVersion: (t, v) => `${t} (version ${v})`,
    parenthesized: (t, a) => `${t} (${a})`,
    dateOf: (p) => `${WEEKDAYS_EN[p.weekday]}, ${Number(p.day)} ${MONTHS_EN[Number(p.month) - 1]} ${p.year}`,
    durationOf: (ms) => formatDuration(ms, 'en'),
    trailSeparator: ' › ',
    listSeparator: ', ',
    metaSeparator: ' · ',
  },
};

/**
 * Time in session as a person writes it in minutes: "1 小时 05 分", "45 分", "不足 1 分" (en: "1 h 05 min").
 * Rounded to the nearest minute; a presence shorter than half a minute still shows, as under a minute.
 */
export function formatDuration(ms: number, locale: Locale = 'zh-CN'): string {
  const minutes = Math.round(Math.max(0, ms) / 60_000);
  if (minutes === 0) return ms > 0 ? (locale === 'en' ? 'under 1 min' : '不足 1 分') : locale === 'en' ? '0 min' : '0 分';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (locale === 'en') return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`;
  return h > 0 ? `${h} 小时 ${String(m).padStart(2, '0')} 分` : `${m} 分`;
}
