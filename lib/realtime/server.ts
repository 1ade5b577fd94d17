/**
 * socket.io on the same http server as Next. Sockets authenticate at the handshake with the NextAuth session
 * cookie (or `auth: { token }` for API tokens). Rooms come from the database: a socket follows `group:<id>` or
 * `session:<id>` only after a membership check, and every socket is in its own `user:<id>` room, where private
 * events and notifications go (../shared/DESIGN.md, rule 3).
 */
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { readSessionToken } from '../auth/session-token';
import { checkHandshake } from '../http/request-guard';
import { authenticateApiToken } from '../services/api-tokens';
import { subscribeCommitted, type CommittedEvent } from '../services/event-bus';
import { visibleEvent } from '../services/stream-events';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from './events';
import { registerSessionHandlers } from './handlers/sessions';
import { registerWriteHandlers } from './handlers/writes';

export type GongduIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Who is connecting: an API token in `auth.token`, else the NextAuth session cookie. */
async function authenticate(handshake: { auth: Record<string, unknown>; headers: Record<string, string | string[] | undefined> }) {
  const token = typeof handshake.auth?.token === 'string' ? handshake.auth.token : undefined;
  if (token) {
    const user = await authenticateApiToken(token);
    return user && { userId: user.id, name: user.name };
  }
  // next-auth v4 reads req.cookies, which a raw Node request lacks (../shared/STACK.md): readSessionToken parses them.
  const jwt = await readSessionToken(handshake.headers);
  return jwt?.sub ? { userId: jwt.sub, name: String(jwt.name ?? '') } : null;
}

/** Sends a committed event to one stream's room: the full event to the actor, a skip marker to others if private. */
function deliver(io: GongduIo, stream: string, seq: number, event: CommittedEvent) {
  const full = visibleEvent(stream, seq, event, event.actorId);
  if (!event.isPrivate) return void io.to(stream).emit('event:appended', full);
  io.to(stream).except(`user:${event.actorId}`).emit('event:appended', visibleEvent(stream, seq, event, ''));
  io.to(`user:${event.actorId}`).emit('event:appended', full);
}

export function attachRealtime(httpServer: HttpServer): GongduIo {
  const io: GongduIo = new Server(httpServer, {
    path: '/socket.io',
    serveClient: false,
    connectionStateRecovery: undefined,
    // A page on another origin (even another port of this host) must not open a socket with our user's cookie.
    allowRequest: (req, callback) => {
      const refusal = checkHandshake(req.headers);
      callback(refusal?.message ?? null, refusal === null);
    },
  });

  io.use(async (socket, next) => {
    try {
      const who = await authenticate(socket.handshake);
      if (!who) return next(new Error('unauthenticated'));
      socket.data = { ...who, sessions: {} };
      next();
    } catch {
      next(new Error('unauthenticated'));
    }
  });

  io.on('connection', (socket) => {
    // Who it is has been settled (socket.data) and socket.handshake keeps the headers: the first HTTP request,
    // which socket.io otherwise holds for the socket's whole life, can go (socket.io's memory-usage guide).
    (socket.conn as unknown as { request: unknown }).request = null;
    void socket.join(`user:${socket.data.userId}`);
    registerSessionHandlers(io, socket);
    registerWriteHandlers(socket);
  });

  subscribeCommitted(({ events, notifications }) => {
    for (const event of events) {
      deliver(io, `group:${event.groupId}`, event.seq, event);
      if (event.sessionId && event.sessionSeq) deliver(io, `session:${event.sessionId}`, event.sessionSeq, event);
    }
    for (const n of notifications) {
      io.to(`user:${n.userId}`).emit('notification:created', { id: n.id, groupId: n.groupId, type: n.type, payload: n.payload, createdAt: n.createdAt, read: false });
    }
  });

  (globalThis as unknown as { __gongduIo?: GongduIo }).__gongduIo = io;
  return io;
}
