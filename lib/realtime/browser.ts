/**
 * The tab's one RealtimeClient, made lazily in the browser for the signed-in user (never during server rendering),
 * and the connection status the pages show: connected, reconnecting, or offline with the writes waiting to go.
 *
 * A browser learns that the network is gone (window `offline`) long before a socket's heartbeat gives up, and some
 * network emulations (Playwright's setOffline, a phone's radio switching) leave an open websocket looking alive:
 * so going offline closes the socket at once — queued writes then wait in the client's outbox — and going online
 * opens it again; the client re-follows its streams from their cursors and re-sends what is queued.
 */
import { RealtimeClient } from './client';

export type LiveState = 'connecting' | 'online' | 'reconnecting' | 'offline';

export interface LiveStatus {
  state: LiveState;
  /** writes sent through `trackWrite` and not yet acknowledged */
  pending: number;
}

let current: { userId: string; client: RealtimeClient; stopState: () => void } | null = null;
let hasConnected = false;
let pending = 0;
let status: LiveStatus = { state: 'connecting', pending: 0 };
const listeners = new Set<() => void>();
let isWindowWired = false;

function computeState(): LiveState {
  if (!current) return 'connecting';
  if (navigator.onLine === false) return 'offline';
  const { client } = current;
  if (client.state === 'online') return 'online';
  // Not trying any more (closed because the network went away, or refused at the handshake): plainly offline.
  if (!client.socket.active) return 'offline';
  return hasConnected ? 'reconnecting' : 'connecting';
}

function publish() {
  const next: LiveStatus = { state: computeState(), pending };
  if (next.state === status.state && next.pending === status.pending) return;
  status = next;
  for (const listener of listeners) listener();
}

function wireWindow() {
  if (isWindowWired) return;
  isWindowWired = true;
  window.addEventListener('offline', () => {
    current?.client.socket.disconnect();
    publish();
  });
  window.addEventListener('online', () => {
    if (current && !current.client.socket.connected) current.client.socket.connect();
    publish();
  });
}

/**
 * The realtime client of this tab for `userId`, created on first use; null on the server. Another user signing
 * in without a reload gets a fresh client (the socket is authenticated once, at its handshake).
 */
export function getRealtimeClient(userId: string): RealtimeClient | null {
  if (typeof window === 'undefined') return null;
  if (current?.userId === userId) return current.client;
  if (current) {
    current.stopState();
    current.client.close();
  }
  hasConnected = false;
  const client = new RealtimeClient(undefined, { reconnectionDelayMax: 5_000 });
  const stopState = client.onState((state) => {
    if (state === 'online') hasConnected = true;
    publish();
  });
  current = { userId, client, stopState };
  wireWindow();
  if (navigator.onLine === false) client.socket.disconnect();
  publish();
  return client;
}

/** Counts a write as pending until it settles, so the page can say how many are waiting for the network. */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  pending++;
  publish();
  return write.finally(() => {
    pending--;
    publish();
  });
}

export function subscribeLiveStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getLiveStatus(): LiveStatus {
  return status;
}

/** What the server renders: nothing is known about the connection yet. */
export const SERVER_LIVE_STATUS: LiveStatus = { state: 'connecting', pending: 0 };
