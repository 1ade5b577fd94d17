/** Annotation, reply, reaction and reflection writes over the socket: the same services as the HTTP API. */
import { z } from 'zod';
import * as annotations from '../../services/annotations';
import { markNotificationsRead } from '../../services/notifications';
import { setReaction } from '../../services/reactions';
import { createReflection, hideReflection } from '../../services/sessions';
import { ZId } from '../../validations/common';
import { ZCreateAnnotation, ZCreateReply, ZSetReaction, ZUpdateAnnotation, ZUpdateReply } from '../../validations/annotations';
import { ZCreateReflection } from '../../validations/sessions';
import { onRequest, type GongduSocket } from './request';

const ZRef = z.object({ id: ZId });
const ZReplyRef = z.object({ annotationId: ZId, replyId: ZId });

export function registerWriteHandlers(socket: GongduSocket): void {
  const me = () => socket.data.userId;
  onRequest(socket, 'annotation:create', ZCreateAnnotation, (input) => annotations.createAnnotation(me(), input));
  onRequest(socket, 'annotation:update', z.intersection(ZRef, ZUpdateAnnotation), async ({ id, ...input }) => ({ annotation: await annotations.updateAnnotation(me(), id, input) }));
  onRequest(socket, 'annotation:delete', ZRef, async ({ id }) => (await annotations.deleteAnnotation(me(), id), null));
  onRequest(socket, 'annotation:resolve', ZRef.extend({ resolved: z.boolean() }), async ({ id, resolved }) => ({ annotation: await annotations.resolveAnnotation(me(), id, resolved) }));
  onRequest(socket, 'annotation:pin', ZRef.extend({ pinned: z.boolean() }), async ({ id, pinned }) => ({ annotation: await annotations.pinAnnotation(me(), id, pinned) }));
  onRequest(socket, 'annotation:hide', ZRef.extend({ hidden: z.boolean() }), async ({ id, hidden }) => (await annotations.hideAnnotation(me(), id, hidden), null));
  onRequest(socket, 'reply:create', ZCreateReply.extend({ annotationId: ZId }), ({ annotationId, ...input }) => annotations.createReply(me(), annotationId, input));
  onRequest(socket, 'reply:update', ZReplyRef.extend(ZUpdateReply.shape), async ({ annotationId, replyId, body }) => ({ reply: await annotations.updateReply(me(), annotationId, replyId, body) }));
  onRequest(socket, 'reply:delete', ZReplyRef, async ({ annotationId, replyId }) => (await annotations.deleteReply(me(), annotationId, replyId), null));
  onRequest(socket, 'reply:hide', ZReplyRef.extend({ hidden: z.boolean() }), async ({ annotationId, replyId, hidden }) => (await annotations.hideReply(me(), annotationId, replyId, hidden), null));
  onRequest(socket, 'reaction:set', ZSetReaction, (input) => setReaction(me(), input));
  onRequest(socket, 'reflection:create', ZCreateReflection.extend({ sessionId: ZId }), ({ sessionId, ...input }) => createReflection(me(), sessionId, input));
  onRequest(socket, 'reflection:hide', z.object({ sessionId: ZId, id: ZId, hidden: z.boolean() }), async ({ sessionId, id, hidden }) => (await hideReflection(me(), sessionId, id, hidden), null));
  onRequest(socket, 'notification:read', z.object({ ids: z.array(ZId).max(500).optional() }), async ({ ids }) => ({ count: await markNotificationsRead(me(), ids) }));
}
