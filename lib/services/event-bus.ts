/**
 * Hands committed events to whoever delivers them (the realtime layer subscribes at start-up). Services call
 * `publishCommitted` only after their transaction has committed, so no one is told of a change that was rolled
 * back. Kept on globalThis because server.ts and Next's bundle may load this module twice.
 */
export interface CommittedEvent {
  id: string;
  groupId: string;
  seq: number;
  type: string;
  actorId: string;
  sessionId: string | null;
  isPrivate: boolean;
  payload: unknown;
  createdAt: string;
}

type Listener = (event: CommittedEvent) => void;
const bus = ((globalThis as unknown as { __gongduBus?: Set<Listener> }).__gongduBus ??= new Set<Listener>());

export function subscribeCommitted(listener: Listener): () => void {
  bus.add(listener);
  return () => bus.delete(listener);
}

export function publishCommitted(events: CommittedEvent[]): void {
  for (const event of events) for (const listener of bus) listener(event);
}
