/**
 * The browser's (and the tests') side of the socket contract: follows streams applying each event once and in
 * order, catches up after every reconnect, and sends writes through an outbox that survives a dropped connection.
 *
 * A write is retried until the server acknowledges it; creates carry a client-chosen id, and the other writes set
 * state rather than toggle it, so a retry after a lost acknowledgement is stored once.
 */
import { io, type Socket, type ManagerOptions, type SocketOptions } from 'socket.io-client';
import { EventCursor } from '../domain/event-cursor';
import type { Ack, ClientToServerEvents, ServerToClientEvents, StreamEvent } from './events';

export type ConnectionState = 'connecting' | 'online' | 'offline';
type GongduClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type RequestName = { [K in keyof ClientToServerEvents]: Parameters<ClientToServerEvents[K]> extends [unknown, (r: never) => void] ? K : never }[keyof ClientToServerEvents];
/** socket.io's own parameter list for a request with a timeout: the helper is checked against the contract. */
declare const timedSocket: ReturnType<GongduClientSocket['timeout']>;
type TimedArgs<K extends RequestName> = Parameters<typeof timedSocket.emitWithAck<K>>;
type TimedResult<K extends RequestName> = Awaited<ReturnType<typeof timedSocket.emitWithAck<K>>>;
type ValueOf<K extends RequestName> = Parameters<ClientToServerEvents[K]>[1] extends (r: Ack<infer V>) => void ? V : never;

/** How long to wait for an acknowledgement before sending again (the write is idempotent). */
const ACK_TIMEOUT_MS = 8_000;
/** How long to wait before sending a request again that the server answered `unavailable`. */
const UNAVAILABLE_RETRY_MS = 300;
/** How long to wait before sending a request again that the server answered `rate_limited` (a per-second limit). */
const RATE_LIMITED_RETRY_MS = 1_000;

export class RequestError extends Error {
  constructor(readonly code: string, message: string, readonly fields?: Record<string, string>) {
    super(message);
  }
}

/** A `stream:stale` notice reaches every socket at once: each waits up to this long, so they do not ask together. */
const STALE_JITTER_MS = 1_000;

interface Follow {
  cursor: EventCursor<StreamEvent>;
  onEvents: (events: StreamEvent[]) => void;
  syncing: boolean;
  /** asked to sync while a sync was running: run another once it ends (it may have read the log too early) */
  again: boolean;
}

export class RealtimeClient {
  readonly socket: GongduClientSocket;
  private follows = new Map<string, Follow>();
  private joined = new Map<string, (joined: ValueOf<'session:join'>) => void>();
  private stateListeners = new Set<(s: ConnectionState) => void>();
  state: ConnectionState = 'connecting';

  constructor(url: string | undefined, opts: Partial<ManagerOptions & SocketOptions> = {}) {
    this.socket = (url ? io(url, { transports: ['websocket'], ...opts }) : io({ transports: ['websocket'], ...opts })) as GongduClientSocket;
    this.socket.on('connect', () => {
      this.setState('online');
      // After every (re)connect: re-follow each stream from the last event applied.
      for (const stream of this.follows.keys()) void this.subscribe(stream);
      this.rejoinSessions();
    });
    // Live events may have been lost on the server's side: the log has them all.
    this.socket.on('stream:stale', () => {
      setTimeout(() => {
        for (const stream of this.follows.keys()) void this.catchUp(stream, 'stream:sync');
        this.rejoinSessions();
      }, Math.random() * STALE_JITTER_MS);
    });
    this.socket.on('disconnect', () => this.setState('offline'));
    this.socket.on('connect_error', () => this.setState('offline'));
    this.socket.on('event:appended', (event) => {
      const follow = this.follows.get(event.stream);
      if (follow) this.offer(event.stream, follow, [event]);
    });
  }

  private rejoinSessions() {
    for (const [sessionId, onJoined] of this.joined) void this.request('session:join', { sessionId }).then(onJoined, () => undefined);
  }

