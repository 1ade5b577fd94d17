/**
 * Streams (following a group's or a session's log) and live-session presence: attendance, the section each member
 * has in view, and the leader's passage for followers.
 */
import { z } from 'zod';
import { ServiceError } from '../../services/errors';
import { closeAttendance, recordAttendance, setLeaderPosition } from '../../services/sessions';
import { authorizeStream, listStreamEvents, parseStream } from '../../services/stream-events';
import { ZId } from '../../validations/common';
import type { GongduIo } from '../server';
import { PresenceBuffer, type PresenceMember } from '../../domain/presence';
import { defineRequest, registerRequests, type GongduSocket } from './request';
import { followStream, unfollowStream } from '../membership';

const ZStreamAfter = z.object({ stream: z.string().max(80), after: z.number().int().min(0) });
const ZSessionRef = z.object({ sessionId: ZId });
const ZViewing = z.object({ sessionId: ZId, blockId: z.string().min(1).max(80).nullable() });

/**
 * The socket's place in a session, if it joined it. `socket.data.sessions` stays a plain object (socket.data crosses
 * processes through the Redis adapter, which a Map would not survive), and its keys come from clients: only its own
 * keys count. Indexed plainly, `"__proto__"` answered Object.prototype, and session:viewing then wrote `blockId` onto
 * every object of the process, which broke Prisma's argument checks and hung the server (fuzz test, seed 894853436).
 */
function presenceIn(data: GongduSocket['data'], sessionId: string) {
  return data.sessions && Object.hasOwn(data.sessions, sessionId) ? data.sessions[sessionId] : undefined;
}

/**
 * Everyone present in a session's room (across processes, with a shared adapter), one entry per user, in no
 * particular order: the client sorts (lib/domain/presence.ts). Sent once, to the one who joins; after that the
 * room hears only deltas.
 */
export async function presenceOf(io: GongduIo, sessionId: string): Promise<PresenceMember[]> {
  const sockets = await io.in(`session:${sessionId}`).fetchSockets();
  const byUser = new Map<string, PresenceMember>();
  for (const s of sockets) {
    const here = presenceIn(s.data, sessionId);
    if (!here) continue; // following the stream without having joined (e.g. a reload in progress)
    const known = byUser.get(s.data.userId);
    byUser.set(s.data.userId, { userId: s.data.userId, name: s.data.name, blockId: here.blockId ?? known?.blockId ?? null, isLeader: here.isLeader });
  }
  return [...byUser.values()];
}

/** At most four presence messages a second per room: smooth enough for avatars, and 2,000 joins in 20 s cost 80. */
const PRESENCE_FLUSH_MS = 250;
const pendingPresence = new Map<string, PresenceBuffer>();

/** Records a presence change; the room hears it, with the others of the same window, at the next flush. */
function queuePresence(io: GongduIo, sessionId: string, change: (buffer: PresenceBuffer) => void) {
  let buffer = pendingPresence.get(sessionId);
  if (!buffer) {
    const fresh = (buffer = new PresenceBuffer());
    pendingPresence.set(sessionId, fresh);
    setTimeout(() => {
      pendingPresence.delete(sessionId);
      io.to(`session:${sessionId}`).emit('presence:changed', fresh.drain(sessionId));
    }, PRESENCE_FLUSH_MS).unref();
  }
  change(buffer);
}

/** Whether the user still has another socket taking part in the session (a second tab, a reconnect in progress). */
async function isStillPresent(io: GongduIo, userId: string, sessionId: string, exceptSocketId: string) {
  const sockets = await io.in(`user:${userId}`).fetchSockets();
  return sockets.some((s) => s.id !== exceptSocketId && presenceIn(s.data, sessionId));
}

async function leaveSession(io: GongduIo, socket: GongduSocket, sessionId: string) {
  const here = presenceIn(socket.data, sessionId);
  if (!here) return;
  delete socket.data.sessions[sessionId];
  // the interval is the member's, shared by all their sockets (recordAttendance): it ends with the last of them
  if (await isStillPresent(io, socket.data.userId, sessionId, socket.id)) return;
  await closeAttendance(here.attendanceId);
  queuePresence(io, sessionId, (b) => b.left(socket.data.userId));
}

/**
 * Takes a user out of these sessions at once (their membership was removed): every socket of theirs leaves the
 * session rooms, their attendance closes, and each room hears that they left.
 */
