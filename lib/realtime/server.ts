/**
 * socket.io on the same http server as Next. Sockets authenticate at the handshake with the NextAuth session
 * cookie (or `auth: { token }` for API tokens). Rooms come from the database: a socket follows `group:<id>` or
 * `session:<id>` only after a membership check, and every socket is in its own `user:<id>` room, where private
 * events and notifications go (../shared/DESIGN.md, rule 3).
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { WebSocketServer, type ServerOptions } from 'ws';
import { readSessionToken } from '../auth/session-token';
import { checkHandshake } from '../http/request-guard';
import { cookieValue, LOCALE_COOKIE, parseLocale } from '../i18n/locale';
import { authenticateApiToken } from '../services/api-tokens';
import { subscribeCommitted, type Committed, type CommittedEvent } from '../services/event-bus';
import { MAX_SOCKETS_PER_PROCESS, MAX_SOCKETS_PER_USER } from '../services/rate-limits';
import { isDatabaseUnavailable } from '../services/errors';
import { credentialRoom, subscribeRevocations } from '../services/revocations';
import { inStream, nowForCommit, viewsForAudiences, type AudienceViews } from '../services/stream-events';
import { applyMembershipChange, audienceRoom } from './membership';
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from './events';
import { guardMessages } from './flood-guard';
import { dispatchMessage, type GongduSocket } from './handlers/request';
import { leaveSessionsOnDisconnect } from './handlers/sessions';
import './handlers/writes';

/**
 * engine.io's websocket server (ws), dispatching each message of a network read in an event-loop turn of its own
 * (ws's `allowSynchronousEvents: false`) instead of all of them in one go: a read is up to 64 KB, hundreds of small
 * messages, and with every one dispatched before anything else ran, another user's request waited behind the whole
 * read of a flooding socket (bench:abuse, events without acknowledgement). GONGDU_WS_SYNC_EVENTS=1: ws's default.
 */
class TurnTakingWebSocketServer extends WebSocketServer {
  constructor(options?: ServerOptions, callback?: () => void) {
    super({ ...options, allowSynchronousEvents: process.env.GONGDU_WS_SYNC_EVENTS === '1' }, callback);
  }
}

export type GongduIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** Who is connecting: an API token in `auth.token`, else the NextAuth session cookie. */
async function authenticate(handshake: { auth: Record<string, unknown>; headers: Record<string, string | string[] | undefined> }) {
  const token = typeof handshake.auth?.token === 'string' ? handshake.auth.token : undefined;
  if (token) {
    const user = await authenticateApiToken(token);
    return user && { userId: user.id, name: user.name, credential: { kind: 'token' as const, id: user.tokenId } };
  }
  // next-auth v4 reads req.cookies, which a raw Node request lacks (../shared/STACK.md): readSessionToken parses them.
  const jwt = await readSessionToken(handshake.headers);
  return jwt ? { userId: jwt.sub, name: String(jwt.name ?? ''), credential: { kind: 'session' as const, id: jwt.sid } } : null;
}

/**
 * Sends a committed event to one stream, per audience: one view to the stream's leaders, one to its members, and
 * their own view to the few whose view differs (the author of a private or hidden item) — so every broadcast is
 * identical for all in its room and no room ever gets a view meant for leaders.
 */
function deliver(io: GongduIo, stream: string, seq: number, event: CommittedEvent, { leaders, members, personal }: AudienceViews) {
  const own = [...personal.keys()].map((userId) => audienceRoom(stream, { user: userId }));
  io.to(audienceRoom(stream, 'leaders')).except(own).emit('event:appended', inStream(stream, seq, event, leaders));
  io.to(audienceRoom(stream, 'members')).except(own).emit('event:appended', inStream(stream, seq, event, members));
  for (const [userId, { view }] of personal) io.to(audienceRoom(stream, { user: userId })).emit('event:appended', inStream(stream, seq, event, view));
}

/** Everything one commit tells the sockets, in order: membership changes first, so a removed member hears nothing more. */
async function handleCommitted(io: GongduIo, { events, notifications }: Committed, later: CommittedEvent[]) {
  // What the commit's events name as it is now, for all of them at once (a group commit carries many:
  // write-with-events.ts): as the writes handed it over, with what later commits not yet delivered changed, and
  // only what none of them said read from the database (stream-events.ts, nowForCommit).
  const now = await nowForCommit(events, later);
  for (const event of events) {
    if (event.type === 'membership:changed') await applyMembershipChange(io, event.groupId, event.payload);
    const views = await viewsForAudiences(event, now);
    deliver(io, `group:${event.groupId}`, event.seq, event, views);
    if (event.sessionId && event.sessionSeq) deliver(io, `session:${event.sessionId}`, event.sessionSeq, event, views);
  }
  for (const n of notifications) {
    io.to(`user:${n.userId}`).emit('notification:created', { id: n.id, groupId: n.groupId, type: n.type, payload: n.payload, createdAt: n.createdAt, read: false });
  }
}

/** How long a commit's delivery is retried while the database does not answer (viewing an event reads it). */
const DELIVERY_RETRY_MS = 60_000;

/**
 * Delivers one commit, retrying while the database is unreachable (a PostgreSQL restart right after the commit):
 * the events are stored, only their views could not be read. Should it still fail, the sockets of the commit's
 * streams are told `stream:stale`: their clients catch up from the event log, so nothing stays missed.
 */
