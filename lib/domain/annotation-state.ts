/**
 * The annotations of a page as the stream of events changes them: one pure reducer used by the reading page
 * and by the tests that check a reconnecting client ends with exactly the server's state.
 */

import type { LogEvent, ReactionLike } from './log-events';
import { keepsPlaceholder } from './visibility';

export type { ReactionLike };

export interface ReplyLike {
  id: string;
  annotationId: string | null;
  body: string;
  deleted: boolean;
  hidden: boolean;
  reactions: ReactionLike[];
}

export interface AnnotationLike<R extends ReplyLike = ReplyLike> {
  id: string;
  deleted: boolean;
  hidden: boolean;
  reactions: ReactionLike[];
  replies: R[];
}

export interface AnnotationState<A extends AnnotationLike<R>, R extends ReplyLike> {
  annotations: Map<string, A>;
  /** session-level reflections (replies with no annotation) */
  reflections: Map<string, R>;
}

export function emptyState<A extends AnnotationLike<R>, R extends ReplyLike>(annotations: A[] = [], reflections: R[] = []): AnnotationState<A, R> {
  return { annotations: new Map(annotations.map((a) => [a.id, a])), reflections: new Map(reflections.map((r) => [r.id, r])) };
}

function upsertReply<R extends ReplyLike>(replies: R[], reply: R): R[] {
  const i = replies.findIndex((r) => r.id === reply.id);
  return i === -1 ? [...replies, reply] : replies.map((r, j) => (j === i ? reply : r));
}

/**
 * Applies one event, as the server sent it to this viewer (lib/domain/log-events.ts: the server has already
 * viewed it through the visibility rule, so whatever arrives is the viewer's to see). `isLeader`: a hiding marker
 * keeps the item, marked, for leaders and takes it away for members. Every event type is handled: a new one that
 * this switch forgets fails the type check.
 */
export function applyEvent<A extends AnnotationLike<R>, R extends ReplyLike>(
  state: AnnotationState<A, R>,
  event: LogEvent<AnnotationLike, ReplyLike>,
  opts: { isLeader: boolean },
): AnnotationState<A, R> {
  const annotations = new Map(state.annotations);
  const reflections = new Map(state.reflections);
  switch (event.type) {
    case 'annotation:created':
    case 'annotation:updated':
    case 'annotation:resolved':
    case 'annotation:reopened':
    case 'annotation:pinned':
    case 'annotation:unpinned':
    case 'annotation:unhidden':
    case 'annotation:deleted': {
      const a = event.payload as A;
      if (keepsPlaceholder(a)) annotations.set(a.id, a);
      else annotations.delete(a.id);
      break;
    }
    case 'annotation:removed':
      annotations.delete(event.payload.id);
      break;
    case 'annotation:hidden': {
      const a = annotations.get(event.payload.id);
      if (a && opts.isLeader) annotations.set(a.id, { ...a, hidden: true });
      else annotations.delete(event.payload.id);
      break;
    }
    case 'reply:created':
    case 'reply:updated':
    case 'reply:deleted':
    case 'reply:unhidden':
    case 'reply:hidden': {
      const p = event.payload;
      const hiddenOnly = event.type === 'reply:hidden';
      if (!p.annotationId) {
        const known = reflections.get(p.id);
        if (hiddenOnly) {
          if (known && opts.isLeader) reflections.set(p.id, { ...known, hidden: true });
          else reflections.delete(p.id);
        } else reflections.set(p.id, p as R);
        break;
      }
      const a = annotations.get(p.annotationId);
      if (!a) break;
      const known = a.replies.find((r) => r.id === p.id);
      const reply = hiddenOnly ? known && { ...known, hidden: true, body: opts.isLeader ? known.body : '' } : (p as R);
      if (!reply) break;
      const next = { ...a, replies: upsertReply(a.replies, reply) };
      if (keepsPlaceholder(next)) annotations.set(a.id, next);
      else annotations.delete(a.id);
      break;
    }
    case 'reflection:created':
      reflections.set(event.payload.id, event.payload as R);
      break;
    case 'reaction:changed': {
      const { targetType, targetId, annotationId, reactions } = event.payload;
      if (targetType === 'annotation') {
        const a = annotations.get(targetId);
        if (a) annotations.set(targetId, { ...a, reactions });
      } else if (annotationId) {
        const a = annotations.get(annotationId);
        if (a) annotations.set(annotationId, { ...a, replies: a.replies.map((r) => (r.id === targetId ? { ...r, reactions } : r)) });
      } else {
        const r = reflections.get(targetId);
        if (r) reflections.set(targetId, { ...r, reactions });
      }
      break;
    }
    // Not about annotations: the page handles these itself (session ended, membership …).
    case 'session:scheduled':
    case 'session:started':
    case 'session:ended':
    case 'text:added':
    case 'text:revised':
    case 'membership:changed':
    case 'skip':
      return state;
    default: {
      // The type check proves every type is handled; at run time an older page ignores a newer server's events.
      const unknown: never = event;
      void unknown;
      return state;
    }
  }
  return { annotations, reflections };
}
