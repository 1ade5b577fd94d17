/**
 * Catch-up and live delivery: the events of a stream (a group's log, or a session's slice of it) as one viewer
 * may see them now. Each event is viewed through lib/domain/log-events.ts with the items it names as they are
 * now (loaded here), so replaying the log shows what the viewer may see today — never a deleted note, a note as it
 * read before its edit, or hidden words — and others' private events become `skip` markers, which keep the
 * sequence gapless for the client without revealing anything (../shared/DESIGN.md, rules 2 and 3).
 */
import { db } from '../db';
import {
  ANNOTATION_STATE_EVENTS,
  AUDIENCE_LEADER,
  AUDIENCE_MEMBER,
  audienceOf,
  itemsNamed,
  personalViewers,
  REPLY_STATE_EVENTS,
  viewEvent,
  type LoggedFacts,
  type Now,
  type ThreadFacts,
} from '../domain/log-events';
import type { Viewer } from '../domain/visibility';
import { loadReactions, loggedAnnotation, loggedReply, threadInclude, threadTargetIds, type AnnotationDTO, type ReplyDTO } from './annotation-dto';
import { currentOf, type CommittedEvent } from './event-bus';
import type { GongduEvent } from './log-event';
import type { SessionDTO } from './sessions';
import type { TextSummaryDTO } from './texts';
import { findSession } from './sessions';
import { requireViewer, viewerIn } from './require-membership';
import { findInChunks } from './in-chunks';

export type StreamEvent = GongduEvent & { stream: string; seq: number; actorId: string; createdAt: string };

export const CATCH_UP_LIMIT = 500;

export type StreamRef = { kind: 'group'; id: string } | { kind: 'session'; id: string };

export function parseStream(stream: string): StreamRef | null {
  const m = /^(group|session):([A-Za-z0-9_-]{8,64})$/.exec(stream);
  return m ? { kind: m[1] as StreamRef['kind'], id: m[2] } : null;
}

/** Checks the user may follow a stream; returns its current last sequence number, its group and the viewer. */
export async function authorizeStream(userId: string, ref: StreamRef): Promise<{ lastSeq: number; groupId: string; viewer: Viewer }> {
  if (ref.kind === 'group') {
    const viewer = await requireViewer(userId, ref.id);
    const group = await db.group.findUniqueOrThrow({ where: { id: ref.id }, select: { lastSeq: true } });
    return { lastSeq: group.lastSeq, groupId: ref.id, viewer };
  }
  const { session, role } = await findSession(userId, ref.id);
  return { lastSeq: session.lastSeq, groupId: session.groupId, viewer: { userId, role } };
}

export type LoggedEvent = GongduEvent & LoggedFacts;
type Logged = LoggedEvent;

/** The ids of annotations and comments a batch of events names. */
function namedIds(events: Logged[]): { annotations: Set<string>; comments: Set<string> } {
  const annotations = new Set<string>();
  const comments = new Set<string>();
  for (const e of events) {
    const { annotationId, commentId } = itemsNamed(e);
    if (annotationId) annotations.add(annotationId);
    if (commentId) comments.add(commentId);
  }
  return { annotations, comments };
}

/** The current full records of everything the events name (a thread for an annotation, a comment on its own). */
export async function loadNow(events: Logged[]): Promise<Now<AnnotationDTO, ReplyDTO>> {
  const { annotations, comments } = namedIds(events);
  return loadItems(annotations, comments);
}

/** The current full records of these threads (with their replies) and comments, read from the database. */
async function loadItems(annotations: Set<string>, comments: Set<string>): Promise<Now<AnnotationDTO, ReplyDTO>> {
  const threads = new Map<string, AnnotationDTO>();
  const replies = new Map<string, ReplyDTO>();
  const reactionsOf = async (targets: string[]) => new Map(await findInChunks(targets, async (slice) => [...(await loadReactions(db, slice))]));
  const rows = await findInChunks(annotations, (ids) => db.annotation.findMany({ where: { id: { in: ids } }, include: threadInclude }));
  const threadReactions = await reactionsOf(rows.flatMap(threadTargetIds));
  for (const row of rows) {
    const dto = loggedAnnotation(row, threadReactions);
    threads.set(row.id, dto);
    for (const r of dto.replies) replies.set(r.id, r);
  }
  const missing = [...comments].filter((id) => !replies.has(id));
  const commentRows = await findInChunks(missing, (ids) => db.comment.findMany({ where: { id: { in: ids } }, include: { author: { select: { id: true, name: true } } } }));
  const commentReactions = await reactionsOf(commentRows.map((r) => r.id));
  for (const row of commentRows) replies.set(row.id, loggedReply(row, commentReactions));
  return { annotation: (id) => threads.get(id), comment: (id) => replies.get(id) };
}

