/**
 * The message limits of a socket (issue 9, finding 6), checked before any handler or schema sees a message: each
 * message spends points from the socket's and the user's budgets (lib/services/rate-limits.ts); past either, it is
 * answered `rate_limited` and not run.
 *
 * Refusing still cost the server: a flooder answered at once sends the next message at once, and the event loop
 * spent its time reading and refusing (bench:abuse: another user's p99 3–18× the quiet figure). So a socket refused
 * once is also *held*: its connection is not read until its budget refills (at most a second). What it sends
 * meanwhile waits in its own TCP buffers at no cost to the server; what was already read is refused without asking
 * the limiters. A page that merely bursts loses nothing: its client sends a refused request again a second later
 * (lib/realtime/client.ts), and socket.io's heartbeat (a ping every 25 s, 20 s to answer) outlasts any hold.
 *
 * A socket held again as soon as its hold ends is not bursting but flooding: each such hold is twice the last (up to
 * MAX_HOLD_MS), so a flooder is read less and less often. And each hold ends a little later than the budget
 * refills, at random: one user's sockets, all held until the same second ends, were otherwise read again in the same
 * turn of the event loop, with everything they had queued (bench:abuse's traces: the bystander's slow requests fell
 * on those second boundaries, and its p99 was 2–2.6× the quiet figure during floods of writes).
 */
import { SOCKET_FLOOD_FACTOR, limiters, waitToSpend } from '../services/rate-limits';
import { CLIENT_EVENT_KINDS, type ClientEventKind } from './events';
import type { GongduSocket } from './handlers/request';

const REFUSAL = { ok: false, error: { code: 'rate_limited', message: 'too many messages: slow down' } } as const;
const WRITE_REFUSAL = { ok: false, error: { code: 'rate_limited', message: 'too many writes: slow down' } } as const;

/** Each contract event's kind; a Map, since the event name is the sender's to choose (`__proto__`, `toString`). */
const KINDS = new Map<string, ClientEventKind>(Object.entries(CLIENT_EVENT_KINDS));

/**
 * What a message weighs against the message budgets: replaying a stream reads up to a page of events (5); a write,
 * joining or leaving a session and moving the leader's passage each commit a transaction (3); presence and
 * unsubscribing read little or nothing (1). An event outside the contract is dropped, but was read and decoded (3).
 */
const MESSAGE_COST: Record<ClientEventKind, number> = { 'catch-up': 5, write: 3, session: 3, light: 1 };
const UNKNOWN_EVENT_COST = 3;
export function messageCost(event: string): number {
  const kind = KINDS.get(event);
  return kind ? MESSAGE_COST[kind] : UNKNOWN_EVENT_COST;
}
/** Whether the event spends the user's write allowance (its kind in the contract is `write`). */
export const isWrite = (event: string): boolean => KINDS.get(event) === 'write';

/** A hold that starts within this long of the last one's end counts as one more in a row (and is twice as long). */
const AGAIN_WITHIN_MS = 1_000;
/** The longest hold: well inside socket.io's heartbeat (20 s to answer a ping), so a held page is never dropped. */
export const MAX_HOLD_MS = 8_000;
/** A hold ends up to this much later than the budget refills, at random (see above). */
export const RESUME_SPREAD_MS = 250;

/** A socket's state once it has been refused (most never are, and cost nothing here). */
interface Held {
  /** Date.now() until which the socket is held */
  until: number;
  /** holds in a row before this one (each starting right after the last ended) */
  again: number;
  resume?: NodeJS.Timeout;
  /** refusals in the current second */
  second: number;
  refused: number;
}
const heldSockets = new WeakMap<GongduSocket, Held>();

/** ws's WebSocket under engine.io's websocket transport (`transport.socket`), which can stop reading its connection. */
function webSocketOf(socket: GongduSocket): { pause(): void; resume(): void } | null {
  const transport = socket.conn.transport as unknown as { name: string; socket?: { pause?: unknown; resume?: unknown } };
  const ws = transport.name === 'websocket' ? transport.socket : undefined;
  return ws && typeof ws.pause === 'function' && typeof ws.resume === 'function' ? (ws as { pause(): void; resume(): void }) : null;
}

