/**
 * The minutes of a finished study session (学习记录), laid out as a study-meeting record: who met, when, on what,
 * who attended and for how long, which passages the group marked most, the discussion passage by passage, and the
 * leader's summary. buildMinutes computes it all from plain records into a model of display-ready strings; the
 * page, minutesToMarkdown and minutesToDocx only lay that model out, so the three never disagree.
 */
import { attendanceMinutes, type AttendanceInterval } from '../attendance';
import { codePoints } from '../code-points';
import {
  compareBlockPaths,
  isExportable,
  threadReplies,
  type ExportAnnotation,
  type ExportReflection,
} from '../export/export-annotation';
import { kindLabel, serverTimeZone, type Locale } from '../../i18n/messages';
import { zonedParts } from '../../i18n/format';
import type { AnnotationKind } from '../annotation-kinds';
import { MINUTES_LABELS, formatDuration, type MinutesLabels } from '../../i18n/messages-minutes';

/** What the minutes need of an annotation: an ExportAnnotation has all of it. */
export type MinutesAnnotation = Pick<
  ExportAnnotation,
  | 'id'
  | 'blockId'
  | 'blockPath'
  | 'headingTrail'
  | 'start'
  | 'end'
  | 'exact'
  | 'kind'
  | 'note'
  | 'authorId'
  | 'authorName'
  | 'visibility'
  | 'createdAt'
  | 'editedAt'
  | 'deleted'
  | 'replies'
>;

export interface MinutesInput {
  groupName: string;
  sessionTitle: string;
  scheduledAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  /** for a session not ended yet (a preview): the moment the minutes are drawn up to */
  asOf?: Date;
  leaderName: string;
  /** marks the leader in the attendance table */
  leaderId?: string;
  textTitle: string;
  textVersion: number;
  /** the part of the text read, as the page names it ("一、… 至 三、…"); null for the whole text */
  rangeLabel: string | null;
  /** the group's members (include anyone who attended and has left the group since, to show their name) */
  members: Array<{ id: string; name: string }>;
  attendance: AttendanceInterval[];
  /** the session's group-visible annotations; private ones are skipped if any slip in */
  annotations: MinutesAnnotation[];
  /** the session's reflections (体会) that every member may see, in any order */
  reflections?: readonly Pick<ExportReflection, 'id' | 'authorName' | 'body' | 'createdAt'>[];
  /** reactions (赞同, 同问 …) per annotation id */
  reactions?: Record<string, number>;
  summary: string;
  /** block ids in reading order; without it blocks are ordered by their outline paths */
  blockOrder?: readonly string[];
  locale?: Locale;
  /** default the server's (DISPLAY_TIME_ZONE) */
  timeZone?: string;
  /** how many of the most-highlighted passages to list; default 5 */
  topPassageCount?: number;
}

export interface AttendanceRow {
  userId: string;
  name: string;
  isLeader: boolean;
  /** "18:58" */
  joined: string;
  /** "20:30", or the "to the end" label while still connected */
  left: string;
  presentMs: number;
  /** "1 小时 05 分" */
  duration: string;
  /** separate stretches of presence; > 1 when the member dropped and came back */
  stretches: number;
  /** "（2 次进入）" when stretches > 1, else "" */
  stretchesLabel: string;
}

export interface TopPassage {
  rank: number;
  blockId: string;
  blockPath: string;
  /** the headings above the passage, joined; the "opening" label before any heading */
  heading: string;
  start: number;
  end: number;
  /** the words of the overlapping highlights together */
  quote: string;
  memberCount: number;
  annotationCount: number;
  reactionCount: number;
  kinds: Record<AnnotationKind, number>;
  /** distinct authors, in the order they marked it */
  authors: string[];
  /** "3 人 · 4 处划线" */
  countsLabel: string;
}

export interface DiscussionReply {
  id: string;
  /** 1 answers the annotation, 2 answers a reply, … */
  depth: number;
  authorName: string;
  body: string;
  time: string;
  deleted: boolean;
}

