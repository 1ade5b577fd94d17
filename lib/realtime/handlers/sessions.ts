/**
 * Streams (following a group's or a session's log) and live-session presence: attendance, the section each member
 * has in view, and the leader's passage for followers.
 */
import { z } from 'zod';
import { ServiceError } from '../../services/errors';
import { closeAttendance, confirmAttendance, recordAttendance, setLeaderPosition } from '../../services/sessions';
import { authorizeStream, listStreamEvents, parseStream } from '../../services/stream-events';
import { ZId } from '../../validations/common';
import type { GongduIo } from '../server';
import { defineRequest, handleMessage, handleRequests, type GongduSocket } from './request';
import { followStream, unfollowStream } from '../membership';
import { beginJoin, enterPresence, leavePresence, movePresence, presenceIn, presenceOf } from '../presence';

const ZStreamAfter = z.object({ stream: z.string().max(80), after: z.number().int().min(0) });
const ZSessionRef = z.object({ sessionId: ZId });
const ZViewing = z.object({ sessionId: ZId, blockId: z.string().min(1).max(80).nullable() });

/** The io server a socket belongs to (the same for every socket of this process). */
const ioOf = (socket: GongduSocket): GongduIo => socket.nsp.server;

const ZUnsubscribe = z.object({ stream: z.string().max(80) });
const ZLeaderMove = ZSessionRef.extend({ blockId: z.string().min(1).max(80) });

async function sync({ stream, after }: z.infer<typeof ZStreamAfter>, socket: GongduSocket) {
  if (!parseStream(stream)) throw new ServiceError(422, 'invalid', 'not a stream', 'stream');
  return listStreamEvents(socket.data.userId, stream, after);
}

// Defined once for every socket (see defineRequest); the notifications below likewise take the socket as `this`.
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
    // From before the interval is taken until the index has the member: a leave deciding meanwhile (a reload's old
    // socket) must not close the interval this join takes (closeAttendanceUnlessBack).
    const endJoin = beginJoin(sessionId, userId);
    const joined = previous ? confirmAttendance(userId, sessionId, previous.attendanceId) : recordAttendance(userId, sessionId);
    const { attendanceId, session } = await joined.catch((error: unknown) => {
      endJoin();
      throw error;
    });
    // Read again after the wait: two joins of one socket at once count it once in the index.
    const isNewSocket = !presenceIn(socket.data, sessionId);
    socket.data.sessions[sessionId] = { attendanceId, groupId: session.groupId };
    try {
      enterPresence(io, sessionId, { userId, name, blockId: null, isLeader: session.leader.id === userId }, isNewSocket);
    } finally {
      endJoin();
    }
    if (previous && previous.attendanceId !== attendanceId) await closeAttendance(previous.attendanceId);
    if (socket.disconnected) {
      // Gone while its attendance was written: its disconnect found nothing to leave, so it leaves now (a room
      // joined by a disconnected socket would hold its id for good).
      await leavePresence(io, socket, sessionId);
      return { session, members: [] };
    }
    await socket.join(`session:${sessionId}`);
    return { session, members: await presenceOf(io, sessionId) };
  }),
  defineRequest('session:leave', ZSessionRef, async ({ sessionId }, socket) => {
    await leavePresence(ioOf(socket), socket, sessionId);
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
    if (!parsed.success || !presenceIn(this.data, parsed.data.sessionId)) return;
    movePresence(ioOf(this), parsed.data.sessionId, this.data.userId, parsed.data.blockId);
  } catch (error) {
    console.error('session:viewing failed', error);
  }
}

/** A socket that went leaves the sessions it had joined (socket.io calls it with the socket as `this`). */
export function leaveSessionsOnDisconnect(this: GongduSocket): void {
  for (const sessionId of Object.keys(this.data.sessions)) void leavePresence(ioOf(this), this, sessionId).catch(() => undefined);
}

handleRequests(sessionRequests);
handleMessage('stream:unsubscribe', onUnsubscribe);
handleMessage('session:viewing', onViewing);