async function deliverCommitted(io: GongduIo, committed: Committed, later: () => CommittedEvent[]): Promise<void> {
  const started = Date.now();
  for (let wait = 100; ; wait = Math.min(2 * wait, 2_000)) {
    try {
      return await handleCommitted(io, committed, later());
    } catch (error) {
      if (isDatabaseUnavailable(error) && Date.now() - started < DELIVERY_RETRY_MS) {
        await new Promise((r) => setTimeout(r, wait));
        continue;
      }
      console.error('delivering committed events failed: their streams are told to catch up', error);
      const streams = committed.events.flatMap((e) => [`group:${e.groupId}`, ...(e.sessionId ? [`session:${e.sessionId}`] : [])]);
      if (streams.length) io.to(streams).emit('stream:stale');
      return;
    }
  }
}

/** engine.io's stand-in response to a WebSocket upgrade re-emits the TCP socket's close with this listener. */
const UPGRADE_CLOSE_RELAY = '() => this.emit("close")';

/**
 * Lets go of what the connection's first HTTP request left behind, once who it is has been settled (socket.data,
 * its language included): socket.io keeps the request (`conn.request`) and the handshake's headers and auth (an API
 * token, a session cookie) for the socket's whole life, and fetchSockets carries the handshake to other processes.
 * `conn.request = null` alone (socket.io's memory-usage guide) is not enough under engine.io 6.6: its stand-in
 * response to a WebSocket upgrade (WebSocketResponse in engine.io/build/server.js) listens for the TCP socket's
 * close, to re-emit it for HTTP middlewares (we have none), and that listener keeps the response and the request
 * for the connection's life. It goes too. Effect: bench:connections, BENCHMARKS.md.
 */
function releaseHandshake(socket: GongduSocket) {
  const conn = socket.conn as unknown as { request: IncomingMessage | null };
  const tcp = conn.request?.socket;
  conn.request = null;
  socket.handshake.headers = {};
  socket.handshake.auth = {};
  for (const listener of tcp?.rawListeners('close') ?? []) {
    const relay = (listener as { listener?: () => void }).listener ?? listener;
    if (String(relay) === UPGRADE_CLOSE_RELAY) tcp!.removeListener('close', listener as () => void);
  }
}

export function attachRealtime(httpServer: HttpServer): GongduIo {
  const openSockets = new Map<string, number>();
  const io: GongduIo = new Server(httpServer, {
    path: '/socket.io',
    serveClient: false,
    wsEngine: TurnTakingWebSocketServer,
    // A page on another origin (even another port of this host) must not open a socket with our user's cookie.
    allowRequest: (req, callback) => {
      const refusal = checkHandshake(req.headers);
      callback(refusal?.message ?? null, refusal === null);
    },
  });

  // Before anything is read for it: a full process turns a connection away at the cost of a comparison.
  io.use((_socket, next) => next(io.of('/').sockets.size >= MAX_SOCKETS_PER_PROCESS ? new Error('server_full') : undefined));
  io.use(async (socket, next) => {
    try {
      const who = await authenticate(socket.handshake);
      if (!who) return next(new Error('unauthenticated'));
      // A cap per user, counted in this process: one token held 2,000 sockets (issue 9, finding 6).
      if ((openSockets.get(who.userId) ?? 0) >= MAX_SOCKETS_PER_USER) return next(new Error('too_many_connections'));
      const { credential, ...user } = who;
      // The credential's room is joined on connection: when the credential is revoked, its sockets are closed (below).
      // Its language (for the words of refusals) is read now: the handshake's headers are let go on connection.
      const locale = parseLocale(cookieValue(String(socket.handshake.headers.cookie ?? ''), LOCALE_COOKIE));
      socket.data = { ...user, locale, credentialRoom: credentialRoom(credential), sessions: {}, streams: {} };
      next();
    } catch {
      next(new Error('unauthenticated'));
    }
  });

  /** One listener for every socket (the socket is `this`), not a closure each. */
  function onDisconnect(this: GongduSocket) {
    const userId = this.data.userId;
    const left = (openSockets.get(userId) ?? 1) - 1;
    if (left > 0) openSockets.set(userId, left);
    else openSockets.delete(userId);
    leaveSessionsOnDisconnect.call(this);
  }

  io.on('connection', (socket) => {
    releaseHandshake(socket);
    void socket.join([`user:${socket.data.userId}`, socket.data.credentialRoom!]);
    const userId = socket.data.userId;
    openSockets.set(userId, (openSockets.get(userId) ?? 0) + 1);
    socket.on('disconnect', onDisconnect);
    // Messages per socket and per user per second, checked before anything else reads them; those that pass go to
    // the listeners shared by all sockets (handlers/request.ts: dispatchMessage).
    guardMessages(socket, dispatchMessage);
  });

  // A signed-out session or a revoked token ends its open sockets at once, not at their next reconnect. Through the
  // adapter this reaches the sockets of every process.
  subscribeRevocations((revocation) => io.in(credentialRoom(revocation)).disconnectSockets(true));

  // Viewing an event may read the database; one commit after another keeps the order they were committed in.
  // `waiting`: the commits published and not yet delivered, in order; what they changed is current for those
  // before them.
  let delivering = Promise.resolve();
  const waiting: Committed[] = [];
  subscribeCommitted((committed) => {
    waiting.push(committed);
    delivering = delivering.then(() => {
      waiting.shift();
      return deliverCommitted(io, committed, () => waiting.flatMap((c) => c.events));
    });
  });

  return io;
}