export interface DiscussionEntry {
  annotationId: string;
  authorName: string;
  kind: AnnotationKind;
  kindLabel: string;
  note: string;
  /** "19:25" */
  time: string;
  deleted: boolean;
  reactionCount: number;
  /** "回应 3", or "" without reactions */
  reactionsLabel: string;
  replies: DiscussionReply[];
}

export interface DiscussionPassage {
  blockPath: string;
  heading: string;
  quote: string;
  entries: DiscussionEntry[];
}

export type MinutesText = { [K in keyof MinutesLabels as MinutesLabels[K] extends string ? K : never]: string };

export interface MinutesModel {
  locale: Locale;
  /** the plain-string labels (headings, column names) for whatever lays the model out */
  labels: MinutesText;
  /** "学习记录" */
  title: string;
  /** "学习记录 · 第三次集中学习" */
  heading: string;
  groupName: string;
  sessionTitle: string;
  leaderName: string;
  /** "《…》（第 1 版）" */
  textLabel: string;
  rangeLabel: string | null;
  /** "2025年5月10日（星期六）" */
  dateLabel: string;
  /** "19:00–20:30", or the scheduled time with "not started" */
  timeLabel: string;
  /** "19:00" */
  scheduledLabel: string;
  /** the session's length, "1 小时 30 分"; null before it started */
  durationLabel: string | null;
  /** label/value rows of the metadata table, in order */
  metadata: Array<{ label: string; value: string }>;
  attendance: {
    present: AttendanceRow[];
    absent: Array<{ id: string; name: string }>;
    /** "应到 7 人，实到 5 人" */
    summaryLabel: string;
  };
  topPassages: TopPassage[];
  discussion: DiscussionPassage[];
  /** the session's reflections, oldest first, each with its time ("19:42") */
  reflections: Array<{ id: string; authorName: string; time: string; body: string }>;
  summary: string;
}

/** Builds the minutes model; see the module comment. Pure: the same input always gives the same model. */
export function buildMinutes(input: MinutesInput): MinutesModel {
  const locale = input.locale ?? 'zh-CN';
  const L = MINUTES_LABELS[locale];
  const tz = input.timeZone ?? serverTimeZone();
  const clock = (d: Date | string) => {
    const p = zonedParts(d, tz);
    return `${p.hour}:${p.minute}`;
  };

  const windowStart = input.startedAt ?? input.scheduledAt;
  const windowEnd = input.endedAt ?? input.asOf;
  if (!windowEnd) throw new Error('the session has not ended: pass asOf to draw up minutes so far');
  const started = input.startedAt !== null;
  const timeLabel = started ? `${clock(windowStart)}–${clock(windowEnd)}` : L.parenthesized(clock(input.scheduledAt), L.notStarted);
  const durationLabel = started ? formatDuration(windowEnd.getTime() - windowStart.getTime(), locale) : null;

  const attendance = buildAttendance(input, windowStart, windowEnd, L, clock);
  const textLabel = L.textWithVersion(input.textTitle, input.textVersion);
  const dateLabel = L.dateOf(zonedParts(windowStart, tz));

  const shown = input.annotations.filter(isExportable);
  const clusters = clusterPassages(shown, input.blockOrder);
  const heading = (trail: readonly string[]) => (trail.length ? trail.join(L.trailSeparator) : L.opening);
  const reactions = input.reactions ?? {};

  return {
    locale,
    labels: staticLabels(L),
    title: L.documentTitle,
    heading: L.headingOf(input.sessionTitle),
    groupName: input.groupName,
    sessionTitle: input.sessionTitle,
    leaderName: input.leaderName,
    textLabel,
    rangeLabel: input.rangeLabel,
    dateLabel,
    timeLabel,
    scheduledLabel: clock(input.scheduledAt),
    durationLabel,
    metadata: [
      { label: L.group, value: input.groupName },
      { label: L.session, value: input.sessionTitle },
      { label: L.date, value: dateLabel },
      { label: L.time, value: durationLabel ? L.parenthesized(timeLabel, durationLabel) : timeLabel },
      { label: L.leader, value: input.leaderName },
      { label: L.text, value: textLabel },
      ...(input.rangeLabel ? [{ label: L.range, value: input.rangeLabel }] : []),
      { label: L.attendance, value: attendance.summaryLabel },
    ],
    attendance,
    topPassages: rankPassages(clusters, reactions, input.topPassageCount ?? 5, L, heading),
    discussion: clusters
      .filter((c) => c.annotations.some((a) => (!a.deleted && a.note.trim() !== '') || a.replies.some((r) => !r.deleted)))
      .map((c) => ({
        blockPath: c.blockPath,
        heading: heading(c.headingTrail),
        quote: c.quote,
        entries: c.annotations
          .filter((a) => !a.deleted || a.replies.some((r) => !r.deleted))
          .map((a) => discussionEntry(a, reactions, L, locale, clock)),
      })),
    reflections: [...(input.reflections ?? [])]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((r) => ({ id: r.id, authorName: r.authorName, time: clock(r.createdAt), body: r.body })),
    summary: input.summary,
  };
}