const EVENTS_OF_A_THREAD: readonly string[] = ANNOTATION_STATE_EVENTS;
const EVENTS_OF_A_REPLY: readonly string[] = [...REPLY_STATE_EVENTS, 'reflection:created'];

/**
 * The items a commit's events name as they are now, for live delivery: what the writes handed over with their
 * events (event-bus.ts, CurrentItems), and only what they did not, read (loadItems). `later`: the events of the
 * commits made after this one whose delivery has not begun (delivery keeps commit order, and the database already
 * holds them): what they changed is what is current, as a read would find it.
 *
 * The events are folded in commit order. An event with its items sets them (a reply also in its thread's record,
 * when that is at hand); a reaction's event carries the target's reactions as they now are; an event that names
 * an item and says nothing of it (an edit that read nothing back, a hiding) may have changed it: it is read.
 */
export async function nowForCommit(events: CommittedEvent[], later: CommittedEvent[] = []): Promise<Now<AnnotationDTO, ReplyDTO>> {
  /** null: changed by a write that did not say how; read it */
  const threads = new Map<string, AnnotationDTO | null>();
  const facts = new Map<string, ThreadFacts | null>();
  const comments = new Map<string, ReplyDTO | null>();
  const putReply = (reply: ReplyDTO) => {
    comments.set(reply.id, reply);
    const thread = reply.annotationId ? threads.get(reply.annotationId) : null;
    if (!thread) return;
    const at = thread.replies.findIndex((r) => r.id === reply.id);
    const replies = at < 0 ? [...thread.replies, reply] : thread.replies.map((r, i) => (i === at ? reply : r));
    threads.set(thread.id, { ...thread, replies });
  };
  for (const e of [...events, ...later]) {
    const { annotationId, commentId } = itemsNamed(e);
    if (e.type === 'reaction:changed') {
      // Its payload holds every reaction of the target as the write left them.
      const { targetType, targetId, reactions } = e.payload;
      const thread = annotationId ? threads.get(annotationId) : null;
      if (targetType === 'annotation' && thread) threads.set(thread.id, { ...thread, reactions });
      const known = comments.get(targetId);
      const reply = targetType === 'reply' && known !== null ? (known ?? thread?.replies.find((r) => r.id === targetId)) : null;
      if (reply) putReply({ ...reply, reactions });
      // Read under the group's lock, after every write before it: current.
      const read = currentOf(e)?.threadFacts;
      if (read && annotationId === read.id) facts.set(read.id, { authorId: read.authorId, visibility: read.visibility, hidden: read.hidden });
      continue;
    }
    const items = currentOf(e);
    if (!items) {
      if (annotationId) threads.set(annotationId, null), facts.set(annotationId, null);
      if (commentId) comments.set(commentId, null);
      continue;
    }
    if (items.thread) {
      threads.set(items.thread.id, items.thread);
      facts.set(items.thread.id, { authorId: items.thread.author.id, visibility: items.thread.visibility, hidden: items.thread.hidden });
      for (const reply of items.thread.replies) comments.set(reply.id, reply);
    }
    if (items.threadFacts) {
      const { id, authorId, visibility, hidden } = items.threadFacts;
      facts.set(id, { authorId, visibility, hidden });
    }
    if (items.comment) putReply(items.comment);
  }
  // What this commit's own events need that no write said: read, as it is now.
  const toRead = { annotations: new Set<string>(), comments: new Set<string>() };
  for (const e of events) {
    const { annotationId, commentId } = itemsNamed(e);
    if (annotationId && !threads.get(annotationId) && (EVENTS_OF_A_THREAD.includes(e.type) || !facts.get(annotationId))) toRead.annotations.add(annotationId);
    if (commentId && !comments.get(commentId) && (!annotationId || EVENTS_OF_A_REPLY.includes(e.type))) toRead.comments.add(commentId);
  }
  const read = toRead.annotations.size || toRead.comments.size ? await loadItems(toRead.annotations, toRead.comments) : null;
  return {
    annotation: (id) => threads.get(id) ?? read?.annotation(id),
    comment: (id) => comments.get(id) ?? read?.comment(id),
    thread: (id) => facts.get(id) ?? undefined,
  };
}

