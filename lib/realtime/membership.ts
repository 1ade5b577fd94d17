/**
 * Membership is live. A socket follows a stream in three rooms: the stream (presence, the leader's moves), its
 * audience (`<stream>:leaders` or `<stream>:members`, where each event's view for that audience goes) and its own
 * (`<stream>:user:<id>`, for a view of one's own). When a membership ends or its role changes, the committed
 * `membership:changed` event moves the user's open sockets at once: out of every room of the group's streams (or
 * into the audience of the new role) and out of the group's live sessions' presence. It goes through
 * `io.in('user:<id>')`, which a shared adapter (socket.io's Redis adapter) carries to sockets on other processes.
 */
import { audienceOf, type MembershipChange } from '../domain/log-events';
import type { Viewer } from '../domain/visibility';
import type { GongduSocket } from './handlers/request';
import { removeFromPresence } from './presence';
import type { GongduIo } from './server';

export type Audience = 'leaders' | 'members';

export function audienceRoom(stream: string, who: Audience | { user: string }): string {
  return typeof who === 'string' ? `${stream}:${who}` : `${stream}:user:${who.user}`;
}

const allRooms = (stream: string, userId: string) => [stream, audienceRoom(stream, 'leaders'), audienceRoom(stream, 'members'), audienceRoom(stream, { user: userId })];

/** Joins the rooms of a stream the viewer was just authorised to follow. */
export async function followStream(socket: GongduSocket, stream: string, groupId: string, viewer: Viewer): Promise<void> {
  socket.data.streams[stream] = groupId;
  await socket.join([stream, audienceRoom(stream, audienceOf(viewer)), audienceRoom(stream, { user: viewer.userId })]);
}

export function unfollowStream(socket: GongduSocket, stream: string): void {
  delete socket.data.streams[stream];
  for (const room of allRooms(stream, socket.data.userId)) void socket.leave(room);
}

export async function applyMembershipChange(io: GongduIo, groupId: string, { userId, role }: MembershipChange): Promise<void> {
  const sockets = await io.in(`user:${userId}`).fetchSockets();
  const sessions = new Set<string>();
  for (const s of sockets) {
    for (const [stream, streamGroup] of Object.entries(s.data.streams ?? {})) {
      if (streamGroup !== groupId) continue;
      if (role === null) {
        delete s.data.streams[stream];
        for (const room of allRooms(stream, userId)) s.leave(room);
      } else {
        s.leave(audienceRoom(stream, 'leaders'));
        s.leave(audienceRoom(stream, 'members'));
        s.join(audienceRoom(stream, audienceOf({ userId, role })));
      }
    }
    if (role === null) for (const [sessionId, here] of Object.entries(s.data.sessions ?? {})) if (here.groupId === groupId) sessions.add(sessionId);
  }
  if (sessions.size) await removeFromPresence(io, userId, [...sessions]);
}