function buildAttendance(
  input: MinutesInput,
  from: Date,
  to: Date,
  L: MinutesLabels,
  clock: (d: Date) => string,
): MinutesModel['attendance'] {
  const presence = attendanceMinutes(input.attendance, from, to);
  const names = new Map(input.members.map((m) => [m.id, m.name]));
  const present: AttendanceRow[] = [...presence.entries()]
    .filter(([, p]) => p.presentMs > 0)
    .sort(([, a], [, b]) => a.firstJoined.getTime() - b.firstJoined.getTime())
    .map(([userId, p]) => ({
      userId,
      name: names.get(userId) ?? L.formerMember,
      isLeader: userId === input.leaderId,
      joined: clock(p.firstJoined),
      left: p.lastLeft ? clock(p.lastLeft) : L.stillPresent,
      presentMs: p.presentMs,
      duration: formatDuration(p.presentMs, input.locale ?? 'zh-CN'),
      stretches: p.intervals,
      stretchesLabel: p.intervals > 1 ? L.stretches(p.intervals) : '',
    }));
  const absent = input.members.filter((m) => !presence.has(m.id)).map((m) => ({ id: m.id, name: m.name }));
  const presentMembers = present.filter((r) => names.has(r.userId)).length;
  return { present, absent, summaryLabel: L.attendanceSummary(presentMembers, input.members.length) };
}

interface Cluster {
  blockId: string;
  blockPath: string;
  headingTrail: string[];
  start: number;
  end: number;
  quote: string;
  /** by position, then age */
  annotations: MinutesAnnotation[];
  order: number;
}

/**
 * Groups annotations whose ranges overlap within one block into passages (touching ranges stay apart: they mark
 * different words), in reading order. A deleted annotation still answered by replies joins the passage it sits in,
 * so its discussion stays with it, but never counts as a highlight.
 */
function clusterPassages(annotations: readonly MinutesAnnotation[], blockOrder?: readonly string[]): Cluster[] {
  const byBlock = new Map<string, MinutesAnnotation[]>();
  for (const a of annotations) {
    if (a.deleted && !a.replies.some((r) => !r.deleted)) continue;
    byBlock.set(a.blockId, [...(byBlock.get(a.blockId) ?? []), a]);
  }
  const rank = new Map((blockOrder ?? []).map((id, i) => [id, i]));
  const blocks = [...byBlock.values()].sort((x, y) => {
    const rx = rank.get(x[0].blockId);
    const ry = rank.get(y[0].blockId);
    if (rx !== undefined && ry !== undefined) return rx - ry;
    if (rx !== undefined || ry !== undefined) return rx !== undefined ? -1 : 1;
    return compareBlockPaths(x[0].blockPath, y[0].blockPath);
  });
  const clusters: Cluster[] = [];
  for (const inBlock of blocks) {
    const sorted = [...inBlock].sort((a, b) => a.start - b.start || a.end - b.end || Date.parse(a.createdAt) - Date.parse(b.createdAt));
    let current: MinutesAnnotation[] = [];
    let end = -1;
    const close = () => {
      if (current.length === 0) return;
      const start = current[0].start;
      clusters.push({
        blockId: current[0].blockId,
        blockPath: current[0].blockPath,
        headingTrail: current[0].headingTrail,
        start,
        end,
        quote: unionQuote(current, start, end),
        annotations: current,
        order: clusters.length,
      });
    };
    for (const a of sorted) {
      if (current.length && a.start >= end) {
        close();
        current = [];
      }
      current.push(a);
      end = Math.max(current.length === 1 ? a.end : end, a.end);
    }
    close();
  }
  return clusters;
}