export async function removeFromPresence(io: GongduIo, userId: string, sessionIds: readonly string[]): Promise<void> {
  const sockets = await io.in(`user:${userId}`).fetchSockets();
  for (const sessionId of sessionIds) {
    io.in(`user:${userId}`).socketsLeave(`session:${sessionId}`);
    for (const s of sockets) {
      const here = presenceIn(s.data, sessionId);
      if (!here) continue;
      delete s.data.sessions[sessionId];
      await closeAttendance(here.attendanceId);
    }
    queuePresence(io, sessionId, (b) => b.left(userId));
  }
}

/** The io server a socket belongs to (the same for every socket of this process). */
const ioOf = (socket: GongduSocket): GongduIo => socket.nsp.server;

const ZUnsubscribe = z.object({ stream: z.string().max(80) });
const ZLeaderMove = ZSessionRef.extend({ blockId: z.string().min(1).max(80) });

async function sync({ stream, after }: z.infer<typeof ZStreamAfter>, socket: GongduSocket) {
  if (!parseStream(stream)) throw new ServiceError(422, 'invalid', 'not a stream', 'stream');
  return listStreamEvents(socket.data.userId, stream, after);
}

// Defined once for every socket (see defineRequest); the plain listeners below likewise take the socket as `this`.
const sessionRequests = [
  // Join the room before reading the log: an event committed in between arrives twice (live and in the reply),
  // never zero times; the client's cursor drops the duplicate.
  defineRequest('stream:subscribe', ZStreamAfter, async (input, socket) => {
    const ref = parseStream(input.stream);
    if (!ref) throw new ServiceError(422, 'invalid', 'not a stream', 'stream');
    const { groupId, viewer } = await authorizeStream(socket.data.userId, ref);
    await followStream(socket, input.stream, groupId, viewer);
    return sync(input, socket);
  }),
  defineRequest('stream:sync', ZStreamAfter, sync),
  defineRequest('session:join', ZSessionRef, async ({ sessionId }, socket) => {
    const io = ioOf(socket);
    const { userId, name } = socket.data;
    const previous = presenceIn(socket.data, sessionId);
    const { attendanceId, session } = await recordAttendance(userId, sessionId);
    if (previous && previous.attendanceId !== attendanceId) await closeAttendance(previous.attendanceId);
    const here = { attendanceId, blockId: previous?.blockId ?? null, isLeader: session.leader.id === userId, groupId: session.groupId };
    socket.data.sessions[sessionId] = here;
    await socket.join(`session:${sessionId}`);
    queuePresence(io, sessionId, (b) => b.joined({ userId, name, blockId: here.blockId, isLeader: here.isLeader }));
    return { session, members: await presenceOf(io, sessionId) };
  }),
  defineRequest('session:leave', ZSessionRef, async ({ sessionId }, socket) => {
    await leaveSession(ioOf(socket), socket, sessionId);
    return null;
  }),
  defineRequest('leader:move', ZLeaderMove, async ({ sessionId, blockId }, socket) => {
    await setLeaderPosition(socket.data.userId, sessionId, blockId);
    socket.to(`session:${sessionId}`).emit('leader:moved', { sessionId, blockId, leaderId: socket.data.userId });
    return null;
  }),
];

function onUnsubscribe(this: GongduSocket, payload: unknown) {
  const parsed = ZUnsubscribe.safeParse(payload);
  if (parsed.success && parseStream(parsed.data.stream)) unfollowStream(this, parsed.data.stream);
}

// A notification with no answer: nothing may escape it, neither a rejected promise nor a throw, which would
// surface as an unhandled rejection or an uncaught exception of the whole process.
function onViewing(this: GongduSocket, payload: unknown) {
  try {
    const parsed = ZViewing.safeParse(payload);
    const here = parsed.success ? presenceIn(this.data, parsed.data.sessionId) : undefined;
    if (!parsed.success || !here || here.blockId === parsed.data.blockId) return;
    here.blockId = parsed.data.blockId;
    const userId = this.data.userId;
    queuePresence(ioOf(this), parsed.data.sessionId, (b) => b.moved(userId, parsed.data.blockId));
  } catch (error) {
    console.error('session:viewing failed', error);
  }
}

function onDisconnect(this: GongduSocket) {
  for (const sessionId of Object.keys(this.data.sessions)) void leaveSession(ioOf(this), this, sessionId).catch(() => undefined);
}

export function registerSessionHandlers(socket: GongduSocket): void {
  registerRequests(socket, sessionRequests);
  socket.on('stream:unsubscribe', onUnsubscribe);
  socket.on('session:viewing', onViewing);
  socket.on('disconnect', onDisconnect);
}
