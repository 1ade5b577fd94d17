/**
 * Live-session presence on the sockets: who is in each session's room, kept in an index (lib/domain/presence.ts)
 * updated on join, leave, move, disconnect and removal, and the room's deltas, coalesced per room.
 *
 * A join used to read the whole room (`fetchSockets` over `session:<id>`: every socket's data, O(N) per join,
 * O(N²) for a class joining, and with the Redis adapter a round trip to every process carrying every remote
 * member's `socket.data`); a leave walked the user's sockets the same way. Now a join reads the index and a leave
 * decrements a count.
 *
 * Several processes (REDIS_URL): each process indexes its own sockets only, and a joiner's snapshot asks the other
 * processes once (`serverSideEmit` with an ack through the adapter), one question at a time per session shared by
 * the joins that wait for it. Why not a hash per session in Redis: a process that dies (kill -9) would leave its
 * members there for good, needing ownership keys and expiry to clean up; here they vanish with the process, whose
 * sockets reconnect elsewhere and join again. Redis keeps holding nothing (see ./redis.ts), a move or a leave costs
 * no Redis write, and the one-process setup (no Redis) is the same code without the question.
 */
import { closeAttendance, closeAttendanceUnlessBack } from '../services/sessions';
import { mergePresence, PresenceBuffer, PresenceIndex, type PresenceMember } from '../domain/presence';
import type { GongduSocket } from './handlers/request';
import type { GongduIo } from './server';

const index = new PresenceIndex();

/**
 * Joins under way on this process, per session and user: counted from before the join records attendance until it
 * is in the index, so a leave deciding meanwhile whether the member is gone (closeAttendanceUnlessBack) sees them.
 */
const joining = new Map<string, number>();
const joiningKey = (sessionId: string, userId: string) => `${sessionId}\u0000${userId}`;

/** Marks a join of the member as under way; returns what ends the mark (safe to call twice). */
export function beginJoin(sessionId: string, userId: string): () => void {
  const key = joiningKey(sessionId, userId);
  joining.set(key, (joining.get(key) ?? 0) + 1);
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    const left = (joining.get(key) ?? 1) - 1;
    if (left > 0) joining.set(key, left);
    else joining.delete(key);
  };
}

/** Whether the member is present on this process, or joining it. */
const isHereOrJoining = (sessionId: string, userId: string) => index.has(sessionId, userId) || joining.has(joiningKey(sessionId, userId));

/** Whether other processes share this one's rooms (the Redis adapter is attached). */
let clustered = false;

/**
 * How long a question to the other processes may take before the answers received are used as they are: past the
 * adapter's own limit (requestsTimeout, 5 s), which answers with what it has; this one covers a Redis that does not
 * answer at all (the adapter then never calls back).
 */
const ASK_OTHERS_MS = 6_000;

/**
 * The socket's place in a session, if it joined it. `socket.data.sessions` stays a plain object (socket.data crosses
 * processes through the Redis adapter, which a Map would not survive), and its keys come from clients: only its own
 * keys count. Indexed plainly, `"__proto__"` answered Object.prototype, and session:viewing then wrote `blockId` onto
 * every object of the process, which broke Prisma's argument checks and hung the server (fuzz test, seed 894853436).
 */
export function presenceIn(data: GongduSocket['data'], sessionId: string) {
  return data.sessions && Object.hasOwn(data.sessions, sessionId) ? data.sessions[sessionId] : undefined;
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

/** Asks every other process (none without Redis); what each answered, or what came before the time limit. */
function askOthers<T>(io: GongduIo, ask: (callback: (error: Error | null, answers: T[]) => void) => void): Promise<T[]> {
  if (!clustered) return Promise.resolve([]);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve([]), ASK_OTHERS_MS);
    ask((_error, answers) => {
      clearTimeout(timer);
      resolve(answers ?? []);
    });
  });
}

/** Per session: the question to the others not sent yet (joins arriving now share it), and the one under way. */
const waitingQuestion = new Map<string, Promise<PresenceMember[][]>>();
const runningQuestion = new Map<string, Promise<unknown>>();

/**
 * The other processes' members of a session, from a question sent after this call (so it sees whoever's delta
 * this joiner, already in the room, could have missed). One question per session is under way at a time; the joins
 * that arrive meanwhile share the next one.
 */
function othersIn(io: GongduIo, sessionId: string): Promise<PresenceMember[][]> {
  if (!clustered) return Promise.resolve([]);
  const waiting = waitingQuestion.get(sessionId);
  if (waiting) return waiting;
  const after = runningQuestion.get(sessionId) ?? Promise.resolve();
  const question = after.then(() => {
    waitingQuestion.delete(sessionId);
    return askOthers<PresenceMember[]>(io, (callback) => io.serverSideEmit('presence:members', sessionId, callback));
  });
  waitingQuestion.set(sessionId, question);
  const settled = question.then(
    () => undefined,
    () => undefined,
  );
  runningQuestion.set(sessionId, settled);
  void settled.then(() => {
    if (runningQuestion.get(sessionId) === settled) runningQuestion.delete(sessionId);
  });
  return question;
}