/** The words from the first highlight's start to the last one's end, stitched from the overlapping quotes. */
function unionQuote(annotations: readonly MinutesAnnotation[], start: number, end: number): string {
  const chars = new Map<number, string>();
  for (const a of annotations) codePoints(a.exact).forEach((ch, i) => chars.set(a.start + i, ch));
  let quote = '';
  for (let i = start; i < end; i++) quote += chars.get(i) ?? '…';
  return quote;
}

/** The passages most members marked, then most marks, then most reactions, then in reading order. */
function rankPassages(
  clusters: readonly Cluster[],
  reactions: Record<string, number>,
  count: number,
  L: MinutesLabels,
  heading: (trail: readonly string[]) => string,
): TopPassage[] {
  const scored = clusters
    .map((c) => {
      const live = c.annotations.filter((a) => !a.deleted);
      const byAge = [...live].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
      const authors = [...new Map(byAge.map((a) => [a.authorId, a.authorName])).values()];
      const kinds: Record<AnnotationKind, number> = { key: 0, question: 0, insight: 0 };
      for (const a of live) kinds[a.kind]++;
      return {
        c,
        live,
        authors,
        kinds,
        memberCount: new Set(live.map((a) => a.authorId)).size,
        reactionCount: live.reduce((n, a) => n + (reactions[a.id] ?? 0), 0),
      };
    })
    .filter((s) => s.live.length > 0);
  scored.sort(
    (x, y) =>
      y.memberCount - x.memberCount || y.live.length - x.live.length || y.reactionCount - x.reactionCount || x.c.order - y.c.order,
  );
  return scored.slice(0, count).map((s, i) => ({
    rank: i + 1,
    blockId: s.c.blockId,
    blockPath: s.c.blockPath,
    heading: heading(s.c.headingTrail),
    start: s.c.start,
    end: s.c.end,
    quote: s.c.quote,
    memberCount: s.memberCount,
    annotationCount: s.live.length,
    reactionCount: s.reactionCount,
    kinds: s.kinds,
    authors: s.authors,
    countsLabel: L.passageCounts(s.memberCount, s.live.length),
  }));
}

function discussionEntry(
  a: MinutesAnnotation,
  reactions: Record<string, number>,
  L: MinutesLabels,
  locale: Locale,
  clock: (d: string) => string,
): DiscussionEntry {
  const thread = threadReplies(a.replies);
  const depth = new Map<string, number>();
  const replies: DiscussionReply[] = thread.map(({ reply, isPlaceholder }) => {
    const parentDepth = reply.parentId !== null ? depth.get(reply.parentId) : undefined;
    const d = parentDepth === undefined ? 1 : parentDepth + 1;
    depth.set(reply.id, d);
    return {
      id: reply.id,
      depth: d,
      authorName: isPlaceholder ? '' : reply.authorName,
      body: isPlaceholder ? '' : reply.body,
      time: clock(reply.createdAt),
      deleted: isPlaceholder,
    };
  });
  const reactionCount = a.deleted ? 0 : (reactions[a.id] ?? 0);
  return {
    annotationId: a.id,
    authorName: a.deleted ? '' : a.authorName,
    kind: a.kind,
    kindLabel: kindLabel(a.kind, locale),
    note: a.deleted ? '' : a.note,
    time: clock(a.createdAt),
    deleted: a.deleted,
    reactionCount,
    reactionsLabel: reactionCount ? L.reactions(reactionCount) : '',
    replies,
  };
}

function staticLabels(L: MinutesLabels): MinutesText {
  return Object.fromEntries(Object.entries(L).filter(([, v]) => typeof v === 'string')) as MinutesText;
}
