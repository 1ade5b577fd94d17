/**
 * The plain record every export (W3C JSON-LD, CSV, Markdown) and the minutes are built from. Services map database
 * rows to it; nothing here knows about the database. Private annotations must be filtered out before these records
 * are made (../shared/DESIGN.md, rule 3) — the exporters still skip any that slip through, as a second guard.
 */
import type { AnnotationKind } from '../annotation-kinds';

export interface ExportReply {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  /** the reply this one answers; null when it answers the annotation itself */
  parentId: string | null;
}

export interface ExportAnnotation {
  id: string;
  groupId: string;
  groupName: string;
  sessionId: string | null;
  sessionTitle: string | null;
  textId: string;
  textTitle: string;
  version: number;
  blockId: string;
  /** the block's outline path, e.g. "ch1/s2/p3" (stable across re-imports of the same text) */
  blockPath: string;
  /** the headings above the block, outermost first: ['为 民 篇', '一、群众路线是…', '2. 准确把握…'] */
  headingTrail: string[];
  /** code points within the block's text */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  kind: AnnotationKind;
  note: string;
  authorName: string;
  authorId: string;
  visibility: 'group' | 'private';
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  replies: ExportReply[];
}

/**
 * A session reflection (体会): a comment on the session as a whole, not on a passage. Only what every member may
 * see is made into one (lib/domain/visibility.ts: not hidden, not deleted).
 */
export interface ExportReflection {
  id: string;
  sessionId: string;
  sessionTitle: string;
  authorName: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
}

/** The second guard of rule 3: a private record is never exported, whatever the caller passed. */
export function isExportable(a: Pick<ExportAnnotation, 'visibility'>): boolean {
  return a.visibility === 'group';
}

export function headingTrailLabel(trail: readonly string[], separator = ' › '): string {
  return trail.join(separator);
}

/** A reply as exports show it: a placeholder is a deleted reply kept only because live replies answer it. */
/** What the thread walk needs of a reply: exports' and the reader's replies both have it. */
export type ReplyLink = Pick<ExportReply, 'id' | 'parentId' | 'deleted' | 'createdAt'>;

export interface ThreadReply<R extends ReplyLink = ExportReply> {
  reply: R;
  isPlaceholder: boolean;
}

/**
 * The replies of a thread that an export shows, oldest first: live replies, and deleted ones only where live
 * replies hang below them (as placeholders without text, so the thread keeps its shape — as the app shows it).
 * A reply whose parent is missing from the list is treated as answering the annotation.
 */
export function threadReplies<R extends ReplyLink = ExportReply>(replies: readonly R[]): ThreadReply<R>[] {
  const ids = new Set(replies.map((r) => r.id));
  const parentOf = (r: R) => (r.parentId !== null && ids.has(r.parentId) ? r.parentId : null);
  const children = new Map<string | null, R[]>();
  for (const r of replies) {
    const key = parentOf(r);
    children.set(key, [...(children.get(key) ?? []), r]);
  }
  const liveBelow = new Map<string, boolean>();
  const hasLive = (r: R, seen: Set<string>): boolean => {
    const known = liveBelow.get(r.id);
    if (known !== undefined) return known;
    if (seen.has(r.id)) return false; // a cycle in bad data: stop rather than loop
    seen.add(r.id);
    const result = !r.deleted || (children.get(r.id) ?? []).some((c) => hasLive(c, seen));
    liveBelow.set(r.id, result);
    return result;
  };
  // Parents before children, siblings oldest first: a depth-first walk from the annotation.
  const ordered: ThreadReply<R>[] = [];
  const visited = new Set<string>();
  const walk = (parent: string | null) => {
    const kids = [...(children.get(parent) ?? [])].sort(byCreatedAt);
    for (const r of kids) {
      if (visited.has(r.id) || !hasLive(r, new Set())) continue;
      visited.add(r.id);
      ordered.push({ reply: r, isPlaceholder: r.deleted });
      walk(r.id);
    }
  };
  walk(null);
  return ordered;
}

/** Whether a deleted annotation still has to appear: only while live replies hang in its thread. */
export function hasLiveReplies(a: Pick<ExportAnnotation, 'replies'>): boolean {
  return a.replies.some((r) => !r.deleted);
}

function byCreatedAt(x: { createdAt: string }, y: { createdAt: string }): number {
  return Date.parse(x.createdAt) - Date.parse(y.createdAt);
}

/**
 * Orders outline paths as a reader meets the blocks, for when the caller gives no block order: front matter
 * ("preface…") first, then paragraphs directly under a heading ("ch1/p2"), which always come before that heading's
 * subheadings (the importer nests a later paragraph under the nearest heading above it), then numbered siblings
 * by number. Pass the real block order when you have it; this is the fallback.
 */
export function compareBlockPaths(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const c = compareSegments(as[i], bs[i]);
    if (c !== 0) return c;
  }
  return as.length - bs.length;
}

function compareSegments(a: string, b: string): number {
  if (a === b) return 0;
  const pa = parseSegment(a);
  const pb = parseSegment(b);
  if (pa.rank !== pb.rank) return pa.rank - pb.rank;
  if (pa.prefix !== pb.prefix) return pa.prefix < pb.prefix ? -1 : 1;
  return pa.n - pb.n;
}

function parseSegment(segment: string): { rank: number; prefix: string; n: number } {
  const m = /^([a-z]+)-?(\d*)$/i.exec(segment);
  const prefix = m ? m[1] : segment;
  const n = m && m[2] ? Number(m[2]) : 0;
  const rank = prefix === 'preface' ? 0 : prefix === 'p' ? 1 : 2;
  return { rank, prefix, n };
}

/**
 * Records in reading order: texts (and versions) as they first appear, then blocks in the given order (block ids)
 * or, without one, by outline path; then position in the block, then age.
 */
type ReadingPosition = Pick<ExportAnnotation, 'textId' | 'version' | 'blockId' | 'blockPath' | 'start' | 'end' | 'createdAt'>;

export function sortForReading<T extends ReadingPosition>(
  records: readonly T[],
  blockOrder?: readonly string[],
): T[] {
  const textRank = new Map<string, number>();
  for (const r of records) if (!textRank.has(textKey(r))) textRank.set(textKey(r), textRank.size);
  const blockRank = new Map((blockOrder ?? []).map((id, i) => [id, i]));
  const blockCompare = (a: T, b: T) => {
    const ra = blockRank.get(a.blockId);
    const rb = blockRank.get(b.blockId);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined || rb !== undefined) return ra !== undefined ? -1 : 1;
    return compareBlockPaths(a.blockPath, b.blockPath);
  };
  return [...records].sort(
    (a, b) =>
      textRank.get(textKey(a))! - textRank.get(textKey(b))! ||
      blockCompare(a, b) ||
      a.start - b.start ||
      a.end - b.end ||
      Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
}

function textKey(r: Pick<ExportAnnotation, 'textId' | 'version'>): string {
  return `${r.textId}\u0000${r.version}`;
}