/** Whether another process holds a socket of the user in the session (a second tab that went through nginx elsewhere). */
async function isPresentElsewhere(io: GongduIo, sessionId: string, userId: string): Promise<boolean> {
  const answers = await askOthers<boolean>(io, (callback) => io.serverSideEmit('presence:holds', sessionId, userId, callback));
  return answers.some(Boolean);
}

/**
 * The socket has joined the session (its attendance recorded, `socket.data.sessions` set, the room joined): the
 * index counts it and the room hears of the member. `isNewSocket` is false when the same socket joins again.
 */
export function enterPresence(io: GongduIo, sessionId: string, member: PresenceMember, isNewSocket: boolean): void {
  const seen = index.join(sessionId, member, isNewSocket);
  queuePresence(io, sessionId, (b) => b.joined(seen));
}

/**
 * Everyone present in a session, one entry per user, unsorted (the client sorts): this process's index, and with
 * several processes theirs. Sent once, to the one who joins; after that the room hears only deltas.
 */
export async function presenceOf(io: GongduIo, sessionId: string): Promise<PresenceMember[]> {
  const others = await othersIn(io, sessionId);
  return others.length ? mergePresence([index.members(sessionId), ...others]) : index.members(sessionId);
}

/** The member's passage in view changed (session:viewing); the room hears it if it did. */
export function movePresence(io: GongduIo, sessionId: string, userId: string, blockId: string | null): void {
  if (index.move(sessionId, userId, blockId)) queuePresence(io, sessionId, (b) => b.moved(userId, blockId));
}

/**
 * The socket leaves the session (session:leave, disconnect). The attendance interval is the member's, shared by all
 * their sockets (recordAttendance): it ends, and the room hears they left, with the last of them on any process.
 */
export async function leavePresence(io: GongduIo, socket: GongduSocket, sessionId: string): Promise<void> {
  const here = presenceIn(socket.data, sessionId);
  if (!here) return;
  const { userId } = socket.data;
  delete socket.data.sessions[sessionId];
  if (!index.leave(sessionId, userId)) return; // another tab here
  if (await isPresentElsewhere(io, sessionId, userId)) return;
  // Back meanwhile, or coming back (a reload): the stay goes on. Checked with the close, in its transaction.
  if (!(await closeAttendanceUnlessBack(here.attendanceId, () => isHereOrJoining(sessionId, userId)))) return;
  queuePresence(io, sessionId, (b) => b.left(userId));
}

/** Takes the user out of these sessions on this process: its sockets leave the rooms, attendance closes, rooms hear. */
async function removeHere(io: GongduIo, userId: string, sessionIds: readonly string[]): Promise<void> {
  const sockets = await io.local.in(`user:${userId}`).fetchSockets();
  for (const sessionId of sessionIds) {
    const attendance = new Set<string>();
    for (const s of sockets) {
      s.leave(`session:${sessionId}`);
      const here = presenceIn(s.data, sessionId);
      if (!here) continue;
      delete s.data.sessions[sessionId];
      attendance.add(here.attendanceId);
    }
    if (!index.remove(sessionId, userId)) continue;
    for (const id of attendance) await closeAttendance(id);
    queuePresence(io, sessionId, (b) => b.left(userId));
  }
}

/**
 * Takes a user out of these sessions at once (their membership was removed): every socket of theirs, on every
 * process, leaves the session rooms, their attendance closes, and each room hears that they left.
 */
export async function removeFromPresence(io: GongduIo, userId: string, sessionIds: readonly string[]): Promise<void> {
  io.in(`user:${userId}`).socketsLeave(sessionIds.map((id) => `session:${id}`));
  if (clustered) io.serverSideEmit('presence:remove', userId, [...sessionIds]);
  await removeHere(io, userId, sessionIds);
}

/** With the Redis adapter attached: this process answers the others' questions about its own sockets. */
export function shareClusterPresence(io: GongduIo): void {
  clustered = true;
  const nsp = io.of('/');
  nsp.on('presence:members', (sessionId, reply) => reply(typeof sessionId === 'string' ? index.members(sessionId) : []));
  nsp.on('presence:holds', (sessionId, userId, reply) => reply(typeof sessionId === 'string' && typeof userId === 'string' && isHereOrJoining(sessionId, userId)));
  nsp.on('presence:remove', (userId, sessionIds) => {
    if (typeof userId === 'string' && Array.isArray(sessionIds)) void removeHere(io, userId, sessionIds.filter((id) => typeof id === 'string')).catch((error) => console.error('presence:remove failed', error));
  });
}
