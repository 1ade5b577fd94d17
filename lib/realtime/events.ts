/**
 * The one typed socket.io contract, shared by server and browser. Requests are `entity:verb`, notifications
 * `entity:verb-ed`; acks are `{ ok: true, value } | { ok: false, error }`. Every incoming payload is zod-checked
 * (schemas below), since types are not validation.
 */
import { z } from 'zod';

export type Ack<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** One entry of a group's durable event log, as delivered to clients. */
export interface GroupEvent {
  groupId: string;
  seq: number;
  type: string;
  actorId: string;
  sessionId: string | null;
  payload: unknown;
  createdAt: string;
}

export interface ServerToClientEvents {
  /** A change in a group the socket subscribed to (or the user's own private change), after it committed. */
  'event:appended': (event: GroupEvent) => void;
}

export interface ClientToServerEvents {
  /** Start receiving a group's events; the server checks membership first. Acks the group's last sequence number. */
  'group:subscribe': (payload: { groupId: string }, ack: (result: Ack<{ lastSeq: number }>) => void) => void;
  /** Stop receiving a group's events. */
  'group:unsubscribe': (payload: { groupId: string }) => void;
}

export interface SocketData {
  userId: string;
  name: string;
}

export const ZGroupSubscribe = z.object({ groupId: z.string().min(1).max(64) });
