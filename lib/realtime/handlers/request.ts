/**
 * Wraps a socket request handler in the same four steps as an HTTP route: who (socket.data) → safeParse → one
 * service → ack. Service errors become `{ ok: false, error }` with the same codes as HTTP; nothing throws out.
 */
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { fieldErrors } from '../../http/field-errors';
import { translator } from '../../i18n/messages';
import { wordRefusal, wordServiceMessage } from '../../i18n/messages-errors';
import { isStopping, track } from '../../lifecycle';
import { isDatabaseUnavailable, ServiceError, UNAVAILABLE_MESSAGE } from '../../services/errors';
import { MAX_REQUESTS_IN_FLIGHT_PER_USER } from '../../services/rate-limits';
import type { Ack, ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from '../events';
import { safeParseInput } from '../../validations/common';

export type GongduSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** Requests being worked on per user, in this process (see MAX_REQUESTS_IN_FLIGHT_PER_USER). */
const inFlight = new Map<string, number>();

/** A message's listener, made once for all sockets: called with the socket as `this`. */
type Listener = (this: GongduSocket, payload: unknown, ack: unknown) => unknown;

/** One kind of socket request: its event and its listener. */
export interface SocketRequest {
  event: keyof ClientToServerEvents;
  listener: Listener;
}

/**
 * Defines a request once for all sockets (handleRequests puts it in the one table of listeners), so a connection
 * costs nothing per request: a closure, a context and a schema per request and socket were most of the ~50 KB a
 * connected member cost the heap (bench:connections, heap snapshots).
 */
export function defineRequest<S extends z.ZodType, R>(
  event: keyof ClientToServerEvents,
  schema: S,
  run: (input: z.infer<S>, socket: GongduSocket) => Promise<R>,
): SocketRequest {
  async function listener(this: GongduSocket, payload: unknown, ack: unknown) {
    if (typeof ack !== 'function') return; // a request without an ack cannot be answered: ignore it
    const socket = this;
    const reply = ack as (result: Ack<R>) => void;
    const locale = socket.data.locale;
    const t = translator(locale);
    const parsed = safeParseInput(schema, payload);
    if (!parsed.success) return reply({ ok: false, error: { code: 'validation', message: t('validation.some'), fields: fieldErrors(parsed.error, locale) } });
    // A process shutting down takes no new work: the client sends it again once reconnected elsewhere.
    if (isStopping()) return reply({ ok: false, error: { code: 'unavailable', message: wordServiceMessage('this server is shutting down: send the request again', locale) } });
    const userId = socket.data.userId;
    const busy = inFlight.get(userId) ?? 0;
    if (busy >= MAX_REQUESTS_IN_FLIGHT_PER_USER) return reply({ ok: false, error: { code: 'rate_limited', message: 'too many requests at once: wait for the answers' } });
    inFlight.set(userId, busy + 1);
    try {
      // Tracked so a graceful shutdown lets it finish (lib/lifecycle.ts).
      reply({ ok: true, value: await track(() => run(parsed.data, socket)) });
    } catch (error) {
      if (error instanceof ServiceError) {
        const message = wordRefusal(error, locale);
        return reply({ ok: false, error: { code: error.code, message, ...(error.field ? { fields: { [error.field]: message } } : {}) } });
      }
      if (isDatabaseUnavailable(error)) return reply({ ok: false, error: { code: 'unavailable', message: wordServiceMessage(UNAVAILABLE_MESSAGE, locale) } });
      console.error(`socket ${event} failed`, error);
      reply({ ok: false, error: { code: 'internal', message: t('error.internal') } });
    } finally {
      const left = (inFlight.get(userId) ?? 1) - 1;
      if (left > 0) inFlight.set(userId, left);
      else inFlight.delete(userId);
    }
  }
  return { event, listener };
}

/**
 * Every client message's listener, by event: one table for all sockets. A socket registers no listener per event
 * (socket.io would keep a table of ~20 per socket); its messages, once past its limits (../flood-guard.ts), are
 * handed to dispatchMessage.
 */
const listeners = new Map<string, Listener>();

/** Puts requests defined with defineRequest in the table. */
export function handleRequests(requests: readonly SocketRequest[]): void {
  for (const { event, listener } of requests) handleMessage(event, listener);
}

/** Puts a message without an answer (a notification) in the table. */
export function handleMessage(event: keyof ClientToServerEvents, listener: Listener): void {
  listeners.set(event, listener);
}

/**
 * Runs a message's listener with the socket as `this`, as socket.io's own dispatch would: on the next tick, not
 * after a disconnection, and an event no one handles is dropped.
 */
export function dispatchMessage(socket: GongduSocket, packet: unknown[]): void {
  process.nextTick(runListener, socket, packet);
}

function runListener(socket: GongduSocket, [event, payload, ack]: unknown[]) {
  const listener = typeof event === 'string' ? listeners.get(event) : undefined;
  if (!listener || !socket.connected) return;
  try {
    void listener.call(socket, payload, ack);
  } catch (error) {
    console.error(`socket ${String(event)} failed`, error);
  }
}
