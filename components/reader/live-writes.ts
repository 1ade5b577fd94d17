/**
 * The reader's writes, sent over the socket: the client's outbox keeps each one until the server acknowledges it,
 * across dropped connections, and every create carries a client-chosen id (the other writes set state rather than
 * toggle it), so a write sent again after a lost acknowledgement is stored once. Each is counted as pending while
 * unacknowledged, for the connection indicator.
 */
import { trackWrite } from '@/lib/realtime/browser';
import { RequestError, type RealtimeClient } from '@/lib/realtime/client';
import type { AnnotationKind } from '@/lib/domain/annotation-kinds';
import { ApiError, type NewAnnotation } from './annotations-api';

export type ReactionKind = 'agree' | 'same-question';

export function makeWrites(client: RealtimeClient) {
  return {
    createAnnotation: (input: NewAnnotation) => trackWrite(client.request('annotation:create', input)).then((r) => r.annotation),
    updateAnnotation: (id: string, patch: { kind?: AnnotationKind; note?: string; visibility?: 'group' | 'private' }) =>
      trackWrite(client.request('annotation:update', { id, ...patch })).then((r) => r.annotation),
    deleteAnnotation: (id: string) => trackWrite(client.request('annotation:delete', { id })),
    resolveAnnotation: (id: string, resolved: boolean) => trackWrite(client.request('annotation:resolve', { id, resolved })).then((r) => r.annotation),
    pinAnnotation: (id: string, pinned: boolean) => trackWrite(client.request('annotation:pin', { id, pinned })).then((r) => r.annotation),
    hideAnnotation: (id: string, hidden: boolean) => trackWrite(client.request('annotation:hide', { id, hidden })),
    createReply: (annotationId: string, input: { id: string; body: string; parentId?: string }) =>
      trackWrite(client.request('reply:create', { annotationId, ...input })).then((r) => r.reply),
    updateReply: (annotationId: string, replyId: string, body: string) => trackWrite(client.request('reply:update', { annotationId, replyId, body })).then((r) => r.reply),
    deleteReply: (annotationId: string, replyId: string) => trackWrite(client.request('reply:delete', { annotationId, replyId })),
    hideReply: (annotationId: string, replyId: string, hidden: boolean) => trackWrite(client.request('reply:hide', { annotationId, replyId, hidden })),
    setReaction: (targetType: 'annotation' | 'reply', targetId: string, kind: ReactionKind, active: boolean) =>
      trackWrite(client.request('reaction:set', { targetType, targetId, kind, active })),
    hideReflection: (sessionId: string, id: string, hidden: boolean) => trackWrite(client.request('reflection:hide', { sessionId, id, hidden })),
    createReflection: (sessionId: string, input: { id: string; body: string }) =>
      trackWrite(client.request('reflection:create', { sessionId, ...input })).then((r) => r.reflection),
  };
}

export type Writes = ReturnType<typeof makeWrites>;

/** One line for the user from a refused write or a failed load: the field messages when there are some. */
export function errorDetail(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.detail;
  if (error instanceof RequestError) {
    const fields = error.fields ? Object.entries(error.fields).map(([field, message]) => `${field}: ${message}`) : [];
    return fields.length > 0 ? fields.join('; ') : error.message;
  }
  return fallback;
}