/** The domain's viewEvent with this app's shapes. */
export const viewLogged = (viewer: Viewer, e: Logged, now: Now<AnnotationDTO, ReplyDTO>): GongduEvent => viewEvent<AnnotationDTO, ReplyDTO, SessionDTO, TextSummaryDTO>(viewer, e, now);

function streamEvent(stream: string, seq: number, createdAt: string, actorId: string, viewed: GongduEvent): StreamEvent {
  // A skip says nothing, not even who acted.
  return { ...viewed, stream, seq, actorId: viewed.type === 'skip' ? '' : actorId, createdAt } as StreamEvent;
}

export async function listStreamEvents(userId: string, stream: string, after: number): Promise<{ events: StreamEvent[]; lastSeq: number; more: boolean }> {
  const ref = parseStream(stream);
  if (!ref) throw new Error('bad stream');
  const { lastSeq, viewer } = await authorizeStream(userId, ref);
  const rows = await db.event.findMany({
    where: ref.kind === 'group' ? { groupId: ref.id, seq: { gt: after } } : { sessionId: ref.id, sessionSeq: { gt: after } },
    orderBy: ref.kind === 'group' ? { seq: 'asc' } : { sessionSeq: 'asc' },
    take: CATCH_UP_LIMIT + 1,
  });
  const more = rows.length > CATCH_UP_LIMIT;
  const logged = rows.slice(0, CATCH_UP_LIMIT).map((row) => ({ ...row, payload: JSON.parse(row.payload) }) as Logged & { seq: number; sessionSeq: number | null; createdAt: Date });
  const now = await loadNow(logged);
  const events = logged.map((e) => streamEvent(stream, ref.kind === 'group' ? e.seq : e.sessionSeq!, e.createdAt.toISOString(), e.actorId, viewLogged(viewer, e, now)));
  return { events, lastSeq, more };
}

/**
 * One committed event as each audience sees it: leaders, members, and people whose view is their own. Computed
 * once per event, then sent to each stream it belongs to (the group's and, if any, the session's) by `inStream`.
 */
export interface AudienceViews {
  leaders: GongduEvent;
  members: GongduEvent;
  /** userId → their own view, for the few whose view differs from their audience's */
  personal: Map<string, { view: GongduEvent; audience: 'leaders' | 'members' }>;
}

/** A view of a committed event as one stream numbers it. */
export const inStream = (stream: string, seq: number, event: CommittedEvent, view: GongduEvent): StreamEvent => streamEvent(stream, seq, event.createdAt, event.actorId, view);

/** `now`: the items of the whole commit (nowForCommit: one read at most for all its events). */
export async function viewsForAudiences(event: CommittedEvent, now: Now<AnnotationDTO, ReplyDTO>): Promise<AudienceViews> {
  const make = (viewer: Viewer) => viewLogged(viewer, event, now);
  const leaders = make(AUDIENCE_LEADER);
  const members = make(AUDIENCE_MEMBER);
  const personal = new Map<string, { view: GongduEvent; audience: 'leaders' | 'members' }>();
  for (const userId of personalViewers(event, now)) {
    const viewer = await viewerIn(userId, event.groupId);
    if (!viewer.role) continue; // no longer a member: their sockets have left the group's rooms
    const audience = audienceOf(viewer);
    const view = make(viewer);
    if (JSON.stringify(view) !== JSON.stringify(audience === 'leaders' ? leaders : members)) personal.set(userId, { view, audience });
  }
  return { leaders, members, personal };
}
