/** Annotation, reply, reaction and reflection writes over the socket: the same services as the HTTP API. */
import { z } from 'zod';
import * as annotations from '../../services/annotations';
import { markNotificationsRead } from '../../services/notifications';
import { setReaction } from '../../services/reactions';
import { createReflection, hideReflection } from '../../services/sessions';
import { ZId } from '../../validations/common';
import { ZCreateAnnotation, ZCreateReply, ZSetReaction, ZUpdateAnnotation, ZUpdateReply } from '../../validations/annotations';
import { ZCreateReflection } from '../../validations/sessions';
import { defineRequest, handleRequests } from './request';

const ZRef = z.object({ id: ZId });
const ZReplyRef = z.object({ annotationId: ZId, replyId: ZId });

// Defined once for every socket (schemas included): see defineRequest.
const writeRequests = [
  defineRequest('annotation:create', ZCreateAnnotation, (input, s) => annotations.createAnnotation(s.data.userId, input)),
  defineRequest('annotation:update', z.intersection(ZRef, ZUpdateAnnotation), async ({ id, ...input }, s) => ({ annotation: await annotations.updateAnnotation(s.data.userId, id, input) })),
  defineRequest('annotation:delete', ZRef, async ({ id }, s) => (await annotations.deleteAnnotation(s.data.userId, id), null)),
  defineRequest('annotation:resolve', ZRef.extend({ resolved: z.boolean() }), async ({ id, resolved }, s) => ({ annotation: await annotations.resolveAnnotation(s.data.userId, id, resolved) })),
  defineRequest('annotation:pin', ZRef.extend({ pinned: z.boolean() }), async ({ id, pinned }, s) => ({ annotation: await annotations.pinAnnotation(s.data.userId, id, pinned) })),
  defineRequest('annotation:hide', ZRef.extend({ hidden: z.boolean() }), async ({ id, hidden }, s) => (await annotations.hideAnnotation(s.data.userId, id, hidden), null)),
  defineRequest('reply:create', ZCreateReply.extend({ annotationId: ZId }), ({ annotationId, ...input }, s) => annotations.createReply(s.data.userId, annotationId, input)),
  defineRequest('reply:update', ZReplyRef.extend(ZUpdateReply.shape), async ({ annotationId, replyId, body }, s) => ({ reply: await annotations.updateReply(s.data.userId, annotationId, replyId, body) })),
  defineRequest('reply:delete', ZReplyRef, async ({ annotationId, replyId }, s) => (await annotations.deleteReply(s.data.userId, annotationId, replyId), null)),
  defineRequest('reply:hide', ZReplyRef.extend({ hidden: z.boolean() }), async ({ annotationId, replyId, hidden }, s) => (await annotations.hideReply(s.data.userId, annotationId, replyId, hidden), null)),
  defineRequest('reaction:set', ZSetReaction, (input, s) => setReaction(s.data.userId, input)),
  defineRequest('reflection:create', ZCreateReflection.extend({ sessionId: ZId }), ({ sessionId, ...input }, s) => createReflection(s.data.userId, sessionId, input)),
  defineRequest('reflection:hide', z.object({ sessionId: ZId, id: ZId, hidden: z.boolean() }), async ({ sessionId, id, hidden }, s) => (await hideReflection(s.data.userId, sessionId, id, hidden), null)),
  defineRequest('notification:read', z.object({ ids: z.array(ZId).max(500).optional() }), async ({ ids }, s) => ({ count: await markNotificationsRead(s.data.userId, ids) })),
];

handleRequests(writeRequests);
