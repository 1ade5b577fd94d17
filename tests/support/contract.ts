/**
 * The client→server socket events, read from the one typed contract (lib/realtime/events.ts) at run time, so the
 * fuzz test and bench:abuse cover an event added tomorrow without anyone editing a list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface ContractEvent {
  name: string;
  /** a request (answered through an ack) or a notification to the server */
  isRequest: boolean;
}

export function clientToServerEvents(): ContractEvent[] {
  const source = readFileSync(path.resolve(import.meta.dirname, '../../lib/realtime/events.ts'), 'utf8');
  const start = source.indexOf('export interface ClientToServerEvents');
  const body = source.slice(start, source.indexOf('\n}', start));
  return [...body.matchAll(/^\s*'([\w-]+:[\w-]+)':\s*(\S+)/gm)].map((m) => ({ name: m[1], isRequest: m[2].startsWith('Request<') }));
}

export interface PayloadContext {
  groupId: string;
  sessionId: string;
  /** a paragraph and the first four characters of its text */
  blockId: string;
  exact: string;
  /** an annotation, a reply in its thread and a session reflection, all the sender's own */
  annotationId: string;
  replyId: string;
  reflectionId: string;
}

/**
 * A well-formed payload for each event, as a page sends it. `{{uuid}}` stands for a fresh client-chosen id. An
 * event missing here gets `{}` from whoever uses this (a new event is still sent, just not well-formed).
 */
export function wellFormedPayloads(c: PayloadContext): Record<string, unknown> {
  return {
    'stream:subscribe': { stream: `group:${c.groupId}`, after: 0 },
    'stream:sync': { stream: `session:${c.sessionId}`, after: 0 },
    'stream:unsubscribe': { stream: `session:${c.sessionId}` },
    'session:join': { sessionId: c.sessionId },
    'session:leave': { sessionId: c.sessionId },
    'session:viewing': { sessionId: c.sessionId, blockId: c.blockId },
    'leader:move': { sessionId: c.sessionId, blockId: c.blockId },
    'annotation:create': { id: '{{uuid}}', groupId: c.groupId, sessionId: c.sessionId, blockId: c.blockId, start: 0, end: 4, exact: c.exact, kind: 'question', note: '为什么这样说？' },
    'annotation:update': { id: c.annotationId, note: '改过的笔记' },
    'annotation:delete': { id: '{{uuid}}' },
    'annotation:resolve': { id: c.annotationId, resolved: true },
    'annotation:pin': { id: c.annotationId, pinned: true },
    'annotation:hide': { id: c.annotationId, hidden: false },
    'reply:create': { annotationId: c.annotationId, id: '{{uuid}}', body: '同意' },
    'reply:update': { annotationId: c.annotationId, replyId: c.replyId, body: '改过的回复' },
    'reply:delete': { annotationId: c.annotationId, replyId: '{{uuid}}' },
    'reply:hide': { annotationId: c.annotationId, replyId: c.replyId, hidden: false },
    'reaction:set': { targetType: 'annotation', targetId: c.annotationId, kind: 'agree', active: true },
    'reflection:create': { sessionId: c.sessionId, id: '{{uuid}}', body: '今天的体会' },
    'reflection:hide': { sessionId: c.sessionId, id: c.reflectionId, hidden: false },
    'notification:read': {},
  };
}
