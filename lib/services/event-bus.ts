/**
 * Hands committed events and notifications to whoever delivers them (the realtime layer subscribes at start-up).
 * Services publish only after their transaction has committed, so no one is told of a change that was rolled back.
 * Kept on globalThis because server.ts and Next's bundle may load this module twice (../shared/STYLE.md).
 */
import type { ThreadFacts } from '../domain/log-events';
import type { AnnotationDTO, ReplyDTO } from './annotation-dto';
import type { GongduEvent } from './log-event';

export type CommittedEvent = GongduEvent & {
  id: string;
  groupId: string;
  seq: number;
  sessionId: string | null;
  sessionSeq: number | null;
  actorId: string;
  isPrivate: boolean;
  createdAt: string;
};

export interface CommittedNotification {
  id: string;
  userId: string;
  groupId: string;
  type: string;
  payload: unknown;
  createdAt: string;
}

export interface Committed {
  events: CommittedEvent[];
  notifications: CommittedNotification[];
}

/**
 * What the write that emitted an event knows of the items it names as the write leaves them (read or built in its
 * transaction), handed to live delivery in this process so it need not read them back (stream-events.ts,
 * nowForCommit). Never stored in the log, never sent: kept beside the event, not on it (viewEvent returns some
 * events as they are, and what is on them goes to the sockets).
 *  - `thread`: the annotation's whole record, its replies and reactions included;
 *  - `threadFacts`: what decides who may see the thread the event is about, read under the group's lock;
 *  - `comment`: the reply's whole record, reactions included.
 * An event that names an item it says nothing of here may have changed it: delivery reads it then.
 */
export interface CurrentItems {
  thread?: AnnotationDTO;
  threadFacts?: ThreadFacts & { id: string };
  comment?: ReplyDTO;
}

const currentItems = ((globalThis as unknown as { __gongduCurrentItems?: WeakMap<CommittedEvent, CurrentItems> }).__gongduCurrentItems ??= new WeakMap());

export function attachCurrent(event: CommittedEvent, items: CurrentItems): void {
  currentItems.set(event, items);
}

export const currentOf = (event: CommittedEvent): CurrentItems | undefined => currentItems.get(event);

type Listener = (committed: Committed) => void;
const bus = ((globalThis as unknown as { __gongduBus?: Set<Listener> }).__gongduBus ??= new Set<Listener>());

export function subscribeCommitted(listener: Listener): () => void {
  bus.add(listener);
  return () => bus.delete(listener);
}

export function publishCommitted(committed: Committed): void {
  if (!committed.events.length && !committed.notifications.length) return;
  for (const listener of bus) listener(committed);
}
