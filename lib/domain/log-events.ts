/**
 * The event log's events, typed: a discriminated union keyed by `type`. Every switch over it (the page reducer,
 * the redaction below, the session timeline) ends in an exhaustiveness check, so an event type added here and
 * forgotten in one of them fails the type check.
 *
 * Generic over the shapes of annotations (A), replies (R), sessions (S) and texts (T), which lib/services defines:
 * this module imports nothing but the domain.
 */
import type { Role } from './permissions';
import { canSeeAnnotationOf, isLeaderView, isMember, viewAnnotation, viewReflection, viewReply, type AnnotationShape, type CommentShape, type Viewer } from './visibility';

export interface ReactionLike {
  kind: string;
  userIds: string[];
}

export interface ReactionChange {
  targetType: 'annotation' | 'reply';
  targetId: string;
  /** the thread of a reply; null for an annotation's own reactions and for a session reflection */
  annotationId: string | null;
  reactions: ReactionLike[];
}

export interface TextRevised {
  textId: string;
  version: number;
  stayed: number;
  moved: number;
  orphaned: number;
}

/** A membership that ended (role null: left or removed) or changed role. */
export interface MembershipChange {
  userId: string;
  role: Role | null;
}

export const ANNOTATION_STATE_EVENTS = [
  'annotation:created',
  'annotation:updated',
  'annotation:deleted',
  'annotation:resolved',
  'annotation:reopened',
  'annotation:pinned',
  'annotation:unpinned',
  'annotation:unhidden',
] as const;
export const REPLY_STATE_EVENTS = ['reply:created', 'reply:updated', 'reply:deleted', 'reply:unhidden'] as const;
export const SESSION_EVENTS = ['session:scheduled', 'session:started', 'session:ended'] as const;

export type LogEvent<A, R, S = unknown, T = unknown> =
  /** the whole thread as it now is */
  | { type: (typeof ANNOTATION_STATE_EVENTS)[number]; payload: A }
  /** a leader hid the annotation: only its id, never its words */
  | { type: 'annotation:hidden'; payload: { id: string; hidden: true } }
  /** the annotation is no longer the group's (it turned private) */
  | { type: 'annotation:removed'; payload: { id: string } }
  /** a reply in a thread, or (annotationId null) a session reflection, as it now is */
  | { type: (typeof REPLY_STATE_EVENTS)[number]; payload: R }
  | { type: 'reply:hidden'; payload: { id: string; annotationId: string | null; hidden: true } }
  | { type: 'reflection:created'; payload: R }
  | { type: 'reaction:changed'; payload: ReactionChange }
  | { type: (typeof SESSION_EVENTS)[number]; payload: S }
  | { type: 'text:added'; payload: T }
  | { type: 'text:revised'; payload: TextRevised }
  | { type: 'membership:changed'; payload: MembershipChange }
  /** someone else's private change: keeps the sequence gapless and says nothing */
  | { type: 'skip'; payload: null };

export type LogEventType = LogEvent<unknown, unknown>['type'];

/** Compile-time proof that a switch handled every event type. */
export function unreachable(event: never): never {
  throw new Error(`unhandled event ${JSON.stringify(event)}`);
}

/** What decides who may know of a thread (canSeeAnnotationOf). */
export interface ThreadFacts {
  authorId: string;
  visibility: string;
  hidden: boolean;
}

/** The items as they are now (their full records), for viewing old events by what may be seen today. */
export interface Now<A, R> {
  annotation(id: string): A | undefined;
  comment(id: string): R | undefined;
  /**
   * A thread's facts where its full record is not at hand (live delivery has them from the write that read them):
   * enough for an event about a reply or a reaction in it. The full record, when there is one, comes first.
   */
  thread?(id: string): ThreadFacts | undefined;
}

/** What a stored event says about who could see it when it was written. */
export interface LoggedFacts {
  actorId: string;
  /** written about a private annotation: only its author ever saw it */
  isPrivate: boolean;
}

const SKIP = { type: 'skip', payload: null } as const;

const threadFacts = (a: AnnotationShape): ThreadFacts => ({ authorId: a.author.id, visibility: a.visibility, hidden: a.hidden });

function factsOf<A extends AnnotationShape>(now: Now<A, unknown>, annotationId: string | null): ThreadFacts | undefined {
  if (!annotationId) return undefined;
  const thread = now.annotation(annotationId);
  return thread ? threadFacts(thread) : now.thread?.(annotationId);
}

/**
 * One logged event as `viewer` may see it now: the items it names replaced by their current state, seen through
 * the visibility rule; an item the viewer may no longer see becomes the marker that takes it off their page; an
 * event they could never see becomes `skip`. Replaying the log therefore never shows a deleted note, a note as it
 * read before its edit, or hidden words.
 */
