/**
 * Hands committed events and notifications to whoever delivers them (the realtime layer subscribes at start-up).
 * Services publish only after their transaction has committed, so no one is told of a change that was rolled back.
 * Kept on globalThis because server.ts and Next's bundle may load this module twice (../shared/STYLE.md).
 */
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
