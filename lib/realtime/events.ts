/**
 * The one typed socket.io contract, shared by server and browser (../shared/STYLE.md, habit 4).
 *
 * Requests are `entity:verb` with an ack `{ ok: true, value } | { ok: false, error }`; notifications are
 * `entity:verb-ed`. Every incoming payload is zod-checked by the server (schemas in lib/validations), since types
 * are not validation.
 *
 * Streams: a client follows a group's log (`group:<id>`, the reading page) or a session's slice of it
 * (`session:<id>`, a live study session). Each event carries its stream and a gapless sequence number; the client
 * applies each once, in order (lib/domain/event-cursor.ts) and, after a reconnect, asks for what it missed.
 */
import type { AnnotationDTO, ReplyDTO } from '../services/annotation-dto';
import type { NotificationDTO } from '../services/notifications';
import type { SessionDTO } from '../services/sessions';
import type { StreamEvent } from '../services/stream-events';
import type { z } from 'zod';
import type { PresenceDelta, PresenceMember } from '../domain/presence';
import type { Locale } from '../i18n/locale';
import type { ZCreateAnnotation, ZCreateReply, ZSetReaction, ZUpdateAnnotation } from '../validations/annotations';

// Payloads are what a client may send: the schemas' input types (defaults still to be applied by the server).
type TCreateAnnotation = z.input<typeof ZCreateAnnotation>;
type TCreateReply = z.input<typeof ZCreateReply>;
type TSetReaction = z.input<typeof ZSetReaction>;
type TUpdateAnnotation = z.input<typeof ZUpdateAnnotation>;

export type { StreamEvent };

export type AckError = { code: string; message: string; fields?: Record<string, string> };
export type Ack<T> = { ok: true; value: T } | { ok: false; error: AckError };
type Request<P, R> = (payload: P, ack: (result: Ack<R>) => void) => void;

export type { PresenceDelta, PresenceMember };

export interface ServerToClientEvents {
  /** A change in a stream the socket follows, after it committed. `type: 'skip'` marks someone else's private change. */
  'event:appended': (event: StreamEvent) => void;
  /** Who joined, moved to another passage or left a session: one room's changes, coalesced a few times a second. */
  'presence:changed': (delta: PresenceDelta) => void;
  /** The leader moved to another passage: followers scroll there (跟学). */
  'leader:moved': (move: { sessionId: string; blockId: string; leaderId: string }) => void;
  /** A notification for this user (mention, reply, session started). */
  'notification:created': (notification: NotificationDTO) => void;
  /**
   * Broadcasts may have been lost (Redis restarted, or the database did not answer when an event was to be sent):
   * catch up every followed stream from the event log and join live sessions again (presence).
   */
  'stream:stale': () => void;
}

export interface ClientToServerEvents {
  /** Follow a stream: the server checks membership, joins the room, then returns the events after `after`. */
  'stream:subscribe': Request<{ stream: string; after: number }, { events: StreamEvent[]; lastSeq: number; more: boolean }>;
  /** Ask again for events after `after` (a gap was seen, or `more` was true). */
  'stream:sync': Request<{ stream: string; after: number }, { events: StreamEvent[]; lastSeq: number; more: boolean }>;
  /** Stop following a stream. */
  'stream:unsubscribe': (payload: { stream: string }) => void;
  /** Enter a live session: attendance is recorded and the room told. Returns the session and who is there (unsorted). */
  'session:join': Request<{ sessionId: string }, { session: SessionDTO; members: PresenceMember[] }>;
  /** Leave a session (closing the tab or losing the connection does the same). */
  'session:leave': Request<{ sessionId: string }, null>;
  /** Tell the room which block is in view. */
  'session:viewing': (payload: { sessionId: string; blockId: string | null }) => void;
  /** The leader's current passage (leader only). */
  'leader:move': Request<{ sessionId: string; blockId: string }, null>;
  /** Writes: each goes through the same service as the HTTP API; creates take a client-chosen id. */
  'annotation:create': Request<TCreateAnnotation, { annotation: AnnotationDTO; created: boolean }>;
  'annotation:update': Request<{ id: string } & TUpdateAnnotation, { annotation: AnnotationDTO }>;
  'annotation:delete': Request<{ id: string }, null>;
  'annotation:resolve': Request<{ id: string; resolved: boolean }, { annotation: AnnotationDTO }>;
  'annotation:pin': Request<{ id: string; pinned: boolean }, { annotation: AnnotationDTO }>;
  'annotation:hide': Request<{ id: string; hidden: boolean }, null>;
  'reply:create': Request<{ annotationId: string } & TCreateReply, { reply: ReplyDTO; created: boolean }>;
  'reply:update': Request<{ annotationId: string; replyId: string; body: string }, { reply: ReplyDTO }>;
  'reply:delete': Request<{ annotationId: string; replyId: string }, null>;
  'reply:hide': Request<{ annotationId: string; replyId: string; hidden: boolean }, null>;
  'reaction:set': Request<TSetReaction, { targetId: string; reactions: { kind: string; userIds: string[] }[] }>;
  /** A session-level reflection (体会) not tied to a passage. */
  'reflection:create': Request<{ sessionId: string; id?: string; body: string }, { reflection: ReplyDTO; created: boolean }>;
  /** A leader hides an improper reflection from members (or shows it again). */
  'reflection:hide': Request<{ sessionId: string; id: string; hidden: boolean }, null>;
  'notification:read': Request<{ ids?: string[] }, { count: number }>;
}