  onState(listener: (s: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    listener(this.state);
    return () => this.stateListeners.delete(listener);
  }

  private setState(s: ConnectionState) {
    this.state = s;
    for (const l of this.stateListeners) l(s);
  }

  /** Follows a stream from sequence number `after` (what the page's data already reflects). */
  follow(stream: string, after: number, onEvents: (events: StreamEvent[]) => void): () => void {
    this.follows.set(stream, { cursor: new EventCursor<StreamEvent>(after), onEvents, syncing: false, again: false });
    if (this.socket.connected) void this.subscribe(stream);
    return () => {
      this.follows.delete(stream);
      if (this.socket.connected) this.socket.emit('stream:unsubscribe', { stream });
    };
  }

  /** Takes part in a live session (attendance, presence) now and again after every reconnect. */
  joinSession(sessionId: string, onJoined: (joined: ValueOf<'session:join'>) => void = () => undefined): Promise<ValueOf<'session:join'>> {
    return new Promise((resolve, reject) => {
      const handle = (joined: ValueOf<'session:join'>) => (onJoined(joined), resolve(joined));
      this.joined.set(sessionId, handle);
      // Not connected yet: the connect handler joins every registered session. Asking here too would join twice.
      if (this.socket.connected) this.request('session:join', { sessionId }).then(handle, reject);
    });
  }

  async leaveSession(sessionId: string): Promise<void> {
    this.joined.delete(sessionId);
    if (this.socket.connected) await this.request('session:leave', { sessionId });
  }

  lastSeq(stream: string): number {
    return this.follows.get(stream)?.cursor.lastSeq ?? 0;
  }

  private offer(stream: string, follow: Follow, events: StreamEvent[]) {
    const ready = follow.cursor.offer(events);
    if (ready.length) follow.onEvents(ready);
    if (follow.cursor.hasGap) void this.catchUp(stream, 'stream:sync');
  }

  private async subscribe(stream: string) {
    await this.catchUp(stream, 'stream:subscribe');
  }

  private async catchUp(stream: string, how: 'stream:subscribe' | 'stream:sync') {
    const follow = this.follows.get(stream);
    if (!follow) return;
    if (how === 'stream:sync' && follow.syncing) {
      follow.again = true;
      return;
    }
    follow.syncing = true;
    try {
      for (;;) {
        const result = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck(how, { stream, after: follow.cursor.lastSeq });
        if (!result.ok && (result.error.code === 'unavailable' || result.error.code === 'rate_limited')) {
          // The server could not read its database (restarting), or asks to slow down: ask again shortly, or the
          // page would sit on a gap until the next event or reconnect.
          await new Promise((r) => setTimeout(r, UNAVAILABLE_RETRY_MS));
          if (!this.socket.connected) return; // the next connect subscribes again from the cursor
          continue;
        }
        if (!result.ok) throw new RequestError(result.error.code, result.error.message);
        follow.syncing = false;
        this.offer(stream, follow, result.value.events);
        if (!result.value.more && !follow.again) return;
        follow.again = false;
        how = 'stream:sync';
        follow.syncing = true;
      }
    } catch {
      // Lost the connection mid-way: the next connect subscribes again from the cursor.
    } finally {
      follow.syncing = false;
    }
  }

  /**
   * Sends a request, retrying across disconnects until the server answers. Resolves with the value; rejects
   * with a RequestError when the server refuses it (validation, rights), which retrying would not change.
   */
  async request<K extends RequestName>(...call: TimedArgs<K>): Promise<ValueOf<K>> {
    for (;;) {
      if (!this.socket.connected) await new Promise<void>((resolve) => this.socket.once('connect', () => resolve()));
      let result: TimedResult<K>;
      try {
        result = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck(...call);
      } catch {
        continue; // no acknowledgement (dropped connection or timeout): send again
      }
      if (result.ok) return result.value;
      // The server could not reach its database, or is shutting down: nothing was stored; send it again shortly.
      // Over the socket's message limit (an outbox flushing after a long disconnect, acknowledgements late on a
      // busy server and sent again): nothing was run either; send it again after the limit's second.
      if (result.error.code === 'unavailable' || result.error.code === 'rate_limited') {
        await new Promise((r) => setTimeout(r, result.error.code === 'rate_limited' ? RATE_LIMITED_RETRY_MS : UNAVAILABLE_RETRY_MS));
        continue;
      }
      throw new RequestError(result.error.code, result.error.message, result.error.fields);
    }
  }

  close(): void {
    this.socket.close();
  }
}
