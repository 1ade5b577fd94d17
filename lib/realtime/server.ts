/**
 * socket.io on the same http server as Next. Sockets authenticate at the handshake with the NextAuth session
 * cookie (or `auth: { token }` for API tokens); they join `group:<id>` rooms only after a membership check, and
 * private events go to `user:<id>` rooms only (../shared/DESIGN.md, rule 3).
 */
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { getToken } from 'next-auth/jwt';
import { authenticateApiToken } from '../services/api-tokens';
import { subscribeCommitted } from '../services/event-bus';
import { requireMembership } from '../services/require-membership';
import { db } from '../db';
import { ZGroupSubscribe, type ClientToServerEvents, type ServerToClientEvents, type SocketData } from './events';

export type GongduIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) cookies[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return cookies;
}

export function attachRealtime(httpServer: HttpServer): GongduIo {
  const io: GongduIo = new Server(httpServer, { path: '/socket.io', serveClient: false });

  io.use(async (socket, next) => {
    try {
      const token = typeof socket.handshake.auth?.token === 'string' ? socket.handshake.auth.token : undefined;
      if (token) {
        const user = await authenticateApiToken(token);
        if (!user) return next(new Error('unauthenticated'));
        socket.data = { userId: user.id, name: user.name };
        return next();
      }
      // next-auth v4 reads req.cookies, which a raw Node request lacks (../shared/STACK.md).
      const req = socket.request;
      const jwt = await getToken({ req: { headers: req.headers, cookies: parseCookies(req.headers.cookie) } as never, secret: process.env.NEXTAUTH_SECRET });
      if (!jwt?.sub) return next(new Error('unauthenticated'));
      socket.data = { userId: jwt.sub, name: String(jwt.name ?? '') };
      next();
    } catch {
      next(new Error('unauthenticated'));
    }
  });

  io.on('connection', (socket) => {
    socket.join(`user:${socket.data.userId}`);

    socket.on('group:subscribe', async (payload, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = ZGroupSubscribe.safeParse(payload);
      if (!parsed.success) return ack({ ok: false, error: { code: 'invalid', message: 'groupId is required' } });
      try {
        await requireMembership(socket.data.userId, parsed.data.groupId);
      } catch {
        return ack({ ok: false, error: { code: 'not_found', message: 'group not found' } });
      }
      await socket.join(`group:${parsed.data.groupId}`);
      const group = await db.group.findUniqueOrThrow({ where: { id: parsed.data.groupId }, select: { lastSeq: true } });
      ack({ ok: true, value: { lastSeq: group.lastSeq } });
    });

    socket.on('group:unsubscribe', (payload) => {
      const parsed = ZGroupSubscribe.safeParse(payload);
      if (parsed.success) void socket.leave(`group:${parsed.data.groupId}`);
    });
  });

  subscribeCommitted((event) => {
    const delivered = { groupId: event.groupId, seq: event.seq, type: event.type, actorId: event.actorId, sessionId: event.sessionId, payload: event.payload, createdAt: event.createdAt };
    if (event.isPrivate) io.to(`user:${event.actorId}`).emit('event:appended', delivered);
    else io.to(`group:${event.groupId}`).emit('event:appended', delivered);
  });

  (globalThis as unknown as { __gongduIo?: GongduIo }).__gongduIo = io;
  return io;
}
