/**
 * The annotations of a page as the stream of events changes them: one pure reducer used by the reading page
 * and by the tests that check a reconnecting client ends with exactly the server's state.
 */

export interface ReactionLike {
  kind: string;
  userIds: string[];
}

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

export interface StreamEventLike {
  type: string;
  payload: unknown;
}

export interface AnnotationState<A extends AnnotationLike<R>, R extends ReplyLike> {
  annotations: Map<string, A>;
  /** session-level reflections (replies with no annotation) */
  reflections: Map<string, R>;
}

export function emptyState<A extends AnnotationLike<R>, R extends ReplyLike>(annotations: A[] = [], reflections: R[] = []): AnnotationState<A, R> {
  return { annotations: new Map(annotations.map((a) => [a.id, a])), reflections: new Map(reflections.map((r) => [r.id, r])) };
}

/** A deleted annotation is kept only while its thread still holds a live reply (a placeholder, not a hole). */
function keepsPlaceholder(a: AnnotationLike): boolean {
  return !a.deleted || a.replies.some((r) => !r.deleted);
}

function upsertReply<R extends ReplyLike>(replies: R[], reply: R): R[] {
  const i = replies.findIndex((r) => r.id === reply.id);
  return i === -1 ? [...replies, reply] : replies.map((r, j) => (j === i ? reply : r));
}

/**
 * Applies one event. `isLeader`: hidden items stay (marked) for leaders and disappear for members.
 * Unknown event types change nothing, so an older page survives a newer server.
 */
export function applyEvent<A extends AnnotationLike<R>, R extends ReplyLike>(state: AnnotationState<A, R>, event: StreamEventLike, opts: { isLeader: boolean }): AnnotationState<A, R> {
  const annotations = new Map(state.annotations);
  const reflections = new Map(state.reflections);
  const p = event.payload as Record<string, unknown> & { id: string };
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
      if (keepsPlaceholder(a) && (!a.hidden || opts.isLeader)) annotations.set(a.id, a);
      else annotations.delete(a.id);
      break;
    }
    case 'annotation:removed':
      annotations.delete(p.id);
      break;
    case 'annotation:hidden': {
      const a = annotations.get(p.id);
      if (a && opts.isLeader) annotations.set(p.id, { ...a, hidden: true });
      else annotations.delete(p.id);
      break;
    }
    case 'reply:created':
    case 'reply:updated':
    case 'reply:deleted':
    case 'reply:unhidden':
    case 'reply:hidden': {
      const hiddenOnly = event.type === 'reply:hidden';
      const annotationId = (p.annotationId as string | null) ?? null;
      if (!annotationId) {
        const known = reflections.get(p.id);
        if (hiddenOnly) {
          if (known && opts.isLeader) reflections.set(p.id, { ...known, hidden: true });
          else reflections.delete(p.id);
        } else reflections.set(p.id, p as unknown as R);
        break;
      }
      const a = annotations.get(annotationId);
      if (!a) break;
      const reply = hiddenOnly
        ? (() => {
            const known = a.replies.find((r) => r.id === p.id);
            return known ? { ...known, hidden: true, body: opts.isLeader ? known.body : '' } : undefined;
          })()
        : (p as unknown as R);
      if (!reply) break;
      const next = { ...a, replies: upsertReply(a.replies, reply) };
      if (keepsPlaceholder(next)) annotations.set(a.id, next);
      else annotations.delete(a.id);
      break;
    }
    case 'reflection:created':
      reflections.set(p.id, p as unknown as R);
      break;
    case 'reaction:changed': {
      const { targetType, targetId, annotationId, reactions } = event.payload as { targetType: string; targetId: string; annotationId: string | null; reactions: ReactionLike[] };
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
    default:
      return state;
  }
  return { annotations, reflections };
}