/**
 * What each client→server event does, for the limits in front of every message (lib/realtime/flood-guard.ts):
 * - `write`: stores what other members read (annotations, replies, reactions, reflections, read marks); it spends
 *   the user's write allowance, the same one the HTTP API's writes spend (lib/services/rate-limits.ts).
 * - `catch-up`: reads up to a page of a stream's log.
 * - `session`: commits attendance or the leader's passage. Not a write: a reconnect rejoins at once, and a refused
 *   leader move would be lost.
 * - `light`: reads little or nothing (presence, unsubscribing).
 * Every event of ClientToServerEvents must be classified here: one missing (or one not in the contract) fails the
 * type check, so a new write cannot slip past the write allowance.
 */
export type ClientEventKind = 'write' | 'catch-up' | 'session' | 'light';
export const CLIENT_EVENT_KINDS = {
  'stream:subscribe': 'catch-up',
  'stream:sync': 'catch-up',
  'stream:unsubscribe': 'light',
  'session:join': 'session',
  'session:leave': 'session',
  'session:viewing': 'light',
  'leader:move': 'session',
  'annotation:create': 'write',
  'annotation:update': 'write',
  'annotation:delete': 'write',
  'annotation:resolve': 'write',
  'annotation:pin': 'write',
  'annotation:hide': 'write',
  'reply:create': 'write',
  'reply:update': 'write',
  'reply:delete': 'write',
  'reply:hide': 'write',
  'reaction:set': 'write',
  'reflection:create': 'write',
  'reflection:hide': 'write',
  'notification:read': 'write',
} as const satisfies { [E in keyof ClientToServerEvents]: ClientEventKind };

/**
 * Between Gongdu processes (through the Redis adapter's `serverSideEmit`): each indexes the presence of its own
 * sockets, and these ask the others about theirs (lib/realtime/presence.ts).
 */
export interface InterServerEvents {
  /** Who is present in a session on the answering process. */
  'presence:members': (sessionId: string, reply: (members: PresenceMember[]) => void) => void;
  /** Whether the answering process holds a socket of the user in the session. */
  'presence:holds': (sessionId: string, userId: string, reply: (held: boolean) => void) => void;
  /** The user's membership ended: take them out of these sessions' presence. */
  'presence:remove': (userId: string, sessionIds: string[]) => void;
}

export interface SocketData {
  userId: string;
  name: string;
  /** the language of its refusals' words (the pages' cookie, read at the handshake) */
  locale: Locale;
  /** the room of the credential it connected with (`auth:<session>` or `token:<id>`): revoking it closes the socket */
  credentialRoom?: string;
  /**
   * sessions this socket has joined as a participant, with its attendance interval and the session's group; who is
   * present, where and as what, is in the process's presence index (lib/realtime/presence.ts)
   */
  sessions: Record<string, { attendanceId: string; groupId: string }>;
  /** the streams this socket follows, with the group each belongs to (for acting on membership changes) */
  streams: Record<string, string>;
}