/** Stops reading the socket's connection until its budget refills (`ms`), longer if it was held right before. */
function hold(socket: GongduSocket, held: Held, ms: number, now: number) {
  held.again = now - held.until < AGAIN_WITHIN_MS ? Math.min(held.again + 1, 4) : 0;
  // whole milliseconds: the resume timer then fires no earlier than `until` as Date.now() counts it
  const length = Math.min(MAX_HOLD_MS, ms * 2 ** held.again) + Math.round(Math.random() * RESUME_SPREAD_MS);
  held.until = now + length;
  const ws = webSocketOf(socket);
  if (!ws) return; // long-polling (our client never uses it): refused message by message
  ws.pause();
  clearTimeout(held.resume);
  held.resume = setTimeout(() => ws.resume(), length);
}

function refuse(socket: GongduSocket, held: Held, args: unknown[]) {
  const ack = args[args.length - 1];
  if (typeof ack === 'function') ack(REFUSAL);
  // Refused SOCKET_FLOOD_FACTOR times its allowance within a second (what it had sent before the hold, or over a
  // transport that cannot be held): a flood, disconnected.
  const second = Math.floor(Date.now() / 1000);
  held.refused = held.second === second ? held.refused + 1 : 1;
  held.second = second;
  if (held.refused > SOCKET_FLOOD_FACTOR * limiters.socketMessages.points) socket.disconnect(true);
}

/** Answers a write over the user's write allowance. */
function refuseWrite(args: unknown[]) {
  const ack = args[args.length - 1];
  if (typeof ack === 'function') ack(WRITE_REFUSAL);
}

/** Holds the socket for `ms` if it is not held already, and refuses the message. */
function holdAndRefuse(socket: GongduSocket, ms: number, now: number, args: unknown[]) {
  let held = heldSockets.get(socket);
  if (!held) heldSockets.set(socket, (held = { until: 0, again: 0, second: 0, refused: 0 }));
  if (now >= held.until) hold(socket, held, ms, now);
  refuse(socket, held, args);
}

/** What runs a message that passed (handlers/request.ts: dispatchMessage). */
type Deliver = (socket: GongduSocket, packet: unknown[]) => void;

/**
 * socket.use's middleware for one message: its cost spent from both budgets, else refused and the socket held; a
 * write is then spent from the user's write allowance, else refused (the socket is not held: its presence and
 * catch-up go on).
 *
 * The budgets answer synchronously (SecondBudget): the messages of one network read are dispatched one after the
 * other in one go, and with a limiter answering by promise every one of them was checked (and, within the budget,
 * run) before the first refusal could hold the socket. Now the first message over the budget holds it, and the rest
 * of that read is refused by the `held` test above, at the cost of a comparison each.
 */
function checkMessage(socket: GongduSocket, packet: unknown[], deliver: Deliver, next: (error?: Error) => void) {
  const [event, ...args] = packet;
  const now = Date.now();
  const held = heldSockets.get(socket);
  if (held && now < held.until) return refuse(socket, held, args);
  const name = String(event);
  const cost = messageCost(name);
  const wait = Math.max(limiters.socketMessages.spend(socket.id, cost, now), limiters.socketMessagesByUser.spend(socket.data.userId, cost, now));
  if (wait > 0) return holdAndRefuse(socket, wait, now, args);
  if (!isWrite(name)) return deliver(socket, packet);
  void waitToSpend(limiters.writesByUser, socket.data.userId).then(
    (ms) => (ms === 0 ? deliver(socket, packet) : refuseWrite(args)),
    () => next(new Error('unavailable')),
  );
}

/**
 * Puts the limits in front of every message the socket receives; a message within them is handed to `deliver`
 * (not to socket.io's listeners of the socket: there are none, see handlers/request.ts).
 */
export function guardMessages(socket: GongduSocket, deliver: Deliver): void {
  socket.use((packet, next) => checkMessage(socket, packet, deliver, next));
}