export function viewEvent<A extends AnnotationShape<R>, R extends CommentShape, S, T>(
  viewer: Viewer,
  event: LogEvent<A, R, S, T> & LoggedFacts,
  now: Now<A, R>,
): LogEvent<A, R, S, T> {
  if (!isMember(viewer)) return SKIP;
  if (event.isPrivate && event.actorId !== viewer.userId) return SKIP;
  const threadSeen = (annotationId: string | null) => {
    const facts = factsOf(now, annotationId);
    return !!facts && canSeeAnnotationOf(viewer, facts);
  };
  switch (event.type) {
    case 'annotation:created':
    case 'annotation:updated':
    case 'annotation:deleted':
    case 'annotation:resolved':
    case 'annotation:reopened':
    case 'annotation:pinned':
    case 'annotation:unpinned':
    case 'annotation:unhidden': {
      const current = now.annotation(event.payload.id) ?? event.payload;
      const seen = viewAnnotation(viewer, current);
      if (seen) return { type: event.type, payload: seen };
      if (current.visibility === 'group' && current.hidden) return { type: 'annotation:hidden', payload: { id: current.id, hidden: true } };
      return { type: 'annotation:removed', payload: { id: current.id } };
    }
    case 'annotation:hidden':
    case 'annotation:removed':
      return event;
    case 'reply:created':
    case 'reply:updated':
    case 'reply:deleted':
    case 'reply:unhidden':
    case 'reflection:created': {
      const current = now.comment(event.payload.id) ?? event.payload;
      if (current.annotationId) return threadSeen(current.annotationId) ? { type: event.type, payload: viewReply(viewer, current) } : SKIP;
      const seen = viewReflection(viewer, current);
      return seen ? { type: event.type, payload: seen } : { type: 'reply:hidden', payload: { id: current.id, annotationId: null, hidden: true } };
    }
    case 'reply:hidden':
      // A hidden reflection's marker is for every member (it takes the reflection off their page); a hidden
      // reply's only for those who may see its thread.
      return !event.payload.annotationId || threadSeen(event.payload.annotationId) ? event : SKIP;
    case 'reaction:changed': {
      const { targetType, targetId, annotationId } = event.payload;
      if (targetType === 'annotation') return threadSeen(targetId) ? { type: event.type, payload: event.payload } : SKIP;
      if (annotationId) return threadSeen(annotationId) ? { type: event.type, payload: event.payload } : SKIP;
      const reflection = now.comment(targetId);
      return reflection && viewReflection(viewer, reflection) ? { type: event.type, payload: event.payload } : SKIP;
    }
    case 'session:scheduled':
    case 'session:started':
    case 'session:ended':
    case 'text:added':
    case 'text:revised':
    case 'membership:changed':
    case 'skip':
      return event;
    default:
      return unreachable(event);
  }
}

/** The annotation (thread) and the comment an event is about, if any. */
export function itemsNamed(event: LogEvent<{ id: string }, { id: string; annotationId: string | null }, unknown, unknown>): { annotationId: string | null; commentId: string | null } {
  switch (event.type) {
    case 'annotation:created':
    case 'annotation:updated':
    case 'annotation:deleted':
    case 'annotation:resolved':
    case 'annotation:reopened':
    case 'annotation:pinned':
    case 'annotation:unpinned':
    case 'annotation:unhidden':
    case 'annotation:hidden':
    case 'annotation:removed':
      return { annotationId: event.payload.id, commentId: null };
    case 'reply:created':
    case 'reply:updated':
    case 'reply:deleted':
    case 'reply:unhidden':
    case 'reply:hidden':
    case 'reflection:created':
      return { annotationId: event.payload.annotationId, commentId: event.payload.id };
    case 'reaction:changed': {
      const { targetType, targetId, annotationId } = event.payload;
      return targetType === 'annotation' ? { annotationId: targetId, commentId: null } : { annotationId, commentId: targetId };
    }
    case 'session:scheduled':
    case 'session:started':
    case 'session:ended':
    case 'text:added':
    case 'text:revised':
    case 'membership:changed':
    case 'skip':
      return { annotationId: null, commentId: null };
    default:
      return unreachable(event);
  }
}

/**
 * Whose view of an event may differ from their audience's (leaders, members): the actor and the author of the
 * item it is about (a private or hidden annotation is theirs to see; a hidden reflection stays theirs as a
 * placeholder). Live delivery sends these people their own view.
 */
export function personalViewers<A extends AnnotationShape<R>, R extends CommentShape, S, T>(event: LogEvent<A, R, S, T> & LoggedFacts, now: Now<A, R>): string[] {
  const { annotationId, commentId } = itemsNamed(event);
  const comment = commentId && !annotationId ? now.comment(commentId) : undefined;
  return [...new Set([event.actorId, factsOf(now, annotationId)?.authorId, comment?.author.id])].filter((id): id is string => !!id);
}

/** The audiences of a stream whose views of one event are the same for every one in them. */
export const AUDIENCE_LEADER: Viewer = { userId: '', role: 'leader' };
export const AUDIENCE_MEMBER: Viewer = { userId: '', role: 'member' };
export const audienceOf = (viewer: Viewer): 'leaders' | 'members' => (isLeaderView(viewer) ? 'leaders' : 'members');
